import { expect, test } from 'vitest';
import { bulletinBlocks } from '../../src/lib/paragraphs.ts';

test('headings and paragraphs are numbered separately, in document order', () => {
  const body = '\n导语。\n\n## 一、督查基本情况\n\n第一段,\n续行。\n\n## 二、问题\n\n第二段。\n';
  expect(bulletinBlocks(body)).toEqual([
    { kind: 'paragraph', anchor: 'p1', text: '导语。' },
    { kind: 'heading', anchor: 's1', text: '一、督查基本情况' },
    { kind: 'paragraph', anchor: 'p2', text: '第一段,续行。' },
    { kind: 'heading', anchor: 's2', text: '二、问题' },
    { kind: 'paragraph', anchor: 'p3', text: '第二段。' },
  ]);
});
