/**
 * `node scripts/search-quality.ts [--dist DIR]`: measures search quality on a built site two ways, plain
 * Pagefind 1.6 (its own jieba index, the query as typed) and the archive's search page, to show why the
 * archive does not use Pagefind as it comes. For every query of the known-answer table
 * (tools/search/known-answers.ts) the right answer is every page whose indexed text holds the query
 * as written; it prints recall and precision against that, the known page in the top 5, and how many
 * absent words come back empty. `--sample N` adds N words cut from the indexed text itself (2 to 4 Han
 * characters, on at most 30 pages each, the same ones every run), for archives without a table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import type { PagefindApi } from '../src/lib/search/engine.ts';
import { indexedTexts } from '../src/integrations/pagefind-files.ts';
import { launchBrowser } from '../tools/browser.ts';
import { buildArchive, ROOT } from '../tools/build.ts';
import { serveDist } from '../tools/serve.ts';
import { ABSENT_WORDS, KNOWN_ANSWERS } from '../tools/search/known-answers.ts';
import { readResults, searchFor } from '../tools/search/search-page.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string' }, sample: { type: 'string', default: '0' } },
});
const dist = values.dist
  ? path.resolve(values.dist)
  : buildArchive(path.join(ROOT, 'tests/.out/search-quality'), path.join(ROOT, 'tests/fixtures/issue2'))
      .outDir;

async function allResultPaths(page: Page, query: string): Promise<string[]> {
  await searchFor(page, '/', query);
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await page.locator('[data-search-results] > li').count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-results] > li').length > n,
      shown,
    );
  }
  return page
    .locator('[data-search-results] a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

const truthText = await indexedTexts(dist);
const truth = (query: string) =>
  [...truthText].filter(([, text]) => text.includes(query.toLowerCase())).map(([url]) => url);

/** Deterministic sample of Han words from the pages' own text. */
function sampleWords(count: number): string[] {
  const texts = [...truthText.values()].map((text) => text.match(/\p{Script=Han}{4,}/gu) ?? []).flat();
  const words = new Set<string>();
  for (let i = 0; words.size < count && i < count * 50 && texts.length > 0; i++) {
    const run = texts[(i * 7919) % texts.length]!;
    const length = 2 + (i % 3);
    const word = run.slice(
      i % Math.max(1, run.length - length),
      (i % Math.max(1, run.length - length)) + length,
    );
    if (word.length === length && truth(word).length <= 30) words.add(word);
  }
  return [...words];
}
const sampled = sampleWords(Number(values.sample));
const queries = [...KNOWN_ANSWERS.filter((a) => a.kind !== 'pinyin').map((a) => a.query), ...sampled];

const plain = `${dist}-plain-pagefind`;
fs.rmSync(plain, { recursive: true, force: true });
fs.cpSync(dist, plain, { recursive: true, filter: (src) => !src.includes(`${path.sep}pagefind`) });
const { index } = await pagefind.createIndex({});
await index!.addDirectory({ path: plain });
await index!.writeFiles({ outputPath: path.join(plain, 'pagefind') });
await pagefind.close();

const browser = await launchBrowser();
for (const [label, site] of [
  ['plain Pagefind 1.6', plain],
  ['archive search', dist],
] as const) {
  const server = await serveDist(site);
  const page = await browser.newPage();
  await page.goto(`${server.url}search/`);
  await readResults(page, '/');
  const run =
    site === plain
      ? (q: string) =>
          page.evaluate(
            async ({ q, base }) => {
              const pf = (await import(`${base}pagefind/pagefind.js`)) as Pick<PagefindApi, 'search'>;
              const { results } = await pf.search(q);
              return Promise.all(results.map(async (r) => (await r.data()).url));
            },
            { q, base: server.url },
          )
      : (q: string) => allResultPaths(page, q);
  let relevant = 0;
  let returned = 0;
  let correct = 0;
  let top5 = 0;
  let empty = 0;
  const missedWhole: string[] = [];
  for (const { query, page: known } of KNOWN_ANSWERS)
    if ((await run(query)).slice(0, 5).includes(known)) top5 += 1;
  for (const query of queries) {
    const got = await run(query);
    const right = new Set(truth(query));
    relevant += right.size;
    returned += got.length;
    const hit = got.filter((url) => right.has(url)).length;
    correct += hit;
    if (hit < right.size) missedWhole.push(`${query} ${hit}/${right.size}`);
  }
  for (const word of ABSENT_WORDS) if ((await run(word)).length === 0) empty += 1;
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(
    `${label}: recall ${pct(correct, relevant)} (${correct}/${relevant} pages holding the word), precision ${pct(correct, returned)} (${correct}/${returned} results), known page in top 5 ${top5}/${KNOWN_ANSWERS.length}, absent words empty ${empty}/${ABSENT_WORDS.length}`,
  );
  if (missedWhole.length)
    console.log(
      `  pages missed (${missedWhole.length} of ${queries.length} words): ${missedWhole.slice(0, 12).join(', ')}`,
    );
  await page.close();
  await server.close();
}
await browser.close();
fs.rmSync(plain, { recursive: true, force: true });
