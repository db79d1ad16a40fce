/**
 * `npm run bench:phone [-- --dist DIR] [--runs N]`: opens every main kind of page as a phone on a slow
 * connection would (Chromium through CDP: 1.6 Mbps down, 750 kbps up, 150 ms round trip, CPU slowed
 * 4×, a 412×823 touch screen, empty cache) and prints each one's largest contentful paint and
 * cumulative layout shift, the median of N visits, against the targets LCP ≤ 2.5 s and CLS < 0.1.
 * Without --dist it writes the county-scale synthetic archive and builds it first. Pages are served
 * gzip-compressed, as the README's nginx example serves them. Figures only: nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tools/browser.ts';
import { buildEnv } from '../tools/bench/measure.ts';
import { generateArchive } from '../tools/fixture/generate.ts';
import { SCALES } from '../tools/fixture/scales.ts';
import { writeArchive } from '../tools/fixture/write.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { dist: { type: 'string' }, runs: { type: 'string', default: '3' } },
});
const runs = Number(values.runs);
const say = (message: string) => console.log(`[bench:phone] ${message}`);

/** The phone: Lighthouse's slow-4G figures for the network, a mid-range Android's screen. */
const NETWORK = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const CPU_SLOWDOWN = 4;
const TARGET = { lcpMs: 2500, cls: 0.1 };

function buildCounty(): string {
  const work = path.join(ROOT, 'bench/.out/phone');
  fs.rmSync(work, { recursive: true, force: true });
  const content = writeArchive(generateArchive(SCALES.county), path.join(work, 'content'));
  const dist = path.join(work, 'dist');
  say(`building the county archive from ${path.relative(ROOT, content)}`);
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
    {
      cwd: ROOT,
      env: buildEnv({ ARCHIVE_CONTENT_DIR: content }),
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return dist;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.csv']);

/** A static server like the README's nginx one: directory indexes, gzip for text, nothing else. */
async function serve(dist: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    let file = path.join(dist, decodeURIComponent(pathname));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return void res.writeHead(404).end('not found');
    const ext = path.extname(file);
    const body = fs.readFileSync(file);
    const gzip = COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? zlib.gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** The ledger's own pages under /items/, which are not entries. */
const NOT_ENTRIES = '(?!late/|status/|category/|town/|unit/|major/|\\d+/)';

/** The first entry page of a collection's index, as a reader would follow it. */
function firstLink(dist: string, index: string, prefix: string): string {
  const html = fs.readFileSync(path.join(dist, index, 'index.html'), 'utf8');
  const match = new RegExp(`href="(${prefix}${NOT_ENTRIES}[a-z0-9-]+/)"`).exec(html);
  if (!match?.[1]) throw new Error(`no ${prefix}… link on ${index}`);
  return match[1];
}

/** A word the search must find: the name of the first village. */
function searchWord(dist: string, village: string): string {
  const html = fs.readFileSync(path.join(dist, village, 'index.html'), 'utf8');
  return /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.trim() ?? '村';
}

interface Visit {
  lcpMs: number;
  cls: number;
  lcpElement: string;
  kb: number;
}

async function visit(browser: Browser, url: string, isSearch: boolean): Promise<Visit> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 2.625,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  cdp.on(
    'Network.loadingFinished',
    (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength),
  );
  await page.addInitScript(() => {
    const w = window as unknown as { lcp: number; lcpElement: string; cls: number };
    w.lcp = 0;
    w.cls = 0;
    w.lcpElement = '';
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element })[]) {
        w.lcp = entry.startTime;
        const e = entry.element;
        w.lcpElement = e
          ? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`
          : '';
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) w.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  if (isSearch) {
    await page
      .waitForFunction(() => document.querySelectorAll('main li a').length > 0, undefined, {
        timeout: 60_000,
      })
      .catch(() => undefined);
  }
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => {
    const w = window as unknown as { lcp: number; lcpElement: string; cls: number };
    return { lcp: w.lcp, lcpElement: w.lcpElement, cls: w.cls };
  });
  const measured = { lcpMs: result.lcp, cls: result.cls, lcpElement: result.lcpElement, kb: bytes / 1024 };
  await context.close();
  return measured;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const dist = values.dist ? path.resolve(values.dist) : buildCounty();
const village = firstLink(dist, 'villages', '/villages/');
const pages: [string, string][] = [
  ['home', '/'],
  ['bulletin', firstLink(dist, 'bulletins', '/bulletins/')],
  ['village', village],
  ['unit', firstLink(dist, 'units', '/units/')],
  ['item', firstLink(dist, 'items', '/items/')],
  ['ledger', '/items/'],
  ['progress', '/progress/'],
  ['search', `/search/?q=${encodeURIComponent(searchWord(dist, village))}`],
];
const server = await serve(dist);
const browser = await launchBrowser();
const rows: string[] = [];
let missed = 0;
try {
  for (const [kind, route] of pages) {
    const visits: Visit[] = [];
    for (let i = 0; i < runs; i += 1)
      visits.push(await visit(browser, server.url + route, kind === 'search'));
    const lcp = median(visits.map((v) => v.lcpMs));
    const cls = median(visits.map((v) => v.cls));
    const ok = lcp <= TARGET.lcpMs && cls < TARGET.cls;
    if (!ok) missed += 1;
    const element = visits.at(-1)?.lcpElement ?? '';
    rows.push(
      `| ${kind} | \`${decodeURIComponent(route)}\` | ${(lcp / 1000).toFixed(2)} s | ${cls.toFixed(3)} | ${median(visits.map((v) => v.kb)).toFixed(0)} KB | \`${element}\` | ${ok ? 'yes' : '**no**'} |`,
    );
    say(`${kind}: LCP ${(lcp / 1000).toFixed(2)} s, CLS ${cls.toFixed(3)}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`
Phone: ${(NETWORK.downloadThroughput * 8) / 1e6} Mbps down, ${NETWORK.latency} ms RTT, CPU ${CPU_SLOWDOWN}× slower, 412×823, empty cache; median of ${runs}.

| page | address | LCP | CLS | transferred | LCP element | within LCP ≤ 2.5 s, CLS < 0.1 |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`);
say(missed === 0 ? 'every page within the targets' : `${missed} page kind(s) miss the targets`);
