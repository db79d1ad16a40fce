import { stringify } from 'csv-stringify/sync';
import {
  ITEM_CATEGORY_LABELS,
  ITEM_STATUS_LABELS,
  LATE_LABEL,
  LEDGER_LABELS,
  UNSTATED,
  YES_NO_LABELS,
} from '../i18n/zh.ts';
import type { BulletinData } from '../schemas/bulletin.ts';
import { FIGURE_KEYS, FIGURES } from '../schemas/figures.ts';
import type { Entry } from './drafts.ts';
import { formatDate } from './format.ts';
import type { LedgerRow } from './ledger.ts';

/** The absolute address of a page, for downloads read outside the site. */
export type UrlOf = (kind: 'item' | 'bulletin', id: string) => string;

/** One item as the JSON download gives it: ids and keys for machines, labels for people, null for 未载明. */
export function itemRecord(row: LedgerRow, urlOf: UrlOf) {
  return {
    id: row.id,
    title: row.title,
    village: row.village ?? null,
    town: row.town ?? null,
    unit: row.unit ?? null,
    category: row.category,
    categoryLabel: ITEM_CATEGORY_LABELS[row.category],
    major: row.major ?? null,
    quantities: row.quantities === UNSTATED ? null : row.quantities,
    money: row.moneyValue ? { ...row.moneyValue, text: row.money } : null,
    status: row.status ?? null,
    statusLabel: row.status ? ITEM_STATUS_LABELS[row.status] : null,
    expectedCompletion: row.expected === UNSTATED ? null : row.expected,
    expectedCompletionEnd: row.expectedEnd ?? null,
    late: row.late,
    lastReport: row.lastReport
      ? {
          bulletin: row.lastReport.id,
          date: row.lastReport.data.date,
          url: urlOf('bulletin', row.lastReport.id),
        }
      : null,
    url: urlOf('item', row.id),
  };
}

/** The ledger as JSON text. */
export const itemsJson = (rows: readonly LedgerRow[], urlOf: UrlOf) =>
  `${JSON.stringify(
    rows.map((row) => itemRecord(row, urlOf)),
    null,
    2,
  )}\n`;

const bulletinName = (b: Entry<BulletinData>) => `${b.data.date.slice(0, 4)}年第${b.data.issue}期`;

/**
 * The ledger as CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads the Chinese,
 * one header row in Chinese, 未载明 where the bulletins are silent, bare numbers for money in yuan.
 */
export function itemsCsv(rows: readonly LedgerRow[], urlOf: UrlOf): string {
  const header = [
    '编号',
    LEDGER_LABELS.village,
    LEDGER_LABELS.town,
    LEDGER_LABELS.unit,
    LEDGER_LABELS.title,
    LEDGER_LABELS.category,
    LEDGER_LABELS.major,
    LEDGER_LABELS.quantity,
    LEDGER_LABELS.money,
    '金额下限（元）',
    '金额上限（元）',
    LEDGER_LABELS.status,
    LEDGER_LABELS.expected,
    LEDGER_LABELS.late,
    `${LEDGER_LABELS.lastReport}简报`,
    `${LEDGER_LABELS.lastReport}日期`,
    '网址',
  ];
  const body = rows.map((row) => [
    row.id,
    row.village?.name ?? UNSTATED,
    row.town?.name ?? UNSTATED,
    row.unit?.name ?? UNSTATED,
    row.title,
    ITEM_CATEGORY_LABELS[row.category],
    row.major === undefined ? UNSTATED : row.major ? YES_NO_LABELS.yes : YES_NO_LABELS.no,
    row.quantities,
    row.money,
    row.moneyValue?.min ?? '',
    row.moneyValue?.max ?? '',
    row.status ? ITEM_STATUS_LABELS[row.status] : UNSTATED,
    row.expected,
    row.late ? LATE_LABEL : YES_NO_LABELS.no,
    row.lastReport ? bulletinName(row.lastReport) : UNSTATED,
    row.lastReport ? formatDate(row.lastReport.data.date) : UNSTATED,
    urlOf('item', row.id),
  ]);
  return stringify([header, ...body], { bom: true, record_delimiter: 'windows' });
}

/** Each published bulletin with every figure it reported (null where it reported none), oldest first. */
export function figureRecords(bulletins: readonly Entry<BulletinData>[], urlOf: UrlOf) {
  return bulletins.map((b) => ({
    bulletin: b.id,
    year: Number(b.data.date.slice(0, 4)),
    issue: b.data.issue,
    date: b.data.date,
    title: b.data.title,
    url: urlOf('bulletin', b.id),
    figures: Object.fromEntries(FIGURE_KEYS.map((key) => [key, b.data.figures[key] ?? null])),
  }));
}

export const figuresJson = (bulletins: readonly Entry<BulletinData>[], urlOf: UrlOf) =>
  `${JSON.stringify(figureRecords(bulletins, urlOf), null, 2)}\n`;

/** The figures as CSV, one row per bulletin, one column per figure named with its unit; empty where not reported. */
export function figuresCsv(bulletins: readonly Entry<BulletinData>[], urlOf: UrlOf): string {
  const header = [
    '简报',
    '印发日期',
    '标题',
    ...FIGURE_KEYS.map((key) => `${FIGURES[key].label}（${FIGURES[key].unit}）`),
    '网址',
  ];
  const body = figureRecords(bulletins, urlOf).map((record, i) => [
    bulletinName(bulletins[i]!),
    record.date,
    record.title,
    ...FIGURE_KEYS.map((key) => record.figures[key] ?? ''),
    record.url,
  ]);
  return stringify([header, ...body], { bom: true, record_delimiter: 'windows' });
}
