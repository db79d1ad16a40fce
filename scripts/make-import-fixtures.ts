/**
 * `node scripts/make-import-fixtures.ts <dir>`: writes each synthetic bulletin as a Flat ODT file
 * (`<name>.fodt`) with the transcription it must import to (`<name>.expected.mdx`), and the long
 * bulletin the reader's timing is measured on. `make-import-fixtures.sh` then converts them.
 * `node scripts/make-import-fixtures.ts <dir> --scan <page.jpg>` writes `scan.fodt`, that picture alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { longBulletin, SYNTHETIC_BULLETINS } from './import-fixtures/bulletins.ts';
import { renderExpected } from './import-fixtures/expected.ts';
import { renderFodt, renderScanFodt } from './import-fixtures/fodt.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/make-import-fixtures.ts <dir>');
  process.exit(2);
}
fs.mkdirSync(dir, { recursive: true });
if (process.argv[3] === '--scan') {
  fs.writeFileSync(path.join(dir, 'scan.fodt'), renderScanFodt(fs.readFileSync(process.argv[4]!)));
  process.exit(0);
}
for (const bulletin of [...SYNTHETIC_BULLETINS, longBulletin(20)]) {
  fs.writeFileSync(path.join(dir, `${bulletin.name}.fodt`), renderFodt(bulletin));
  fs.writeFileSync(path.join(dir, `${bulletin.name}.expected.mdx`), renderExpected(bulletin));
}
