/**
 * Writes a synthetic archive: `npm run fixture -- --scale county|province [--out DIR] [--seed N]`.
 * Prints the folder; build the site from it with ARCHIVE_CONTENT_DIR=<folder> npm run build.
 */
import { parseArgs } from 'node:util';
import { generateArchive } from '../tools/fixture/generate.ts';
import { isScaleName, SCALES } from '../tools/fixture/scales.ts';
import { writeArchive } from '../tools/fixture/write.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'county' },
    out: { type: 'string' },
    seed: { type: 'string' },
  },
});

if (!isScaleName(values.scale)) {
  console.error(`unknown scale "${values.scale}": use ${Object.keys(SCALES).join(' or ')}`);
  process.exit(2);
}
const scale = SCALES[values.scale];
const files = generateArchive(scale, values.seed === undefined ? undefined : Number(values.seed));
const dir = writeArchive(files, values.out, `archive-${scale.name}`);
console.log(
  `${files.length} files (${scale.villages} villages and teams, ${scale.bulletins} bulletins, ${scale.items} items, ${scale.cases} cases)`,
);
console.log(dir);
