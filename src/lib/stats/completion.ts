import type { Archive } from '../archive-index.ts';
import { latestShares } from '../shares.ts';
import { perArchive } from './memo.ts';
import { rounds, type Round } from './rounds.ts';

export interface CompletionRate {
  /** The indicator's id. */
  key: string;
  label: string;
  done: number;
  total: number;
  /** Percentage with one decimal, e.g. 98.3. */
  percent: number;
  /** The bulletin the two numbers come from. */
  round: Round;
}

/** The scoreboard's shares, each from the latest bulletin that gives both its numbers. */
export const completionRates = perArchive((archive: Archive): CompletionRate[] => {
  const { byId } = rounds(archive);
  return latestShares(archive.bulletins, archive.indicators).map((row) => ({
    key: row.indicator.id,
    label: row.indicator.data.label,
    done: row.value,
    total: row.whole,
    percent: row.percent,
    round: byId.get(row.asOf.id) as Round,
  }));
});
