import { expect, test } from 'vitest';
import { gramCode } from '../../../src/lib/search/grams.ts';
import { MAX_TERMS, parseQuery, rankingQuery } from '../../../src/lib/search/query.ts';

test('a Chinese word is searched as its trigrams side by side, a short one as its characters', () => {
  const [a, b] = [gramCode('扬水站'), gramCode('水站建')];
  expect(parseQuery('扬水站建')).toEqual([{ text: '扬水站建', exact: `"${a} ${b}"`, loose: `${a} ${b}` }]);
  expect(parseQuery('沼气')).toEqual([{ text: '沼气', exact: '"沼 气"', loose: '沼 气' }]);
});

test('spaces and punctuation, full-width or not, separate words', () => {
  expect(parseQuery(' 刘敬东，沼气　“村情民意一本通” ').map((t) => t.text)).toEqual([
    '刘敬东',
    '沼气',
    '村情民意一本通',
  ]);
});

test('full-width digits and capitals are read as ASCII, Latin in lower case', () => {
  expect(parseQuery('８２４９２８４ XiGouZi').map((t) => t.exact)).toEqual(['"8249284"', '"xigouzi"']);
});

test('a word mixing digits and Han keeps its parts in order', () => {
  expect(parseQuery('35万元')[0]?.exact).toBe('"35 万 元"');
});

test('repeated words count once, and at most a handful are searched', () => {
  expect(parseQuery('沼气 沼气')).toHaveLength(1);
  expect(parseQuery('一 二 三 四 五 六 七 八 九 十')).toHaveLength(MAX_TERMS);
});

test('a query of punctuation only has no words', () => {
  expect(parseQuery('，。！ ""')).toEqual([]);
});

test('the ranking search has the terms of every word', () => {
  expect(rankingQuery(parseQuery('郭家村 xigouzi 沼气'))).toBe(`${gramCode('郭家村')} xigouzi 沼 气`);
});
