/**
 * Measures the JavaScript chart pages load and checks that pages without charts load no chart code.
 *
 *   npm run bench:charts                 build the site into dist/, then measure
 *   npm run bench:charts -- --dist DIR   measure an existing build
 *
 * Sizes are gzip (level 9) of each same-origin script response Chromium receives while the page is
 * scrolled to the end, so lazily imported chunks count too. Exits 1 when a chart page loads more
 * than the budget or a page without charts references chart code.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchBrowser } from '../tools/browser.ts';
import { serveDist } from '../tools/serve.ts';
import { chartCode, CHART_ELEMENT, hasCanvasChart, htmlPages, pageScripts } from '../tools/js-graph.ts';

const BUDGET_BYTES = 80 * 1024;
const argAfter = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

let dist = argAfter('--dist');
if (!dist) {
  dist = 'dist';
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
dist = path.resolve(dist);

const chartFiles = chartCode(dist);
const pages = htmlPages(dist).map((file) => ({
  file,
  charts: hasCanvasChart(fs.readFileSync(file, 'utf8')),
}));
const leaking = pages.filter(
  (p) => !p.charts && [...pageScripts(dist, p.file)].some((f) => chartFiles.has(f)),
);

// A sample to open in the browser: one page of each kind with charts, and a few without.
const rel = (file: string) => path.relative(dist, file).replace(/index\.html$/, '');
const firstUnder = (prefix: string, charts: boolean) =>
  pages.find((p) => p.charts === charts && rel(p.file).startsWith(prefix) && rel(p.file) !== prefix);
const sample = [
  ...pages.filter((p) => ['', 'progress/'].includes(rel(p.file))),
  firstUnder('villages/', true),
  firstUnder('towns/', true),
  ...pages.filter((p) => !p.charts && ['bulletins/', 'search/', 'about/'].includes(rel(p.file))),
  firstUnder('bulletins/', false),
].filter((p, i, all): p is NonNullable<typeof p> => p !== undefined && all.indexOf(p) === i);

const server = await serveDist(dist);
const browser = await launchBrowser();
const origin = new URL(server.url).origin;
const rows: {
  page: string;
  charts: boolean;
  files: number;
  initial: number;
  total: number;
  chart: number;
}[] = [];
try {
  for (const { file, charts } of sample) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const loaded: { url: string; gzip: number; initial: boolean; chart: boolean }[] = [];
    let scrolled = false;
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script' || !response.url().startsWith(origin)) return;
      const body = await response.body();
      const local = path.join(dist, new URL(response.url()).pathname);
      loaded.push({
        url: response.url(),
        gzip: zlib.gzipSync(body, { level: 9 }).length,
        initial: !scrolled,
        chart: chartFiles.has(local),
      });
    });
    await page.goto(`${server.url}${rel(file)}`, { waitUntil: 'networkidle' });
    scrolled = true;
    const height = await page.evaluate(() => document.body.scrollHeight);
    for (let y = 0; y <= height; y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
    }
    await page.waitForFunction(
      (tag) => [...document.querySelectorAll(tag)].every((el) => el.hasAttribute('data-drawn')),
      CHART_ELEMENT,
      { timeout: 15_000 },
    );
    await page.waitForLoadState('networkidle');
    const sum = (list: typeof loaded) => list.reduce((n, f) => n + f.gzip, 0);
    rows.push({
      page: `/${rel(file)}`,
      charts,
      files: loaded.length,
      initial: sum(loaded.filter((f) => f.initial)),
      total: sum(loaded),
      chart: sum(loaded.filter((f) => f.chart)),
    });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `\nJavaScript loaded per page (gzip -9), scrolled to the end; budget ${kb(BUDGET_BYTES)} per chart page\n`,
);
console.table(
  rows.map((r) => ({
    page: r.page,
    charts: r.charts ? 'yes' : 'no',
    'js files': r.files,
    'before scrolling': kb(r.initial),
    'after scrolling': kb(r.total),
    'of which chart code': kb(r.chart),
  })),
);
const overBudget = rows.filter((r) => r.charts && r.total > BUDGET_BYTES);
const chartCodeWithoutCharts = rows.filter((r) => !r.charts && r.chart > 0);
console.log(`chart code files: ${[...chartFiles].map((f) => path.basename(f)).join(', ')}`);
console.log(
  `pages without charts: ${pages.filter((p) => !p.charts).length}, referencing chart code: ${leaking.length}`,
);
for (const p of leaking) console.log(`  ${rel(p.file)}`);
if (overBudget.length > 0) console.log(`over budget: ${overBudget.map((r) => r.page).join(', ')}`);
if (chartCodeWithoutCharts.length > 0)
  console.log(`chart code loaded without charts: ${chartCodeWithoutCharts.map((r) => r.page).join(', ')}`);
process.exit(overBudget.length + chartCodeWithoutCharts.length + leaking.length > 0 ? 1 : 0);
