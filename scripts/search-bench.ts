/**
 * `npm run bench:search [-- --scale county|province | --dist DIR]`: measures the search index and what a
 * browser fetches to search it. Builds the bundled archive (or a synthetic one of the given scale, or
 * measures an existing build), then reports the index size on disk, the bytes (gzip) a phone fetches
 * for a first query on /search/ with an empty cache and for a second query on the same page, and the
 * time from navigation (or from pressing Enter) to the first result, in Chromium.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tools/browser.ts';
import { serveDist } from '../tools/serve.ts';
import { generateArchive } from '../tools/fixture/generate.ts';
import { isScaleName, SCALES } from '../tools/fixture/scales.ts';
import { writeArchive } from '../tools/fixture/write.ts';
import { bundleFolders } from '../src/integrations/pagefind-files.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { scale: { type: 'string' }, dist: { type: 'string' } } });

function build(): string {
  const out = path.join(ROOT, 'bench/.out', `search-${values.scale ?? 'bundled'}`);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (values.scale) {
    if (!isScaleName(values.scale)) throw new Error(`unknown scale ${values.scale}`);
    env['ARCHIVE_CONTENT_DIR'] = writeArchive(
      generateArchive(SCALES[values.scale]),
      path.join(out, 'content'),
    );
    env['NODE_OPTIONS'] = '--max-old-space-size=16384';
  }
  console.log(`[search-bench] building into ${path.relative(ROOT, out)}/dist`);
  execFileSync('npx', ['astro', 'build', '--outDir', path.join(out, 'dist')], {
    cwd: ROOT,
    env,
    stdio: 'ignore',
  });
  return path.join(out, 'dist');
}

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

function sizeOf(dir: string): { files: number; bytes: number } {
  if (!fs.existsSync(dir)) return { files: 0, bytes: 0 };
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile());
  return { files: files.length, bytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0) };
}

/** A name every archive has: the first village's, and the first unit's. */
function queriesFor(dist: string): [string, string] {
  const h1 = (section: string) => {
    const dir = path.join(dist, section);
    const first = fs
      .readdirSync(dir)
      .filter((d) => fs.existsSync(path.join(dir, d, 'index.html')))
      .sort()[0];
    const html = first ? fs.readFileSync(path.join(dir, first, 'index.html'), 'utf8') : '';
    return /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '帮扶';
  };
  return [h1('villages'), h1('units')];
}

type Tally = { requests: number; raw: number; gzip: number; byKind: Record<string, number> };

function record(page: Page) {
  let tally: Tally = { requests: 0, raw: 0, gzip: 0, byKind: {} };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          // Pagefind's own files arrive gzipped already; a server would not compress them again.
          const gzip = Math.min(body.length, zlib.gzipSync(body).length);
          const url = new URL(response.url()).pathname;
          const kind = /\/pagefind\/(index|filter|fragment)\//.test(url)
            ? url.split('/').at(-2)!
            : /\/pagefind\//.test(url)
              ? 'pagefind runtime'
              : response.request().resourceType();
          tally.requests += 1;
          tally.raw += body.length;
          tally.gzip += gzip;
          tally.byKind[kind] = (tally.byKind[kind] ?? 0) + gzip;
        },
        () => undefined,
      ),
    );
  });
  return async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending.splice(0));
    const taken = tally;
    tally = { requests: 0, raw: 0, gzip: 0, byKind: {} };
    return taken;
  };
}

/** Milliseconds from `since` (page time) until the results list holds a result or the status says none. */
async function settled(page: Page, since: number): Promise<number> {
  const done = await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return (
        (document.querySelector('[data-search-results] li') || status.startsWith('没有')) && performance.now()
      );
    },
    undefined,
    { polling: 'raf' },
  );
  return Math.round(((await done.jsonValue()) as number) - since);
}

const dist = values.dist ? path.resolve(values.dist) : build();
const bundles = await bundleFolders(dist);
const pages = bundles
  .map(
    (bundle) =>
      JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry,
  )
  .flatMap((entry) => Object.values(entry.languages))
  .reduce((sum, language) => sum + language.page_count, 0);
const [first, second] = queriesFor(dist);
const server = await serveDist(dist);
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await context.newPage();
const take = record(page);
await page.goto(`${server.url}search/?q=${encodeURIComponent(first)}`);
const firstMs = await settled(page, 0);
const firstBytes = await take();
const field = page.getByRole('search', { name: '搜索', exact: true }).getByRole('searchbox');
await field.fill(second);
const typedAt = await page.evaluate(() => performance.now());
await field.press('Enter');
await page.waitForFunction(
  (q) => document.querySelector('[data-search-status]')?.textContent?.includes(q),
  second,
);
const secondMs = await settled(page, typedAt);
const secondBytes = await take();
await browser.close();
await server.close();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const kinds = (t: Tally) =>
  Object.entries(t.byKind)
    .map(([k, b]) => `${k} ${kb(b)}`)
    .join(', ');
const total = bundles
  .map(sizeOf)
  .reduce((sum, size) => ({ files: sum.files + size.files, bytes: sum.bytes + size.bytes }), {
    files: 0,
    bytes: 0,
  });
console.log(`search index: ${pages} pages in ${bundles.length} bundle(s)`);
console.log(
  `  on disk: ${kb(total.bytes)} in ${total.files} files (${['index', 'filter', 'fragment'].map((d) => `${d}/ ${kb(bundles.reduce((sum, bundle) => sum + sizeOf(path.join(bundle, d)).bytes, 0))}`).join(', ')})`,
);
console.log(
  `  first query "${first}" (empty cache, search page included): ${kb(firstBytes.gzip)} gzip in ${firstBytes.requests} requests (${kinds(firstBytes)}); first result after ${firstMs} ms`,
);
console.log(
  `  second query "${second}": ${kb(secondBytes.gzip)} gzip in ${secondBytes.requests} requests (${kinds(secondBytes)}); first result after ${secondMs} ms`,
);
