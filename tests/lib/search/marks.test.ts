import { expect, test } from 'vitest';
import { markWords } from '../../../src/lib/search/marks.ts';

test('every query word is marked whole, wherever Pagefind put its own marks', () => {
  expect(markWords('驻<mark>郭家</mark>村工作队，郭家村', ['郭家村'])).toBe(
    '驻<mark>郭家村</mark>工作队，<mark>郭家村</mark>',
  );
});

test('the longer of two overlapping words wins; Latin in any case; entities are left whole', () => {
  expect(markWords('扬水站建设 Pagefind &amp; amp', ['扬水', '扬水站', 'pagefind', 'amp'])).toBe(
    '<mark>扬水站</mark>建设 <mark>Pagefind</mark> &amp; <mark>amp</mark>',
  );
});
