import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/integrity/problem.ts';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import { quoteIsIn, quoteProblems } from '../../src/lib/integrity/quotes.ts';
import type { CheckedEntry } from '../../src/lib/integrity/rules.ts';
import { checkEntry } from '../../src/lib/integrity/validate.ts';
import type { CollectionName } from '../../src/schemas/common.ts';

function entry(collection: CollectionName, file: string, text: string): CheckedEntry {
  const raw = parseEntry(collection, file, text).entry;
  const checked = raw && checkEntry(raw).entry;
  if (!checked) throw new Error(`fixture ${file} does not pass its schema`);
  return checked;
}

const BODY = '测试段落：截至目前,已种植测试苗木80余亩;\n整治绿化2条街道。\n';

describe.each([
  ['the same words with full-width commas', '截至目前，已种植测试苗木80余亩', true],
  ['the words across the line break', '80余亩;整治绿化', true],
  ['full-width digits', '８０余亩', true],
  ['one character changed', '截至目前,已种植测试苗木90余亩', false],
  ['words the bulletin does not have', '已全部完工', false],
])('a quote of %s', (_what, quote, found) => {
  test(found ? 'is found in the body' : 'is not found in the body', () => {
    expect(quoteIsIn(quote, BODY)).toBe(found);
  });
});

test('an item report whose quote is not in its bulletin fails with the file, the list position and the quote', () => {
  const bulletin = entry(
    'bulletins',
    'bulletins/2030-01.mdx',
    `---\nissue: 1\ndate: 2030-01-05\nissuer: 测试用合成数据\ntitle: 合成简报\n---\n\n${BODY}`,
  );
  const item = entry(
    'items',
    'items/test-trees.md',
    '---\ntitle: 测试苗木\nteam: dui-jia\ncategory: greening\nhistory:\n  - status: planned\n    bulletin: 2030-01\n    quote: 已种植测试苗木80余亩\n  - status: completed\n    bulletin: 2030-01\n    quote: 测试苗木已全部完工\n---\n',
  );
  expect(quoteProblems([bulletin, item]).map(formatProblem)).toEqual([
    'items/test-trees.md:11  history[1].quote  错误：引文在 bulletins/2030-01.mdx 的正文中找不到：“测试苗木已全部完工”。引文必须逐字摘自该期简报正文（全角半角标点、空格和换行不计），请对照原文改正或删去',
  ]);
});

test('a quote of an editor comment is not found: a comment never publishes', () => {
  const bulletin = entry(
    'bulletins',
    'bulletins/2030-01.mdx',
    `---\nissue: 1\ndate: 2030-01-05\nissuer: 测试用合成数据\ntitle: 合成简报\n---\n\n${BODY}\n{/* 测试苗木已全部完工 */}\n`,
  );
  const item = entry(
    'items',
    'items/test-trees.md',
    '---\ntitle: 测试苗木\nteam: dui-jia\ncategory: greening\nhistory:\n  - status: completed\n    bulletin: 2030-01\n    quote: 测试苗木已全部完工\n---\n',
  );
  expect(quoteProblems([bulletin, item]).map(formatProblem)).toEqual([
    expect.stringContaining(
      'items/test-trees.md:8  history[0].quote  错误：引文在 bulletins/2030-01.mdx 的正文中找不到',
    ),
  ]);
});
