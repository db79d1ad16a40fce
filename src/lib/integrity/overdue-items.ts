import { ITEM_STATUS_LABELS } from '../../i18n/zh.ts';
import { isRealDate, type PartialDate, type Ref } from '../../schemas/common.ts';
import type { ItemStatus } from '../../schemas/item.ts';
import type { Problem } from './problem.ts';
import type { CheckedEntry } from './rules.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  let day = 31;
  while (!isRealDate(year, month, day)) day--;
  return day;
}

/** The last day a partial date covers: 2015-07 上旬 → 2015-07-10, 2015-08 → 2015-08-31, 2015 → 2015-12-31. */
export function lastDayOf(date: PartialDate): string {
  if (date.month === undefined) return `${date.year}-12-31`;
  const monthEnd = lastDayOfMonth(date.year, date.month);
  const day = date.day ?? (date.dekad === 'early' ? 10 : date.dekad === 'mid' ? 20 : monthEnd);
  return `${date.year}-${pad(date.month)}-${pad(day)}`;
}

const SETTLED: ReadonlySet<ItemStatus> = new Set(['completed', 'suspended']);

interface ItemLike {
  expectedCompletion?: PartialDate;
  history: { status: ItemStatus; bulletin: Ref }[];
}

/**
 * An item whose expected completion has passed by the latest bulletin, that is neither completed nor
 * suspended, and that no bulletin after that date has reported on: the editor probably missed an update.
 */
export function overdueItemProblems(entries: readonly CheckedEntry[]): Problem[] {
  const bulletinDates = new Map(
    entries.filter((e) => e.collection === 'bulletins').map((e) => [e.id, (e.parsed as { date: string }).date]),
  );
  const latest = [...bulletinDates.values()].sort().at(-1);
  if (latest === undefined) return [];
  return entries
    .filter((e) => e.collection === 'items')
    .flatMap((entry) => {
      const item = entry.parsed as unknown as ItemLike;
      const last = item.history.at(-1);
      if (!item.expectedCompletion || !last || SETTLED.has(last.status)) return [];
      const due = lastDayOf(item.expectedCompletion);
      const reported = item.history.map((h) => bulletinDates.get(h.bulletin.id) ?? '').sort().at(-1) ?? '';
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
