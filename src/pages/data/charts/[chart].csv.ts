import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { chartCsv, type ChartData } from '../../../lib/stats/chart-data.ts';
import { allCharts } from '../../../lib/stats/charts.ts';

/** One CSV per chart, the same numbers as the chart's table. */
export const getStaticPaths = (async () =>
  allCharts(await getArchive()).map((chart) => ({
    params: { chart: chart.id },
    props: { chart },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartData }> = ({ props }) =>
  new Response(chartCsv(props.chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
