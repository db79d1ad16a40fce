import type { Archive } from '../archive-index.ts';
import { CHART_LABELS, ITEM_STATUS_LABELS } from '../../i18n/zh.ts';
import { sourcesOf, type ChartData, type ChartSeries } from './chart-data.ts';
import { completedOverTime } from './completed-over-time.ts';
import { completionRates } from './completion.ts';
import { figureSeries } from './figure-series.ts';
import { perArchive } from './memo.ts';
import { statusByCategory, statusByTown, statusByUnit, type StatusMatrix } from './status-counts.ts';
import { townVillageStatus, villageStatusTimelines } from './village-stats.ts';

/** A series over rounds is a line only when there are rounds to join; one round is one honest bar. */
const overRounds = (count: number) =>
  count > 1
    ? { kind: 'line' as const, notes: [] }
    : { kind: 'bar' as const, notes: [CHART_LABELS.singleRound] };

/**
 * The figures round by round, one chart per unit (counts and 万元 on one axis would flatten one
 * of them). Once two rounds report figures, an indicator is a line as soon as two published
 * bulletins report it; while the archive holds a single round, its figures are one bar each.
 */
export const figuresCharts = perArchive((archive: Archive): ChartData[] => {
  const { rounds, series } = figureSeries(archive);
  const single = rounds.length === 1;
  const shown = single ? series : series.filter((s) => s.reports >= 2);
  const units = [...new Set(shown.map((s) => s.unit))];
  return units.map((unit, n): ChartData => {
    const group = shown.filter((s) => s.unit === unit);
    const base = {
      id: n === 0 ? 'figures' : `figures-${group[0]!.key}`,
      title: `${CHART_LABELS.figures}（${CHART_LABELS.unit}${unit}）`,
    };
    const approxNote = group.some((s) => s.approx.some((a) => a !== undefined))
      ? [CHART_LABELS.approxNote]
      : [];
    if (single) {
      return {
        ...base,
        kind: 'horizontalBar',
        axisLabel: CHART_LABELS.axisRate,
        labels: group.map((s) => s.label),
        series: [
          { key: rounds[0]!.id, label: rounds[0]!.label, values: group.map((s) => s.values[0] ?? null) },
        ],
        sources: sourcesOf(rounds),
        notes: [CHART_LABELS.singleRound, ...approxNote],
      };
    }
    // The rounds where some line of this chart has a point.
    const at = rounds.flatMap((_, i) => (group.some((s) => s.values[i] !== null) ? [i] : []));
    const axis = at.map((i) => rounds[i]!);
    return {
      ...base,
      kind: 'line',
      axisLabel: CHART_LABELS.axisBulletin,
      labels: axis.map((r) => r.label),
      series: group.map(({ key, label, values }) => ({
        key,
        label,
        values: at.map((i) => values[i] ?? null),
      })),
      sources: sourcesOf(axis),
      notes: approxNote,
    };
  });
});

export const completionChart = perArchive((archive: Archive): ChartData | undefined => {
  const rates = completionRates(archive);
  if (rates.length === 0) return undefined;
  const sources = [...new Map(rates.map((r) => [r.round.id, r.round])).values()].sort(
    (a, b) => a.index - b.index,
  );
  const column = (key: string, label: string, pick: (r: (typeof rates)[number]) => number): ChartSeries => ({
    key,
    label,
    values: rates.map(pick),
  });
  return {
    id: 'completion',
    title: CHART_LABELS.completion,
    kind: 'progress',
    axisLabel: CHART_LABELS.axisRate,
    labels: rates.map((r) => r.label),
    series: [
      column('done', CHART_LABELS.done, (r) => r.done),
      column('total', CHART_LABELS.total, (r) => r.total),
      column('percent', CHART_LABELS.percent, (r) => r.percent),
    ],
    sources: sourcesOf(sources),
    notes: [],
  };
});

