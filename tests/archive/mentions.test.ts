import { expect, test } from 'vitest';
import {
  createMatcher,
  entityKey,
  excerpt,
  findMentions,
  mentionsOf,
  termsOf,
  type Term,
} from '../../src/lib/mentions.ts';
import { bulletinBlocks } from '../../src/lib/paragraphs.ts';
import { archiveOf, bulletin, entryFrom, realArchive } from './entries.ts';

const archive = realArchive();
const mentions = mentionsOf(archive);
const anchorsOf = (key: string) => (mentions.get(key) ?? []).map((m) => `${m.bulletinId}#${m.anchor}`);

test('西沟子村 is found in issue 2 under its full name and as 驻西沟子工作队', () => {
  const found = mentions.get(entityKey('villages', 'xigouzi')) ?? [];
  expect(found.map((m) => m.match)).toEqual(expect.arrayContaining(['西沟子村', '西沟子']));
  const team = found.find((m) => m.match === '西沟子');
  expect(`${team?.before}${team?.match}${team?.after}`).toContain('市住建局驻西沟子工作队');
});

test('every mention points at a passage of its bulletin and quotes that passage', () => {
  const blocks = new Map(archive.bulletins.map((b) => [b.id, bulletinBlocks(b.body ?? '')]));
  let count = 0;
  for (const [, list] of mentions) {
    for (const mention of list) {
      const block = blocks.get(mention.bulletinId)?.find((b) => b.anchor === mention.anchor);
      const quoted = `${mention.before}${mention.match}${mention.after}`.replace(/^…|…$/g, '');
      expect(block?.text).toContain(quoted);
      count += 1;
    }
  }
  expect(count).toBeGreaterThan(40);
  const wenquan = mentions.get(entityKey('towns', 'wenquan'))!;
  expect(wenquan.map((m) => m.after.slice(0, 5))).toEqual(['建立了“第']);
});

test('every village, town and unit of issue 2 is found at least once, and each passage only once per entity', () => {
  for (const [collection, entries] of [
    ['villages', archive.villages],
    ['towns', archive.towns],
    ['units', archive.units],
  ] as const) {
    for (const entry of entries) {
      const anchors = anchorsOf(entityKey(collection, entry.id));
      expect(anchors.length, `${collection}/${entry.id}`).toBeGreaterThan(0);
      expect(new Set(anchors).size).toBe(anchors.length);
    }
  }
});

test('the longest name wins: 小王家村 is not also read as 王家村', () => {
  const terms: Term[] = [
    { text: '王家村', collection: 'villages', id: 'wangjia' },
    { text: '小王家村', collection: 'villages', id: 'xiaowangjia' },
  ];
  const found = createMatcher(terms)('驻小王家村工作队与王家村');
  expect(found.map((m) => m.term.id)).toEqual(['xiaowangjia', 'wangjia']);
});

test('a unit is also found under its full name, as one mention', () => {
  const terms = termsOf({
    villages: [],
    towns: [],
    units: [entryFrom('units', 'shiweiban', 'name: 市委办\nfullName: 市委办公室')],
  });
  const found = createMatcher(terms)('市委办公室召开会议，市委办通报。');
  expect(found.map((m) => [m.term.id, m.start, m.end])).toEqual([
    ['shiweiban', 0, 5],
    ['shiweiban', 10, 13],
  ]);
});

test('a village short name is used only when long enough and no other entity uses it', () => {
  const village = (id: string, name: string) => entryFrom('villages', id, `name: ${name}`);
  const texts = termsOf({
    villages: [
      village('a', '西沟子村'),
      village('b', '王家村'),
      village('c', '东山村'),
      village('d', '东山村'),
    ],
    towns: [],
    units: [],
  }).map((t) => t.text);
  expect(texts).toContain('西沟子');
  expect(texts).not.toContain('王家');
  expect(texts).not.toContain('东山');
});

test('the excerpt keeps about forty characters each side and marks the cuts', () => {
  const text = `${'甲'.repeat(60)}西沟子村${'乙'.repeat(60)}`;
  const cut = excerpt(text, 60, 64);
  expect(cut.match).toBe('西沟子村');
  expect(cut.before).toBe(`…${'甲'.repeat(40)}`);
  expect(cut.after).toBe(`${'乙'.repeat(40)}…`);
  expect(excerpt('西沟子村好', 0, 4)).toEqual({ before: '', match: '西沟子村', after: '好' });
});

test('mentions of a draft bulletin never appear', () => {
  const drafted = entryFrom(
    'bulletins',
    'b-draft',
    'issue: 901\ndate: 2015-08-01\nissuer: 测试用合成数据\ntitle: 合成\ndraft: true',
    '\n合成村的段落。\n',
  );
  const synthetic = archiveOf({
    bulletins: [bulletin('b-1', '2015-07-01', 900, '\n开头。\n\n## 标题\n\n合成村有进展。\n'), drafted],
    villages: [entryFrom('villages', 'v', 'name: 合成村')],
  });
  expect(mentionsOf(synthetic).get('villages/v')).toEqual([
    { bulletinId: 'b-1', anchor: 'p2', before: '', match: '合成村', after: '有进展。' },
  ]);
  expect(findMentions([], createMatcher([])).size).toBe(0);
});
