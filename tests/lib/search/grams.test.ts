import { expect, test } from 'vitest';
import { gramCode, phraseWords, withoutTrigrams, withTrigrams } from '../../../src/lib/search/grams.ts';
import { spaceHan } from '../../../src/lib/search/han-spacing.ts';

const words = (text: string) => spaceHan(text).split(' ');

test('a trigram is spelled in lowercase letters, four per character, the same for the same characters', () => {
  expect(gramCode('郭家村')).toMatch(/^[a-z]{12}$/);
  expect(gramCode('郭家村')).toBe(gramCode('郭家') + gramCode('村'));
  expect(gramCode('郭家村')).not.toBe(gramCode('郭家庄'));
  // A character outside the basic plane (CJK extension B) has a code of its own too.
  expect(gramCode('𠀀')).not.toBe(gramCode('一'));
});

test('each Han word two more Han words follow carries the trigram it starts; punctuation and digits end a run', () => {
  expect(withTrigrams(words('郭家村，筹集35万元'))).toEqual([
    `郭-${gramCode('郭家村')}`,
    '家',
    '村',
    '，',
    '筹',
    '集',
    '35',
    '万',
    '元',
  ]);
});

test('a query word of three or more characters is a phrase of its trigrams; a shorter one of its characters', () => {
  expect(phraseWords(words('测试甲甲甲村'))).toEqual(['测试甲', '试甲甲', '甲甲甲', '甲甲村'].map(gramCode));
  expect(phraseWords(words('扬水站'))).toEqual([gramCode('扬水站')]);
  expect(phraseWords(words('沼气'))).toEqual(['沼', '气']);
  expect(phraseWords(words('村'))).toEqual(['村']);
});

test('what follows a run within the word keeps its place: the run ends in characters there', () => {
  expect(phraseWords(words('35万元'))).toEqual(['35', '万', '元']);
  expect(phraseWords(words('4000余米'))).toEqual(['4000', '余', '米']);
  expect(phraseWords(words('扬水站2号'))).toEqual([gramCode('扬水站'), '水', '站', '2', '号']);
  expect(phraseWords(words('第2期'))).toEqual(['第', '2', '期']);
});

test('a phrase found in the index is the word: the phrase sits at the word position by position', () => {
  const indexed = withTrigrams(words('市残联驻郭家村筹集资金35万元，扬水站2号')).map((w) => w.split('-'));
  const at = (phrase: string[]) =>
    indexed.findIndex((_, i) => phrase.every((w, j) => indexed[i + j]?.includes(w)));
  expect(at(phraseWords(words('郭家村')))).toBe(4);
  expect(at(phraseWords(words('资金35万元')))).toBe(9);
  expect(at(phraseWords(words('扬水站2号')))).toBe(15);
  // Characters side by side only across a comma, never a word.
  expect(at(phraseWords(words('万元扬水')))).toBe(-1);
  expect(at(phraseWords(words('元扬水')))).toBe(-1);
});

test('trigrams are taken out again for display, across highlight marks', () => {
  const text = withTrigrams(words('郭家村帮扶')).join(' ');
  expect(withoutTrigrams(`<mark>${text}</mark>`)).toBe('<mark>郭 家 村 帮 扶</mark>');
  expect(withoutTrigrams('e-mail 2015-07')).toBe('e-mail 2015-07');
});
