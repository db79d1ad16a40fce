import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { chartCode, hasCanvasChart, htmlPages, pageScripts } from '../../tools/js-graph.ts';
import { watchPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';
import { drawnCharts, tableAsDrawn } from './chart-checks.ts';

const dist = inject('siteDist');
const pages = htmlPages(dist).map((file) => ({
  file,
  url: path.relative(dist, file).replace(/index\.html$/, ''),
  charts: hasCanvasChart(fs.readFileSync(file, 'utf8')),
}));
const chartPages = pages.filter((p) => p.charts);

describe('chart code stays on chart pages', () => {
  test('at least three pages carry charts, the progress page among them', () => {
    expect(chartPages.map((p) => p.url)).toContain('progress/');
    expect(chartPages.length).toBeGreaterThanOrEqual(3);
  });

  test('no page without a chart references the chart loader or Chart.js', () => {
    const chart = chartCode(dist);
    expect(chart.size).toBeGreaterThanOrEqual(2);
    const leaking = pages.filter(
      (p) => !p.charts && [...pageScripts(dist, p.file)].some((f) => chart.has(f)),
    );
    expect(leaking.map((p) => p.url)).toEqual([]);
  });

  test('chart pages reference only the small loader; Chart.js itself waits for a chart to come near', () => {
    const chart = chartCode(dist);
    for (const page of chartPages) {
      const initial = [...pageScripts(dist, page.file)].filter((f) => chart.has(f));
      expect(initial, page.url).toHaveLength(1);
    }
  });
});

describe('completion rates without JavaScript', () => {
  test.each(['progress/'])(
    '/%s shows 114/116 docked, 96/116 visited and 8/116 without major items, as reported',
    (url) => {
      const html = fs.readFileSync(path.join(dist, url, 'index.html'), 'utf8');
      const rates = html.slice(html.indexOf('data-chart="completion"'));
      expect(rates).toMatch(/对接到位的工作队[\s\S]*?114\/116[\s\S]*?98\.3%/);
      expect(rates).toMatch(/主要领导入村走访的单位[\s\S]*?96\/116[\s\S]*?82\.8%/);
      expect(rates).toMatch(/未提交三项重大帮扶事项的单位[\s\S]*?8\/116[\s\S]*?6\.9%/);
    },
  );
});

describe('in Chromium', () => {
  const site = useSiteInBrowser(() => dist);

  test.each(chartPages.map((p) => [p.url]))('every chart on /%s draws and matches its table', async (url) => {
    const page = await site.browser.newPage({
      reducedMotion: 'reduce',
      viewport: { width: 390, height: 844 },
    });
    const watch = watchPage(page, new URL(site.server.url).origin);
    await page.goto(`${site.server.url}${url}`);
    const charts = await drawnCharts(page);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.inkedPixels, chart.id).toBeGreaterThan(500);
      expect(chart.drawn, chart.id).toEqual(tableAsDrawn(chart.table));
    }
    expect(watch.consoleMessages).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  test('a page without charts loads no chart code, even scrolled to the end', async () => {
    const plain = pages.find((p) => p.url.startsWith('bulletins/') && !p.charts)!;
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${site.server.url}${plain.url}`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const chart = [...chartCode(dist)].map((f) => path.basename(f));
    expect(scripts.filter((s) => chart.some((name) => s.endsWith(name)))).toEqual([]);
    await page.close();
  });

  test('Chart.js is fetched only when a chart comes near the viewport', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 400 } });
    const scripts: string[] = [];
    page.on(
      'request',
      (r) => r.resourceType() === 'script' && scripts.push(path.basename(new URL(r.url()).pathname)),
    );
    await page.goto(site.server.url);
    await page.waitForLoadState('networkidle');
    const firstChartTop = await page
      .locator('chart-figure')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(firstChartTop, 'the home page chart should start below the first screen').toBeGreaterThan(
      400 + 300,
    );
    const initial = pageScripts(dist, path.join(dist, 'index.html'));
    const lazy = [...chartCode(dist)].filter((f) => !initial.has(f)).map((f) => path.basename(f));
    expect(lazy.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => lazy.includes(s))).toEqual([]);
    await page.locator('chart-figure').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('chart-figure[data-drawn]');
    expect(scripts.filter((s) => lazy.includes(s))).toEqual(lazy);
    await page.close();
  });

  test('the one real round is drawn as bars with the note that more rounds will follow, never as a line', async () => {
    const page = await site.browser.newPage({ reducedMotion: 'reduce' });
    await page.goto(`${site.server.url}progress/`);
    const figure = page.locator('figure[data-chart="figures"]');
    expect(await figure.getByText('只有一期简报').isVisible()).toBe(true);
    await drawnCharts(page);
    const type = await figure
      .locator('chart-figure')
      .evaluate((el) => (el as HTMLElement & { chart: { config: { type: string } } }).chart.config.type);
    expect(type).toBe('bar');
    await page.close();
  });

  test('printing shows the tables, not the canvases', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}progress/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('chart-figure').first().isVisible()).toBe(false);
    expect(await page.locator('table.chart-table').first().isVisible()).toBe(true);
    await page.close();
  });
});
