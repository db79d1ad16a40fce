import { APPROX_LABELS, REPORT_DOWNLOAD_LABELS, YES_NO_LABELS } from '../i18n/zh.ts';
import { shortIssueLabel } from './citation.ts';
import { csvFile } from './csv.ts';
import { bulletinRecord, jsonFile, type UrlOf } from './downloads.ts';
import { formatFigure, type FigureRow, type IndicatorEntry } from './figures.ts';
import { formatDate } from './format.ts';
import type { PassageFinder } from './passages.ts';

/*
 * The figure downloads in long form: one row per figure a bulletin reported, with its bulletin's
 * 期号 and date, the indicator's Chinese label and unit, and the sentence it was read from.
 */

/** One reported figure as the JSON download gives it: ids for machines, Chinese for people. */
function figureRecord(row: FigureRow, urlOf: UrlOf, passageOf: PassageFinder) {
  const { bulletin, indicator, figure } = row;
  return {
    bulletin: bulletinRecord(bulletin, urlOf, passageOf(bulletin.id, figure.quote)),
    indicator: indicator.id,
    label: indicator.data.label,
    unit: indicator.data.unit,
    value: figure.value,
    approx: figure.approx ?? null,
    approxLabel: figure.approx ? APPROX_LABELS[figure.approx] : null,
    text: formatFigure(figure, indicator.data.unit),
    quote: figure.quote,
  };
}

/** Every reported figure as JSON, one record per figure. */
export const figuresJson = (rows: readonly FigureRow[], urlOf: UrlOf, passageOf: PassageFinder) =>
  jsonFile(rows.map((row) => figureRecord(row, urlOf, passageOf)));

/** Every reported figure as CSV, one line per figure; the bare number, its 约/余 in a column of its own. */
export function figuresCsv(rows: readonly FigureRow[], urlOf: UrlOf, passageOf: PassageFinder): string {
  const labels = REPORT_DOWNLOAD_LABELS;
  const header = [
    labels.bulletin,
    labels.bulletinDate,
    labels.indicator,
    labels.indicatorLabel,
    labels.unit,
    labels.figureValue,
    labels.approx,
    labels.printed,
    labels.quote,
    labels.url,
  ];
  const body = rows.map(({ bulletin, indicator, figure }) => [
    shortIssueLabel(bulletin.data),
    formatDate(bulletin.data.date),
    indicator.id,
    indicator.data.label,
    indicator.data.unit,
    figure.value,
    figure.approx ? APPROX_LABELS[figure.approx] : '',
    formatFigure(figure, indicator.data.unit),
    figure.quote,
    urlOf('bulletin', bulletin.id, passageOf(bulletin.id, figure.quote)),
  ]);
  return csvFile(header, body);
}

/** One indicator as the JSON download gives it; null where the catalogue leaves a rule out. */
function indicatorRecord(indicator: IndicatorEntry) {
  const { label, unit, integer, partOf, sumOf, scoreboard, order, note } = indicator.data;
  return {
    id: indicator.id,
    label,
    unit,
    integer,
    partOf: partOf?.id ?? null,
    sumOf: sumOf?.map((part) => part.id) ?? null,
    scoreboard,
    order: order ?? null,
    note: note ?? null,
  };
}

/** The indicator catalogue as JSON, in catalogue order. */
export const indicatorsJson = (indicators: readonly IndicatorEntry[]) =>
  jsonFile(indicators.map(indicatorRecord));

/** The indicator catalogue as CSV, in catalogue order; sums listed with 、. */
export function indicatorsCsv(indicators: readonly IndicatorEntry[]): string {
  const labels = REPORT_DOWNLOAD_LABELS;
  const yesNo = (value: boolean) => (value ? YES_NO_LABELS.yes : YES_NO_LABELS.no);
  const header = [
    labels.indicator,
    labels.indicatorLabel,
    labels.unit,
    labels.integer,
    labels.partOf,
    labels.sumOf,
    labels.scoreboard,
    labels.order,
    labels.note,
  ];
  const body = indicators.map(({ id, data }) => [
    id,
    data.label,
    data.unit,
    yesNo(data.integer),
    data.partOf?.id ?? '',
    data.sumOf?.map((part) => part.id).join('、') ?? '',
    yesNo(data.scoreboard),
    data.order ?? '',
    data.note ?? '',
  ]);
  return csvFile(header, body);
}
