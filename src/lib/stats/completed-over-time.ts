import type { Archive } from '../archive-index.ts';
import { perArchive } from './memo.ts';
import { placedItems, rounds, type Round } from './rounds.ts';

export interface CompletedOverTime {
  /** From the first round that reports any item to the latest bulletin. */
  rounds: Round[];
  /** Items first reported completed in each round. */
  newlyCompleted: number[];
  /** Items reported completed in that round or before. */
  cumulative: number[];
  /** The rounds that first report an item completed. */
  sources: Round[];
}

/** Items completed over time, from the status histories: each item counts once, at its first 已完成. */
export const completedOverTime = perArchive((archive: Archive): CompletedOverTime => {
  const { list } = rounds(archive);
  const items = placedItems(archive);
  const firstReported = Math.min(...items.flatMap((p) => p.reports.map((r) => r.round.index)));
  const axis = Number.isFinite(firstReported) ? list.slice(firstReported) : [];
  const newlyCompleted = axis.map(() => 0);
  const sources = new Map<string, Round>();
  for (const p of items) {
    const first = p.reports.find((r) => r.status === 'completed');
    if (!first) continue;
    newlyCompleted[first.round.index - firstReported]! += 1;
    sources.set(first.round.id, first.round);
  }
  let total = 0;
  const cumulative = newlyCompleted.map((n) => (total += n));
  return {
    rounds: axis,
    newlyCompleted,
    cumulative,
    sources: [...sources.values()].sort((a, b) => a.index - b.index),
  };
});
