import {
  ITEM_CATEGORY_LABELS,
  ITEM_STATUS_LABELS,
  LATE_LABEL,
  LEDGER_LABELS,
  UNSTATED,
  YES_NO_LABELS,
} from '../i18n/zh.ts';
import type { BulletinData } from '../schemas/bulletin.ts';
import type { Entry } from './drafts.ts';
import { shortIssueLabel } from './citation.ts';
import { csvFile } from './csv.ts';
import { formatDate, formatYesNo } from './format.ts';
import { formatMoney, formatPartialDate, formatQuantities } from './item-format.ts';
import type { LedgerRow } from './ledger.ts';

/** The absolute address of a page (and a passage of it), for downloads read outside the site. */
export type UrlOf = (kind: 'item' | 'bulletin' | 'team' | 'village', id: string, anchor?: string) => string;

/** Every JSON download is written here: two-space indents and a final line end. */
export const jsonFile = (records: unknown) => `${JSON.stringify(records, null, 2)}\n`;

/** A bulletin as the downloads cite it: id, 期号, date and the address of the passage quoted. */
export function bulletinRecord(bulletin: Entry<BulletinData>, urlOf: UrlOf, anchor?: string) {
  return {
    id: bulletin.id,
    label: shortIssueLabel(bulletin.data),
    issue: bulletin.data.issue,
    date: bulletin.data.date,
    url: urlOf('bulletin', bulletin.id, anchor),
  };
}

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
    quantities: row.quantities.length > 0 ? formatQuantities(row.quantities) : null,
    money: row.money ? { ...row.money, text: formatMoney(row.money) } : null,
    status: row.status ?? null,
    statusLabel: row.status ? ITEM_STATUS_LABELS[row.status] : null,
    expectedCompletion: row.expected ? formatPartialDate(row.expected) : null,
    expectedCompletionEnd: row.expectedEnd ?? null,
    late: row.late,
    lastReport: row.lastReport
      ? {
          bulletin: row.lastReport.id,
          label: shortIssueLabel(row.lastReport.data),
          date: row.lastReport.data.date,
          quote: row.quote ?? null,
          url: urlOf('bulletin', row.lastReport.id),
        }
      : null,
    url: urlOf('item', row.id),
  };
}

/** The ledger as JSON text. */
export const itemsJson = (rows: readonly LedgerRow[], urlOf: UrlOf) =>
  jsonFile(rows.map((row) => itemRecord(row, urlOf)));

/** The ledger as CSV: Chinese headers, 未载明 where the bulletins are silent, bare numbers for money in yuan. */
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
    `${LEDGER_LABELS.lastReport}原话`,
    '网址',
  ];
  const body = rows.map((row) => [
    row.id,
    row.village?.name ?? UNSTATED,
    row.town?.name ?? UNSTATED,
    row.unit?.name ?? UNSTATED,
    row.title,
    ITEM_CATEGORY_LABELS[row.category],
    formatYesNo(row.major),
    formatQuantities(row.quantities),
    formatMoney(row.money),
    row.money?.min ?? '',
    row.money?.max ?? '',
    row.status ? ITEM_STATUS_LABELS[row.status] : UNSTATED,
    formatPartialDate(row.expected),
    row.late ? LATE_LABEL : YES_NO_LABELS.no,
    row.lastReport ? shortIssueLabel(row.lastReport.data) : UNSTATED,
    row.lastReport ? formatDate(row.lastReport.data.date) : UNSTATED,
    row.quote ?? '',
    urlOf('item', row.id),
  ]);
  return csvFile(header, body);
}
