import { expect, test } from 'vitest';
import { datesFile, datesLoader, readDates } from '../../../src/lib/search/dates.ts';

test('pages’ dates survive the file, across several bundles; undated pages are left out', () => {
  const a = datesFile([
    { id: 'zh-cn_b', date: '2015-07-03' },
    { id: 'zh-cn_a', date: '2015-07-03' },
    { id: 'zh-cn_c', date: undefined },
  ]);
  expect(a).toEqual({ '2015-07-03': ['zh-cn_a', 'zh-cn_b'] });
  const dates = readDates([a, { '2016-01-05': ['zh-cn_d'] }, undefined]);
  expect([...dates]).toEqual([
    ['zh-cn_a', '2015-07-03'],
    ['zh-cn_b', '2015-07-03'],
    ['zh-cn_d', '2016-01-05'],
  ]);
});

test('dates are read once, when first asked for; a bundle without them leaves its pages undated', async () => {
  const asked: string[] = [];
  const load = datesLoader(['/pagefind/', '/pagefind-1/'], (url) => {
    asked.push(url);
    return url.startsWith('/pagefind/')
      ? Promise.resolve({ '2015-07-03': ['x'] })
      : Promise.reject(new Error('404'));
  });
  expect(asked).toEqual([]);
  expect([...(await load())]).toEqual([['x', '2015-07-03']]);
  await load();
  expect(asked).toEqual(['/pagefind/archive-dates.json', '/pagefind-1/archive-dates.json']);
});
