import { expect, test } from 'vitest';
import { latestDate } from '../../../src/lib/search/as-of.ts';

test('an entity is dated by its latest report; with none it has no date', () => {
  expect(latestDate(['2015-07-03', undefined, '2016-01-20', '2015-12-01'])).toBe('2016-01-20');
  expect(latestDate([undefined])).toBeUndefined();
});
