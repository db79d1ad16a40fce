import { ITEM_STATUS_LABELS } from '../../i18n/zh.ts';
import type { PartialDate, Ref } from '../../schemas/common.ts';
import type { ItemStatus } from '../../schemas/item.ts';
import { isSettled, partialDateEnd } from '../late.ts';
import type { Problem } from './problem.ts';
import type { CheckedEntry } from './rules.ts';

interface ItemLike {
  expectedCompletion?: PartialDate;
  history: { status: ItemStatus; bulletin: Ref }[];
}

/**
 * An item whose expected completion has passed by the latest bulletin, that is not settled, and that
 * no bulletin after that date has reported on: the editor probably missed an update.
 */
export function overdueItemProblems(entries: readonly CheckedEntry[]): Problem[] {
  const bulletinDates = new Map(
    entries
      .filter((e) => e.collection === 'bulletins')
      .map((e) => [e.id, (e.parsed as { date: string }).date]),
  );
  const latest = [...bulletinDates.values()].sort().at(-1);
  if (latest === undefined) return [];
  return entries
    .filter((e) => e.collection === 'items')
    .flatMap((entry) => {
      const item = entry.parsed as unknown as ItemLike;
      const last = item.history.at(-1);
      if (!item.expectedCompletion || !last || isSettled(last.status)) return [];
      const due = partialDateEnd(item.expectedCompletion);
      const reported =
        item.history
          .map((h) => bulletinDates.get(h.bulletin.id) ?? '')
          .sort()
          .at(-1) ?? '';
      if (latest <= due || reported > due) return [];
      return [
        {
          severity: 'warning' as const,
          file: entry.file,
          line: entry.lineOf(['expectedCompletion']),
          field: 'expectedCompletion',
          message: `预计 ${item.expectedCompletion.text} 完成，最新一期简报（${latest}）已过此时间，但之后没有新的进展记录（最近状态：${ITEM_STATUS_LABELS[last.status]}）：请在 history 末尾补上最新进展和所报简报，或改正预计完成时间`,
        },
      ];
    });
}
