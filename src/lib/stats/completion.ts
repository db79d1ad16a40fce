import type { Archive } from '../archive-index.ts';
import { COMPLETION_LABELS } from '../../i18n/zh.ts';
import type { Figures } from '../../schemas/figures.ts';
import { perArchive } from './memo.ts';
import { rounds, type Round } from './rounds.ts';

type RateKey = keyof typeof COMPLETION_LABELS;

/** How each rate is read from a bulletin's figures: a part over its whole. */
const RATES: Record<RateKey, (f: Figures) => { done?: number | undefined; total?: number | undefined }> = {
  teamsDocked: (f) => ({ done: f.teamsDocked, total: f.teamsTotal }),
  headsVisited: (f) => ({ done: f.headsVisited, total: f.unitsTotal }),
  // The bulletins count the units that have NOT submitted; the submitted ones are the rest of the whole.
  majorItemsSubmitted: (f) => ({
    done:
      f.unitsTotal !== undefined && f.unitsMissingMajorItems !== undefined
        ? f.unitsTotal - f.unitsMissingMajorItems
        : undefined,
    total: f.unitsTotal,
  }),
};

export interface CompletionRate {
  key: RateKey;
  label: string;
  done: number;
  total: number;
  /** Percentage with one decimal, e.g. 98.3. */
  percent: number;
  /** The bulletin the two numbers come from. */
  round: Round;
}

/** Each rate from the latest bulletin that gives both its numbers; rates no bulletin gives are left out. */
export const completionRates = perArchive((archive: Archive): CompletionRate[] => {
  const { byId } = rounds(archive);
  const newestFirst = [...archive.bulletins].reverse();
  return (Object.keys(RATES) as RateKey[]).flatMap((key) => {
    for (const bulletin of newestFirst) {
      const { done, total } = RATES[key](bulletin.data.figures);
      if (done === undefined || total === undefined || total === 0) continue;
      const percent = Math.round((done / total) * 1000) / 10;
      return [
        { key, label: COMPLETION_LABELS[key], done, total, percent, round: byId.get(bulletin.id) as Round },
      ];
    }
    return [];
  });
});
