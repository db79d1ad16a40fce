import path from 'node:path';
import { generateArchive } from '../../tools/fixture/generate.ts';
import type { Scale } from '../../tools/fixture/scales.ts';
import { writeArchive } from '../../tools/fixture/write.ts';
import { buildSite } from '../support/build.ts';
import { TEST_OUT } from '../support/paths.ts';

/** A tiny synthetic archive from the fixture generator (clearly synthetic), enough for several ledger pages. */
export const TINY: Scale = {
  name: 'ledger-pages',
  towns: 3,
  villages: 12,
  bulletins: 12,
  items: 90,
  cases: 2,
  spanDays: 400,
  inspectionGroups: 1,
};
export const PAGE_SIZE = 20;

/** Generates the tiny archive and builds it PAGE_SIZE rows to a ledger page, into folders named `name`. */
export function buildTinyLedger(name: string) {
  const contentDir = writeArchive(generateArchive(TINY), path.join(TEST_OUT, 'content', name));
  const build = buildSite(name, { contentDir, env: { ARCHIVE_LEDGER_PAGE_SIZE: String(PAGE_SIZE) } });
  return { contentDir, build };
}
