import type { Archive } from './archive-index.ts';
import { bulletinNeighbours, reportsByBulletin } from './bulletin-links.ts';
import { lateRows, ledgerOf } from './ledger.ts';
import { memoisedOn } from './memo.ts';
import { createMatcher, termsOf } from './mentions.ts';
import { groupBy } from './relations.ts';
import { stateRowsOf } from './report-rows.ts';

/** What bulletin pages look up, built once per archive (so once per build), never per page. */
export const bulletinIndexes = memoisedOn((archive: Archive) => ({
  neighbours: bulletinNeighbours(archive.bulletins),
  reports: reportsByBulletin(archive.items),
  /** The team and village state reports each bulletin carries. */
  stateReports: groupBy(stateRowsOf(archive), (row) => [row.bulletin.id]),
  /** Items flagged 逾期 as of the latest bulletin, from the ledger that flags them everywhere else. */
  lateItems: new Set(lateRows(ledgerOf(archive)).map((row) => row.id)),
  /** The same name matcher the entity pages' mentions come from. */
  findNames: createMatcher(termsOf(archive)),
}));
