import type { PartialDate } from '../schemas/common.ts';
import type { ItemStatus } from '../schemas/item.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const DEKAD_LAST_DAY = { early: 10, mid: 20 } as const;

/**
 * The last day a partial date covers, as YYYY-MM-DD: 2015 → 2015-12-31, 2015-08 → 2015-08-31,
 * 2015-07 上旬 → 2015-07-10, 中旬 → the 20th, 下旬 → the month's last day.
 */
export function partialDateEnd(date: PartialDate): string {
  const month = date.month ?? 12;
  let day = date.day;
  if (day === undefined) {
    day =
      date.dekad === 'early' || date.dekad === 'mid'
        ? DEKAD_LAST_DAY[date.dekad]
        : lastDayOfMonth(date.year, month);
  }
  return `${date.year}-${pad(month)}-${pad(day)}`;
}

/**
 * Settled: the item needs no further report, because it is reported completed or suspended. The one
 * rule behind the 逾期 label, the late list and the validator's "no update since it was due" warning.
 */
export function isSettled(status: ItemStatus | undefined): boolean {
  return status === 'completed' || status === 'suspended';
}

/**
 * 逾期: the expected completion period ended before `asOf` (the latest published bulletin's date,
 * never the build's clock, so a rebuild gives the same answer) and the item is not settled.
 * An item with no expected completion or no status is never late.
 */
export function isLate(
  expectedCompletion: PartialDate | undefined,
  status: ItemStatus | undefined,
  asOf: string | undefined,
): boolean {
  if (!expectedCompletion || !status || !asOf || isSettled(status)) return false;
  return partialDateEnd(expectedCompletion) < asOf;
}
