import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../support/build.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { watchPage } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../../tools/serve.ts';
import { drawnCharts, tableAsDrawn } from './chart-checks.ts';
import { ROUNDS_FIXTURE } from './fixture-archive.ts';

let build: BuildResult;
const read = (file: string) => fs.readFileSync(path.join(build.outDir, file), 'utf8');
const csvRows = (file: string) =>
  read(file)
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

beforeAll(() => {
  build = buildSite('charts-rounds', { contentDir: ROUNDS_FIXTURE });
});

describe('the synthetic archive of several rounds, built', () => {
  test('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  test('the figures CSV has one row per published round with figures, gaps as 未载明', () => {
    const rows = csvRows('data/charts/figures.csv');
    const docked = rows[0]!.indexOf('对接到位的工作队');
    const groups = rows[0]!.indexOf('督查组');
    expect(rows.slice(1).map((r) => [r[0], r[groups], r[docked]])).toEqual([
      ['2030年第1期', '2', '6'],
      ['2030年第2期', '未载明', '8'],
      ['2030年第3期', '3', '9'],
    ]);
  });

  test('items completed over time count 1, 1, 2, 3 through the four published rounds', () => {
    expect(csvRows('data/charts/completed-over-time.csv').slice(1)).toEqual([
      ['2030年第1期', '1', '1'],
      ['2030年第2期', '1', '0'],
      ['2030年第3期', '2', '1'],
      ['2030年第4期', '3', '1'],
    ]);
  });

  test('the progress page sets each figure’s latest report beside the one before, signs and 约 shown', () => {
    const html = read('progress/index.html');
    expect(html).toMatch(
      /对接到位的工作队<\/th><td[^>]*>8个（2030年第2期）<\/td><td[^>]*>9个（2030年第3期）<\/td><td[^>]*>\+1<\/td>/,
    );
    expect(html).toMatch(
      /未提交三项重大帮扶事项的单位<\/th><td[^>]*>3个（2030年第2期）<\/td><td[^>]*>1个（2030年第3期）<\/td><td[^>]*>-2<\/td>/,
    );
    expect(html).toMatch(
      /约1250.5万元（2030年第3期）<\/td><td[^>]*>1380.75万元（2030年第4期）<\/td><td[^>]*>\+约130.25<\/td>/,
    );
    expect(html).not.toContain('只有一期简报');
  });

  test('the latest completion rates come from round 3: 9/10 docked, 7/10 visited, 1/10 without major items', () => {
    expect(csvRows('data/charts/completion.csv').slice(1)).toEqual([
      ['对接到位的工作队', '9', '10', '90'],
      ['主要领导入村走访的单位', '7', '10', '70'],
      ['未提交三项重大帮扶事项的单位', '1', '10', '10'],
    ]);
  });

  test('the indicator new in round 3 is a series of its own unit once rounds 3 and 4 report it', () => {
    expect(csvRows('data/charts/figures-funds-invested.csv')).toEqual([
      ['简报', '帮扶单位投入资金（合成）'],
      ['2030年第3期', '1250.5'],
      ['2030年第4期', '1380.75'],
    ]);
    const home = read('index.html');
    expect(home).not.toContain('协调各类资金（合成）');
  });

  test('nothing of the draft round reaches a chart or a CSV', () => {
    const files = fs.readdirSync(path.join(build.outDir, 'data/charts')).map((f) => read(`data/charts/${f}`));
    expect([...files, read('progress/index.html')].some((text) => text.includes('2030年第5期'))).toBe(false);
  });
});

describe('the synthetic archive in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDist(build.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the time series are drawn as lines, each chart matching its table', async () => {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    const watch = watchPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}progress/`);
    const charts = await drawnCharts(page);
    expect(charts.map((c) => c.id)).toEqual([
      'figures',
      'figures-funds-invested',
      'status-by-category',
      'status-by-town',
      'status-by-unit',
      'completed-over-time',
    ]);
    for (const chart of charts) {
      expect(chart.inkedPixels, chart.id).toBeGreaterThan(500);
      expect(chart.drawn, chart.id).toEqual(tableAsDrawn(chart.table));
    }
    const types = await page.$$eval('chart-figure', (els) =>
      els.map((el) => (el as HTMLElement & { chart: { config: { type: string } } }).chart.config.type),
    );
    expect(types).toEqual(['line', 'line', 'bar', 'bar', 'bar', 'line']);
    expect(watch.consoleMessages).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });
});
