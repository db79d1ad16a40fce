import { expect, test } from 'vitest';
import {
  applyFilters,
  facetCounts,
  facetValues,
  pagefindFilters,
  type FilterMembership,
} from '../../../src/lib/search/facets.ts';

const membership: FilterMembership = new Map([
  [
    'type',
    new Map([
      ['简报', new Set(['b1', 'b2'])],
      ['村', new Set(['v1'])],
      ['帮扶事项', new Set(['i1'])],
    ]),
  ],
  [
    'year',
    new Map([
      ['2015', new Set(['b1', 'i1'])],
      ['2016', new Set(['b2'])],
    ]),
  ],
  ['town', new Map([['毕郭镇', new Set(['v1', 'i1'])]])],
]);
const ids = ['b1', 'b2', 'v1', 'i1'];

test('results keep only pages carrying every chosen value, in their order', () => {
  expect(applyFilters(ids, membership, { type: '简报', year: '2016' })).toEqual(['b2']);
  expect(applyFilters(ids, membership, {})).toEqual(ids);
});

test('a filter counts its values as if it were not chosen, so a choice can be swapped', () => {
  const counts = facetCounts(ids, membership, { type: '村' });
  expect(counts.type).toEqual([
    { value: '简报', count: 2 },
    { value: '帮扶事项', count: 1 },
    { value: '村', count: 1 },
  ]);
  expect(counts.year).toEqual([]);
  expect(counts.town).toEqual([{ value: '毕郭镇', count: 1 }]);
});

test('years are listed newest first; values that would leave nothing are dropped unless chosen', () => {
  expect(facetCounts(ids, membership, {}).year.map((v) => v.value)).toEqual(['2016', '2015']);
  expect(facetCounts(['v1'], membership, { year: '2016' }).year).toEqual([{ value: '2016', count: 0 }]);
});

test("Pagefind's counts are listed the same way: empty values dropped unless chosen", () => {
  expect(facetValues('type', { 简报: 1, 村: 0, 帮扶事项: 3 })).toEqual([
    { value: '帮扶事项', count: 3 },
    { value: '简报', count: 1 },
  ]);
  expect(facetValues('type', { 村: 0 }, '村')).toEqual([{ value: '村', count: 0 }]);
});

test('filters go to Pagefind without the one being counted', () => {
  expect(pagefindFilters({ type: '村', year: '2015' }, 'year')).toEqual({ type: '村' });
});
