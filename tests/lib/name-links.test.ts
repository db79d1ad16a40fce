import { describe, expect, test } from 'vitest';
import { renderBulletinBody } from '../../src/lib/bulletin-body.ts';
import { createMatcher, type Term } from '../../src/lib/mentions.ts';
import { linkSegments } from '../../src/lib/name-links.ts';
import { bulletinBlocks } from '../../src/lib/paragraphs.ts';

const terms: Term[] = [
  { collection: 'units', id: 'shiweiban', text: '市委办' },
  { collection: 'units', id: 'laoganbuju', text: '市委老干部局' },
  { collection: 'villages', id: 'xiaosongjia', text: '小宋家村' },
  { collection: 'villages', id: 'songjia', text: '宋家村' },
  { collection: 'towns', id: 'biguo', text: '毕郭镇' },
  { collection: 'villages', id: 'xigouzi', text: '西沟子村' },
];
const findNames = createMatcher(terms);
const segmentsOf = (text: string) => linkSegments(text, findNames(text));
const linked = (text: string) => segmentsOf(text).flatMap((s) => (s.link ? [`${s.text}→${s.link.id}`] : []));

describe('automatic name links', () => {
  test('the longest known name wins over a shorter one it contains or starts with', () => {
    expect(linked('市委老干部局驻小宋家村工作队')).toEqual([
      '市委老干部局→laoganbuju',
      '小宋家村→xiaosongjia',
    ]);
    expect(linked('市委办李海滨主任')).toEqual(['市委办→shiweiban']);
  });

  test('each entity is linked at its first name in a paragraph only', () => {
    expect(linked('到所包毕郭镇西沟子村调研，西沟子村的支部书记')).toEqual([
      '毕郭镇→biguo',
      '西沟子村→xigouzi',
    ]);
  });

  test('the text is kept exactly, only cut into runs', () => {
    const text = '市委老干部局驻小宋家村工作队对接了解到村内路没有硬化, 市委办、毕郭镇。西沟子村';
    expect(
      segmentsOf(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  test('text with no known name is one plain run', () => {
    expect(segmentsOf('督查发现的问题')).toEqual([{ text: '督查发现的问题' }]);
  });
});

test('rendered blocks carry the anchors bulletinBlocks gives, with heading levels for the page outline', () => {
  const body = '\n导语，毕郭镇。\n\n## 一、情况\n\n市委办\n驻村。\n\n### (一)细节\n\n# 顶级标题\n\n末段。\n';
  const blocks = renderBulletinBody(body, findNames);
  expect(blocks.map((b) => b.anchor)).toEqual(bulletinBlocks(body).map((b) => b.anchor));
  expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.level)).toEqual([2, 3, 2]);
  expect(blocks[2]?.html).toBe('<a class="name" href="/units/shiweiban/">市委办</a>驻村。');
});
