import type { Page } from 'playwright-core';

export interface DrawnChart {
  id: string;
  /** Non-transparent pixels on the canvas. */
  inkedPixels: number;
  /** Labels and values Chart.js drew, as the table would print them. */
  drawn: string[][];
  /** The chart's HTML table, head row first. */
  table: string[][];
}

/**
 * Scrolls every chart of the page into view, waits until each is drawn, and reads back what
 * Chart.js holds beside what the HTML table says.
 */
export async function drawnCharts(page: Page): Promise<DrawnChart[]> {
  const count = await page.locator('chart-figure').count();
  for (let i = 0; i < count; i++) {
    const chart = page.locator('chart-figure').nth(i);
    await chart.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (n) => document.querySelectorAll('chart-figure')[n]?.hasAttribute('data-drawn'),
      i,
    );
  }
  // Animations are off under reduced motion (the tests ask for it), so the canvas is final now.
  return page.evaluate(() =>
    [...document.querySelectorAll('chart-figure')].map((element) => {
      const canvas = element.querySelector('canvas') as HTMLCanvasElement;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let inkedPixels = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inkedPixels++;
      const chart = (
        element as HTMLElement & {
          chart: { data: { labels: string[]; datasets: { label: string; data: (number | null)[] }[] } };
        }
      ).chart;
      const { labels, datasets } = chart.data;
      const drawn = [
        datasets.map((d) => d.label),
        ...labels.map((label, i) => [
          label,
          ...datasets.map((d) => (d.data[i] === null ? '未载明' : String(d.data[i]))),
        ]),
      ];
      const figure = element.closest('figure')!;
      const table = [...figure.querySelectorAll('table tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.trim()),
      );
      return { id: figure.dataset['chart']!, inkedPixels, drawn, table };
    }),
  );
}

/** The table's head without its first cell, then its rows: the shape `drawn` has. */
export const tableAsDrawn = (table: string[][]) => [table[0]!.slice(1), ...table.slice(1)];
