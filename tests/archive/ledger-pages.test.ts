import { expect, test } from 'vitest';
import { facetCounts, ledgerOf } from '../../src/lib/ledger.ts';
import {
  DEFAULT_LEDGER_PAGE_SIZE,
  facetPages,
  groupByFacet,
  laterPages,
  pageCount,
  pagePath,
  pageRows,
  pageWindow,
  parsePageSize,
} from '../../src/lib/ledger-pages.ts';
import { FACETS } from '../../src/lib/ledger-query.ts';
import { realArchive } from './entries.ts';

const rows = ledgerOf(realArchive());

test('a table of up to one page stays whole; one row more starts a second page', () => {
  expect(pageCount(0, 10)).toBe(1);
  expect(pageCount(10, 10)).toBe(1);
  expect(pageCount(11, 10)).toBe(2);
  expect(pageCount(30_000, 1000)).toBe(30);
  expect(laterPages(10, 10)).toEqual([]);
  expect(laterPages(25, 10)).toEqual([2, 3]);
});

test('the pages of a table hold every row once, in order, none repeated or lost', () => {
  const numbers = Array.from({ length: 23 }, (_, i) => i);
  const pages = [1, 2, 3].map((page) => pageRows(numbers, page, 10));
  expect(pages.map((p) => p.length)).toEqual([10, 10, 3]);
  expect(pages.flat()).toEqual(numbers);
});

test('page 1 keeps the table’s own URL and later pages add their number', () => {
  expect(pagePath('/items/', 1)).toBe('/items/');
  expect(pagePath('/items/status/completed/', 3)).toBe('/items/status/completed/3/');
});

test('the page links list the first, the last and a window around the current page, with gaps marked', () => {
  expect(pageWindow(1, 1)).toEqual([1]);
  expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
  expect(pageWindow(1, 3000)).toEqual([1, 2, 3, null, 3000]);
  expect(pageWindow(1500, 3000)).toEqual([1, null, 1498, 1499, 1500, 1501, 1502, null, 3000]);
  expect(pageWindow(3000, 3000)).toEqual([1, null, 2998, 2999, 3000]);
  expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
});

test('the page size comes from ARCHIVE_LEDGER_PAGE_SIZE when it is a positive whole number', () => {
  expect(parsePageSize('200')).toBe(200);
  for (const text of [undefined, '', '0', '-5', '2.5', 'abc'])
    expect(parsePageSize(text)).toBe(DEFAULT_LEDGER_PAGE_SIZE);
});

test('grouping the ledger once gives each facet value exactly the rows filtering would give', () => {
  const groups = groupByFacet(rows);
  for (const facet of FACETS) {
    const values = new Set(rows.map((row) => row.facets[facet]));
    expect([...groups[facet].keys()].sort(), facet).toEqual([...values].sort());
    for (const value of values)
      expect(groups[facet].get(value), `${facet}=${value}`).toEqual(
        rows.filter((r) => r.facets[facet] === value),
      );
  }
});

test('every facet value gets as many pages as its rows need, each page counting all its rows', () => {
  const pages = facetPages(rows, 2);
  const counts = facetCounts(rows);
  for (const facet of FACETS)
    for (const { value, count } of counts[facet]) {
      const own = pages.filter((p) => p.facet === facet && p.value === value);
      expect(
        own.map((p) => p.page),
        `${facet}=${value}`,
      ).toEqual(Array.from({ length: Math.ceil(count / 2) }, (_, i) => i + 1));
      expect(own.every((p) => p.rows.length === count)).toBe(true);
    }
});
