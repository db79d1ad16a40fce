import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import {
  chineseVoice,
  elderHeadScript,
  ELDER_SCALES,
  ELDER_STORAGE_KEY,
  fontSizeOf,
  parseStep,
  speechChunks,
} from '../../src/lib/elder-mode.ts';

describe.each([
  ['1', 1],
  ['4', 4],
  ['0', 0],
  ['5', 0],
  ['1.5', 0],
  ['on', 0],
  [null, 0],
])('the stored value %j', (stored, step) => {
  test(`is step ${step}`, () => expect(parseStep(stored)).toBe(step));
});

test('the steps run from 1.25× to 2× the default text size', () => {
  expect(ELDER_SCALES[0]).toBe(1.25);
  expect(ELDER_SCALES.at(-1)).toBe(2);
  expect([0, 1, 4].map(fontSizeOf)).toEqual(['', '125%', '200%']);
});

test('the head script applies a stored step to the root before paint and ignores a bad one', () => {
  const run = (stored: string | null) => {
    const attributes = new Map<string, string>();
    const root = { setAttribute: (k: string, v: string) => attributes.set(k, v), style: { fontSize: '' } };
    const storage = { getItem: (key: string) => (key === ELDER_STORAGE_KEY ? stored : null) };
    runInNewContext(elderHeadScript(), { document: { documentElement: root }, localStorage: storage });
    return { elder: attributes.get('data-elder'), js: attributes.has('data-js'), size: root.style.fontSize };
  };
  expect(run('2')).toEqual({ elder: '2', js: true, size: '150%' });
  expect(run('9')).toEqual({ elder: undefined, js: true, size: '' });
  expect(run(null)).toEqual({ elder: undefined, js: true, size: '' });
});

test('a zh-CN voice is preferred, another Mandarin voice taken, and none found among other languages', () => {
  const voice = (lang: string) => ({ lang, name: lang });
  expect(chineseVoice([voice('en-US'), voice('zh-TW'), voice('zh-CN')])?.lang).toBe('zh-CN');
  expect(chineseVoice([voice('en-US'), voice('zh_CN')])?.lang).toBe('zh_CN');
  expect(chineseVoice([voice('en-US'), voice('zh-HK')])?.lang).toBe('zh-HK');
  expect(chineseVoice([voice('en-US'), voice('ja-JP')])).toBeUndefined();
});

test('text is read in sentences no longer than the limit, and nothing is dropped', () => {
  const text =
    '一、督查基本情况\n为全面掌握进展情况，组织了5个督查组。现将督查情况通报如下：' + '长'.repeat(25);
  const chunks = speechChunks(text, 20);
  expect(chunks.every((c) => c.length <= 20)).toBe(true);
  expect(chunks.join('')).toBe(text.replace(/\n/g, ''));
  expect(speechChunks('  \n ')).toEqual([]);
});
