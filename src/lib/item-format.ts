import { APPROX_LABELS, DEKAD_LABELS, UNSTATED } from '../i18n/zh.ts';
import type { Money, PartialDate, Quantity } from '../schemas/common.ts';

/** 80余亩, 约2000平方米, 2条街道, as the bulletins print them. */
export function formatQuantity({ value, unit, of, approx }: Quantity): string {
  const number = `${value}${approx === 'over' ? APPROX_LABELS.over : ''}`;
  return `${approx === 'about' ? APPROX_LABELS.about : ''}${number}${unit}${of ?? ''}`;
}

/** Every quantity of an item joined with 、, or 未载明 when there is none. */
export function formatQuantities(quantities: readonly Quantity[]): string {
  return quantities.length === 0 ? UNSTATED : quantities.map(formatQuantity).join('、');
}

const YI = 100_000_000;
const WAN = 10_000;

/** 350000 → 35万, 100000000 → 1亿, 8000 → 8000, with no 元. */
function chineseAmount(yuan: number): string {
  const trim = (n: number) => String(Number(n.toFixed(4)));
  if (yuan >= YI) return `${trim(yuan / YI)}亿`;
  if (yuan >= WAN) return `${trim(yuan / WAN)}万`;
  return String(yuan);
}

/** 35万元; a range as 5000万–1亿元 (30–50万元 when both ends share the unit). */
export function formatMoney(money: Money | undefined): string {
  if (!money) return UNSTATED;
  if (money.min === money.max) return `${chineseAmount(money.min)}元`;
  const low = chineseAmount(money.min);
  const high = chineseAmount(money.max);
  const lowUnit = /[万亿]$/.exec(low)?.[0];
  const sameUnit = lowUnit !== undefined && high.endsWith(lowUnit);
  return `${sameUnit ? low.slice(0, -1) : low}–${high}元`;
}

/** 总投资5000万–1亿元: the amount with what it is, when the entry says. */
export function formatMoneyWithLabel(money: Money | undefined): string {
  if (!money) return UNSTATED;
  return `${money.label ?? ''}${formatMoney(money)}`;
}

/** 2015年, 2015年8月, 2015年7月上旬, 2015年7月10日; 未载明 when absent. */
export function formatPartialDate(date: PartialDate | undefined): string {
  if (!date) return UNSTATED;
  let text = `${date.year}年`;
  if (date.month !== undefined) text += `${date.month}月`;
  if (date.day !== undefined) text += `${date.day}日`;
  else if (date.dekad !== undefined) text += DEKAD_LABELS[date.dekad];
  return text;
}
