import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { watchPage } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../../tools/serve.ts';
import { ABSENT_WORDS, FIRST_RESULTS, KNOWN_ANSWERS } from '../../tools/search/known-answers.ts';
import { readResults, searchFor } from '../../tools/search/search-page.ts';

/** Visible text of every page the search indexes, to check the table against the site itself. */
function indexedText(dist: string): string {
  const files = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'));
  return files
    .map((f) => fs.readFileSync(path.join(dist, f), 'utf8'))
    .filter((html) => html.includes('data-pagefind-body'))
    .map((html) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ''))
    .join('\n');
}

/** The same questions to the index as one bundle and as shards: a large archive must answer alike. */
describe.each([
  ['one bundle', 'siteDist'],
  ['cut into shards', 'shardedDist'],
] as const)('search with its index as %s', (label, dist) => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let watched: ReturnType<typeof watchPage>;
  const base = '/';
  const found: string[] = [];
  const emptyAbsent: string[] = [];

  beforeAll(async () => {
    server = await serveDist(inject(dist), base);
    browser = await launchBrowser();
    page = await browser.newPage();
    watched = watchPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}search/`);
    await readResults(page, base);
  });

  afterAll(async () => {
    console.log(
      `search recall (${label}): ${found.length}/${KNOWN_ANSWERS.length} in top 5, ${emptyAbsent.length}/${ABSENT_WORDS.length} absent empty`,
    );
    await browser?.close();
    await server?.close();
  });

  describe('every known answer is among the first five results', () => {
    test.each(KNOWN_ANSWERS)('$query ($kind) finds $page', async ({ query, page: expected }) => {
      expect(fs.existsSync(path.join(inject(dist), expected, 'index.html')), `${expected} is not built`).toBe(
        true,
      );
      const { paths } = await searchFor(page, base, query);
      expect(paths.slice(0, 5)).toContain(expected);
      found.push(query);
    });
  });

  describe('a word found nowhere on the site returns nothing', () => {
    const text = () => indexedText(inject(dist));
    test.each(ABSENT_WORDS)('%s: no result, and the indexes are offered instead', async (word) => {
      expect(text().toLowerCase(), `${word} does occur on the site; the table is wrong`).not.toContain(word);
      const { status, paths } = await searchFor(page, base, word);
      expect(paths).toEqual([]);
      expect(status).toContain('没有找到');
      await expect
        .poll(() => page.getByRole('navigation', { name: '按目录查找' }).getByRole('link').allInnerTexts())
        .toEqual(['全部简报', '后进村', '帮扶事项']);
      emptyAbsent.push(word);
    });
  });

  describe('precision', () => {
    test.each(FIRST_RESULTS)(
      '$query puts $page first, ahead of pages that only mention it',
      async ({ query, page: expected }) => {
        const { paths } = await searchFor(page, base, query);
        expect(paths[0]).toBe(expected);
      },
    );

    test.each(['扬水站', '刘敬东', '村情民意一本通', '水井'])(
      'every result for %s holds the whole word',
      async (query) => {
        const { texts } = await searchFor(page, base, query);
        expect(texts.length).toBeGreaterThan(0);
        for (const text of texts) expect(text.replace(/\s/g, '')).toContain(query);
      },
    );

    test('the page stayed quiet: no console message, no request to another origin', () => {
      expect(watched.consoleMessages).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
    });
  });
});

test('the fixture cut into shards of 25 pages is several bundles with a router, so the second run above tests shards', () => {
  const layout = JSON.parse(
    fs.readFileSync(path.join(inject('shardedDist'), 'pagefind', 'archive-shards.json'), 'utf8'),
  ) as { shards: string[]; routerChunks: number };
  expect(layout.shards.length).toBeGreaterThan(2);
  expect(layout.routerChunks).toBeGreaterThan(0);
});
