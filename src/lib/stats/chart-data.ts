import { CHART_LABELS, UNSTATED } from '../../i18n/zh.ts';
import type { ItemStatus } from '../../schemas/item.ts';
import { csvFile } from '../csv.ts';
import type { Round } from './rounds.ts';

/**
 * How a chart is drawn: `line` over rounds, `bar` / `horizontalBar` side by side, `stacked` /
 * `stackedHorizontal` for counts by status, `progress` as plain HTML bars with no canvas.
 */
export type ChartKind = 'line' | 'bar' | 'horizontalBar' | 'stacked' | 'stackedHorizontal' | 'progress';

export interface ChartSeries {
  key: string;
  label: string;
  /** One value per label; null where the source does not give it (shown as 未载明). */
  values: (number | null)[];
  /** Set on counts of items by status, so each status keeps its own colour and pattern. */
  status?: ItemStatus;
}

/** Everything a chart shows: drawn by the browser, and written out as its table and CSV. */
export interface ChartData {
  /** File-name-safe id, also the CSV's name. */
  id: string;
  title: string;
  kind: ChartKind;
  /** Head of the first column: what the labels are (简报, 类别, 镇街区…). */
  axisLabel: string;
  labels: string[];
  series: ChartSeries[];
  /** The bulletins the numbers come from, oldest first. */
  sources: { id: string; label: string }[];
  notes: string[];
}

export const sourcesOf = (list: readonly Round[]) => list.map(({ id, label }) => ({ id, label }));

/** The chart's numbers as table rows: a head, then one row per label; missing values as 未载明. */
export function chartTable(chart: ChartData): { head: string[]; rows: string[][] } {
  return {
    head: [chart.axisLabel, ...chart.series.map((s) => s.label)],
    rows: chart.labels.map((label, i) => [label, ...chart.series.map((s) => formatValue(s.values[i]))]),
  };
}

const formatValue = (value: number | null | undefined) =>
  value === null || value === undefined ? UNSTATED : String(value);

/** The table as CSV, with a byte-order mark so spreadsheet programs read the Chinese correctly. */
export function chartCsv(chart: ChartData): string {
  const { head, rows } = chartTable(chart);
  return csvFile(head, rows);
}

/** 来源：2015年第2期、2015年第3期简报; a long run is shortened to its first and last. */
export function sourcesCaption(sources: readonly { label: string }[]): string {
  if (sources.length === 0) return '';
  const names =
    sources.length <= 3
      ? sources.map((s) => s.label).join(CHART_LABELS.sourcesJoin)
      : `${sources[0]!.label}至${sources.at(-1)!.label}共${sources.length}期`;
  return `${CHART_LABELS.source}${names}简报`;
}
