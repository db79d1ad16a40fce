import {
  ITEM_STATUS_LABELS,
  LEDGER_LABELS,
  LISTING_STATUS_LABELS,
  REPORT_DOWNLOAD_LABELS,
  UNSTATED,
} from '../i18n/zh.ts';
import { shortIssueLabel } from './citation.ts';
import { csvFile } from './csv.ts';
import { bulletinRecord, jsonFile, type UrlOf } from './downloads.ts';
import { formatDate } from './format.ts';
import { formatPartialDate } from './item-format.ts';
import type { PassageFinder } from './passages.ts';
import type { ItemReportRow, StateRow } from './report-rows.ts';
import { stateLabel, stateRowText, stateValue } from './state-format.ts';

/*
 * The long-form downloads: one row per report, each tied to its bulletin's 期号 and date and to the
 * paragraph its quote comes from. Rows are data (report-rows.ts); the words are chosen here.
 */

/** One item status report as the JSON download gives it. */
function itemReportRecord(row: ItemReportRow, urlOf: UrlOf, passageOf: PassageFinder) {
  return {
    item: row.item.id,
    title: row.item.title,
    village: row.village ?? null,
    town: row.town ?? null,
    unit: row.unit ?? null,
    status: row.status,
    statusLabel: ITEM_STATUS_LABELS[row.status],
    bulletin: bulletinRecord(row.bulletin, urlOf, passageOf(row.bulletin.id, row.quote)),
    quote: row.quote ?? null,
    url: urlOf('item', row.item.id),
  };
}

/** Every item status report as JSON, one record per report. */
export const itemReportsJson = (rows: readonly ItemReportRow[], urlOf: UrlOf, passageOf: PassageFinder) =>
  jsonFile(rows.map((row) => itemReportRecord(row, urlOf, passageOf)));

/** Every item status report as CSV, one line per report, with its bulletin's 期号 and date and its words. */
export function itemReportsCsv(
  rows: readonly ItemReportRow[],
  urlOf: UrlOf,
  passageOf: PassageFinder,
): string {
  const labels = REPORT_DOWNLOAD_LABELS;
  const header = [
    labels.item,
    LEDGER_LABELS.title,
    LEDGER_LABELS.village,
    LEDGER_LABELS.town,
    LEDGER_LABELS.unit,
    LEDGER_LABELS.status,
    labels.bulletin,
    labels.bulletinDate,
    labels.quote,
    labels.url,
  ];
  const body = rows.map((row) => [
    row.item.id,
    row.item.title,
    row.village?.name ?? UNSTATED,
    row.town?.name ?? UNSTATED,
    row.unit?.name ?? UNSTATED,
    ITEM_STATUS_LABELS[row.status],
    shortIssueLabel(row.bulletin.data),
    formatDate(row.bulletin.data.date),
    row.quote ?? '',
    urlOf('bulletin', row.bulletin.id, passageOf(row.bulletin.id, row.quote)),
  ]);
  return csvFile(header, body);
}

/** The details a team's report adds to its value: who visited, the plan's title, repeated visits. */
function stateDetails(row: StateRow) {
  if (row.subject === 'village') return {};
  const { event } = row;
  if (event.state === 'headVisit') {
    const { who, title, repeated } = event.report;
    return { who: who ?? null, title: title ?? null, repeated: repeated ?? false };
  }
  if (event.state === 'threeYearPlan' || event.state === 'annualPlan')
    return { title: event.report.title ?? null };
  return {};
}

/** One state report as the JSON download gives it: keys for machines, Chinese for people, null for 未载明. */
function stateRecord(row: StateRow, urlOf: UrlOf, passageOf: PassageFinder) {
  return {
    subject: row.subject,
    team: row.team ?? null,
    unit: row.unit ?? null,
    village: row.village ?? null,
    state: row.state,
    stateLabel: stateLabel(row),
    value: row.subject === 'village' ? row.listing.status : stateValue(row.event),
    valueLabel: row.subject === 'village' ? LISTING_STATUS_LABELS[row.listing.status] : stateRowText(row),
    ...stateDetails(row),
    date: row.date?.text ?? null,
    bulletin: bulletinRecord(row.bulletin, urlOf, passageOf(row.bulletin.id, row.quote)),
    quote: row.quote,
    note: row.note ?? null,
    url: row.team ? urlOf('team', row.team) : row.village ? urlOf('village', row.village.id) : null,
  };
}

/** Every team and village state report as JSON, one record per report. */
export const statesJson = (rows: readonly StateRow[], urlOf: UrlOf, passageOf: PassageFinder) =>
  jsonFile(rows.map((row) => stateRecord(row, urlOf, passageOf)));

/**
 * Every team and village state report as CSV in long form: the unit's and village's names, what was
 * reported and its value in Chinese, when it happened, the bulletin's 期号 and date, the quote.
 */
export function statesCsv(rows: readonly StateRow[], urlOf: UrlOf, passageOf: PassageFinder): string {
  const labels = REPORT_DOWNLOAD_LABELS;
  const header = [
    labels.subject,
    labels.team,
    LEDGER_LABELS.unit,
    LEDGER_LABELS.village,
    labels.state,
    labels.value,
    labels.date,
    labels.bulletin,
    labels.bulletinDate,
    labels.quote,
    labels.note,
    labels.url,
  ];
  const body = rows.map((row) => [
    labels.subjects[row.subject],
    row.team ?? '',
    row.subject === 'village' ? '' : (row.unit?.name ?? UNSTATED),
    row.village?.name ?? UNSTATED,
    stateLabel(row),
    stateRowText(row),
    formatPartialDate(row.date),
    shortIssueLabel(row.bulletin.data),
    formatDate(row.bulletin.data.date),
    row.quote,
    row.note ?? '',
    urlOf('bulletin', row.bulletin.id, passageOf(row.bulletin.id, row.quote)),
  ]);
  return csvFile(header, body);
}
