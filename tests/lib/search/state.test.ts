import { expect, test } from 'vitest';
import { readSearchState, writeSearchState } from '../../../src/lib/search/state.ts';

test('a shared address gives back the same query, filters and order', () => {
  const state = { q: '扬水站', filters: { type: '帮扶事项', town: '毕郭镇' }, sort: 'newest' as const };
  expect(readSearchState(new URLSearchParams(writeSearchState(state)))).toEqual(state);
});

test('defaults are left out of the address and unknown parameters ignored', () => {
  expect(writeSearchState({ q: '沼气', filters: {}, sort: 'relevance' })).toBe('?q=%E6%B2%BC%E6%B0%94');
  expect(readSearchState(new URLSearchParams('q=+沼气+&type=&sort=random&page=3&colour=red'))).toEqual({
    q: '沼气',
    filters: {},
    sort: 'relevance',
  });
});
