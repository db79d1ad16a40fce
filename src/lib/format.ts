import { UNSTATED, YES_NO_LABELS } from '../i18n/zh.ts';

/** 2015-07-03 → 2015年7月3日 */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The value, or 未载明 when the source does not state it. */
export function orUnstated(value: string | number | undefined | null): string {
  return value === undefined || value === null || value === '' ? UNSTATED : String(value);
}

/** 是 or 否; 未载明 when the source does not say. */
export function formatYesNo(value: boolean | undefined | null): string {
  return value === undefined || value === null ? UNSTATED : value ? YES_NO_LABELS.yes : YES_NO_LABELS.no;
}
