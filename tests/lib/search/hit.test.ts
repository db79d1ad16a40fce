import { expect, test } from 'vitest';
import { hitHref } from '../../../src/lib/search/hit.ts';

const anchors = [
  { element: 'h2', id: 's1', location: 40 },
  { element: 'p', id: 'p3', location: 60 },
  { element: 'p', id: 'p4', location: 90 },
];

test('a result opens the page at the passage holding the hit, with the words to highlight', () => {
  expect(hitHref('/bulletins/2015-02/', ['扬水站'], anchors, 75)).toBe(
    '/bulletins/2015-02/?highlight=%E6%89%AC%E6%B0%B4%E7%AB%99#p3',
  );
});

test('a hit before any passage, such as in the title, opens the top of the page', () => {
  expect(hitHref('/villages/guojia/', ['郭家村', 'xigouzi'], anchors, 2)).toBe(
    '/villages/guojia/?highlight=%E9%83%AD%E5%AE%B6%E6%9D%91&highlight=xigouzi',
  );
});