/** A stacked chart of item counts by status; undefined when no item is counted. */
export function statusChart(
  meta: Pick<ChartData, 'id' | 'title' | 'axisLabel' | 'notes'> & { horizontal?: boolean },
  matrix: StatusMatrix | undefined,
): ChartData | undefined {
  if (!matrix || matrix.statuses.length === 0) return undefined;
  const { horizontal, ...rest } = meta;
  return {
    ...rest,
    kind: horizontal ? 'stackedHorizontal' : 'stacked',
    labels: matrix.rows.map((r) => r.label),
    series: matrix.statuses.map((status) => ({
      key: status,
      label: ITEM_STATUS_LABELS[status],
      values: matrix.counts[status] ?? [],
      status,
    })),
    sources: sourcesOf(matrix.sources),
  };
}

export const completedChart = perArchive((archive: Archive): ChartData | undefined => {
  const data = completedOverTime(archive);
  if (data.rounds.length === 0) return undefined;
  const { kind, notes } = overRounds(data.rounds.length);
  return {
    id: 'completed-over-time',
    title: CHART_LABELS.completedOverTime,
    kind,
    axisLabel: CHART_LABELS.axisBulletin,
    labels: data.rounds.map((r) => r.label),
    series: [
      { key: 'cumulative', label: CHART_LABELS.cumulative, values: data.cumulative },
      { key: 'new', label: CHART_LABELS.newlyCompleted, values: data.newlyCompleted },
    ],
    sources: sourcesOf(data.sources),
    notes: [CHART_LABELS.completedNote, ...notes],
  };
});

const latestNote = [CHART_LABELS.latestStatusNote];

/** The county-wide charts of the progress page, in reading order; charts with nothing to show are left out. */
export const countyCharts = perArchive((archive: Archive): ChartData[] =>
  [
    completionChart(archive),
    ...figuresCharts(archive),
    statusChart(
      {
        id: 'status-by-category',
        title: CHART_LABELS.statusByCategory,
        axisLabel: CHART_LABELS.axisCategory,
        notes: latestNote,
      },
      statusByCategory(archive),
    ),
    statusChart(
      {
        id: 'status-by-town',
        title: CHART_LABELS.statusByTown,
        axisLabel: CHART_LABELS.axisTown,
        notes: latestNote,
      },
      statusByTown(archive),
    ),
    statusChart(
      {
        id: 'status-by-unit',
        title: CHART_LABELS.statusByUnit,
        axisLabel: CHART_LABELS.axisUnit,
        notes: latestNote,
        horizontal: true,
      },
      statusByUnit(archive),
    ),
    completedChart(archive),
  ].filter((c): c is ChartData => c !== undefined),
);

/** One village's items by status, round by round. */
export function villageChart(archive: Archive, villageId: string): ChartData | undefined {
  const matrix = villageStatusTimelines(archive).get(villageId);
  const notes =
    matrix && matrix.rows.length === 1
      ? [CHART_LABELS.timelineNote, CHART_LABELS.singleRound]
      : [CHART_LABELS.timelineNote];
  return statusChart(
    {
      id: `village-${villageId}`,
      title: CHART_LABELS.villageTimeline,
      axisLabel: CHART_LABELS.axisBulletin,
      notes,
    },
    matrix,
  );
}

/** One town's villages with their items by latest status. */
export function townChart(archive: Archive, townId: string): ChartData | undefined {
  return statusChart(
    {
      id: `town-${townId}`,
      title: CHART_LABELS.townVillages,
      axisLabel: CHART_LABELS.axisVillage,
      notes: latestNote,
    },
    townVillageStatus(archive).get(townId),
  );
}

/** Every chart of the site, for the CSV files: county-wide, then each village and each town. */
export const allCharts = perArchive((archive: Archive): ChartData[] => [
  ...countyCharts(archive),
  ...[...villageStatusTimelines(archive).keys()].flatMap((id) => villageChart(archive, id) ?? []),
  ...[...townVillageStatus(archive).keys()].flatMap((id) => townChart(archive, id) ?? []),
]);
