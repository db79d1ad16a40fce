import { expect, test } from 'vitest';
import type { Weight } from '../../tools/bench/browser.ts';
import { renderReport, summaryLine, type BenchResult } from '../../tools/bench/report.ts';
import { SCALES } from '../../tools/fixture/scales.ts';

const weight = (gzipKb: number): Weight => {
  const bytes = { raw: gzipKb * 3 * 1024, gzip: gzipKb * 1024 };
  const none = { raw: 0, gzip: 0 };
  return { html: bytes, css: none, js: none, other: none, total: bytes, requests: 1, files: [] };
};

const result = (search: Partial<BenchResult['search']>): BenchResult => ({
  scale: SCALES.county,
  commit: 'abc1234',
  machine: '2 cores',
  generate: { files: 1530, ms: 200 },
  runs: 2,
  notes: [],
  ours: { ok: true, pages: 1500, wallMs: 15_000, peakRssBytes: 900 * 2 ** 20 },
  floor: { ok: true, pages: 1500, wallMs: 12_000, peakRssBytes: 1200 * 2 ** 20 },
  kinds: [{ kind: '/villages/*/', pages: 120, renderMs: 240 }],
  search: { indexSource: 'build log', indexBytes: 1, indexFiles: 1, queries: ['甲', '乙'], ...search },
  weights: [{ kind: 'bulletin', path: '/bulletins/2015-001/', weight: weight(8) }],
});

test('the benchmark ends with pages, ms per page, the floor ratio, search bytes and the phone time', () => {
  const profile = {
    oneWord: weight(180),
    twoWords: weight(260),
    filterPanel: { weight: weight(90), searches: 12, ms: 800 },
    twoWordSearches: 3,
    phoneFirstResultMs: 2_400,
  };
  const r = result({ profile });
  expect(summaryLine(r)).toBe(
    'bench: 1500 pages, 10.0 ms/page, 1.25× the bare-Astro floor, search 180.0 KB/query (one word), 260.0 KB two words, first result on a phone 2.4 s',
  );
  expect(renderReport(r)).toContain('| then the filter panel | 1 | 270.0 KB | **90.0 KB** | 12 | 0.8 s |');
});

test('without a search page the summary and the report say n/a instead of failing', () => {
  const r = result({});
  expect(summaryLine(r)).toMatch(/search n\/a KB\/query$/);
  expect(renderReport(r)).toContain('| first | n/a | n/a | n/a |');
});
