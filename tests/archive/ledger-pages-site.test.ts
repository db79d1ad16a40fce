import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BuildResult } from '../support/build.ts';
import { PAGE_SIZE, TINY, buildTinyLedger } from './ledger-pages-fixture.ts';

let build: BuildResult;
let contentDir: string;
beforeAll(() => {
  ({ build, contentDir } = buildTinyLedger('ledger-pages'));
});
afterAll(() => fs.rmSync(contentDir, { recursive: true, force: true }));

const fileOf = (urlPath: string) => path.join(build.outDir, urlPath, 'index.html');
const read = (urlPath: string) => fs.readFileSync(fileOf(urlPath), 'utf8');
const rowIds = (html: string) => [...html.matchAll(/<tr id="item-([^"]+)"/g)].map((m) => m[1]);
const paginationLinks = (html: string) => {
  const nav = /<nav[^>]*aria-label="分页"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
};
/** Every page of a table, following its 下一页 links from the first. */
function pagesFrom(first: string): string[] {
  const pages = [first];
  for (;;) {
    const next = /<a href="([^"]+)" rel="next"/.exec(read(pages.at(-1)!))?.[1];
    if (!next) return pages;
    pages.push(next);
  }
}
const facetCount = (html: string, facet: string, value: string) =>
  Number(
    new RegExp(
      `data-facet="${facet}" data-value="${value}"[\\s\\S]*?<span data-count[^>]*>(\\d+)</span>`,
    ).exec(html)?.[1],
  );

test('a ledger longer than one page is split into numbered pages that list every item exactly once', () => {
  expect(build.ok, build.output).toBe(true);
  const items = fs.readdirSync(path.join(contentDir, 'items')).length;
  expect(items).toBe(TINY.items);
  const pages = pagesFrom('/items/');
  expect(pages.slice(0, 2)).toEqual(['/items/', '/items/2/']);
  expect(pages).toHaveLength(Math.ceil(items / PAGE_SIZE));
  const ids = pages.flatMap((page) => rowIds(read(page)));
  expect(ids).toHaveLength(items);
  expect(new Set(ids).size).toBe(items);
  for (const page of pages) expect(rowIds(read(page)).length, page).toBeLessThanOrEqual(PAGE_SIZE);
});

test('every pagination link opens a built page, and the current page is marked', () => {
  for (const page of pagesFrom('/items/')) {
    const html = read(page);
    for (const href of paginationLinks(html))
      expect(fs.existsSync(fileOf(href)), `${page} → ${href}`).toBe(true);
    expect(html).toMatch(new RegExp(`<a href="${page}" aria-current="page"`));
    expect(html).toContain(page === '/items/' ? '下一页' : '上一页');
  }
});

test('a paginated ledger counts all items in its facets on every page, and leaves filtering to the facet pages', () => {
  for (const page of ['/items/', '/items/2/']) {
    const html = read(page);
    expect(html, page).not.toContain('<item-ledger');
    expect(html, page).not.toContain('data-facet="unit"');
    const completed = facetCount(html, 'status', 'completed');
    const pages = pagesFrom('/items/status/completed/');
    expect(
      pages.flatMap((p) => rowIds(read(p))),
      page,
    ).toHaveLength(completed);
    expect(completed).toBeGreaterThan(PAGE_SIZE);
    expect(pages[1]).toBe('/items/status/completed/2/');
    const statuses = [...html.matchAll(/data-facet="status" data-value="([^"]+)"/g)].map((m) => m[1]!);
    expect(statuses.reduce((sum, value) => sum + facetCount(html, 'status', value), 0)).toBe(TINY.items);
  }
});

test('a table that fits on one page stays whole, with no page links', () => {
  const ids = rowIds(read('/items/late/'));
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThanOrEqual(PAGE_SIZE);
  expect(paginationLinks(read('/items/late/'))).toEqual([]);
  expect(fs.existsSync(fileOf('/items/late/2/'))).toBe(false);
});
