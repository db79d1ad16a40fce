import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { ChartData } from '../../lib/stats/chart-data.ts';
import { patternFill, SERIES_LOOKS, STATUS_LOOKS } from './looks.ts';

// Only what the site's line and bar charts use; chart.js/auto would ship every chart type.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;

/** Draws a chart from the numbers the page was built with; returns the Chart.js instance. */
export function drawChart(canvas: HTMLCanvasElement, data: ChartData): Chart {
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const line = data.kind === 'line';
  const stacked = data.kind === 'stacked' || data.kind === 'stackedHorizontal';
  const horizontal = data.kind === 'horizontalBar' || data.kind === 'stackedHorizontal';
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const datasets = data.series.map((s, i) => {
    if (s.status) {
      const { colour, pattern } = STATUS_LOOKS[s.status];
      return {
        label: s.label,
        data: s.values,
        backgroundColor: patternFill(ctx, colour, pattern),
        borderColor: colour,
        borderWidth: 1,
        maxBarThickness: 64,
      };
    }
    const look = SERIES_LOOKS[i % SERIES_LOOKS.length]!;
    return {
      label: s.label,
      data: s.values,
      borderColor: look.colour,
      backgroundColor: line ? look.colour : patternFill(ctx, look.colour, look.pattern),
      borderWidth: line ? 3 : 1,
      maxBarThickness: 64,
      borderDash: line ? look.dash : [],
      pointStyle: look.point,
      pointRadius: 5,
      spanGaps: false,
    };
  });
  const config = {
    type: line ? 'line' : 'bar',
    data: { labels: data.labels, datasets },
    options: {
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      animation: reduceMotion ? false : { duration: 400 },
      scales: {
        x: { stacked, beginAtZero: true, ticks: { precision: 0 } },
        y: { stacked, beginAtZero: true, ticks: { precision: 0 } },
      },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: line } } },
    },
  } as ChartConfiguration;
  return new Chart(canvas, config);
}
