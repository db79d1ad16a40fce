import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSite, copyContent, type BuildResult } from '../support/build.ts';

/** The bundled content plus one synthetic later bulletin, so that 2015-07 上旬 has passed. */
let build: BuildResult;
beforeAll(() => {
  const dir = copyContent('archive-late');
  fs.writeFileSync(
    path.join(dir, 'bulletins/2015-03.mdx'),
    [
      '---',
      'issue: 3',
      'date: 2015-07-20',
      'issuer: 测试用合成数据',
      'title: 合成简报（测试逾期标记用，非真实简报）',
      '---',
      '',
      '本期为测试生成的合成简报，不含真实内容。',
      '',
    ].join('\n'),
  );
  build = buildSite('archive-late', { contentDir: dir });
});

const read = (file: string) => fs.readFileSync(path.join(build.outDir, file), 'utf8');
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');

test('an item past its expected completion by the latest bulletin is flagged 逾期 on every page it appears', () => {
  expect(build.ok, build.output).toBe(true);
  const row = /<tr id="item-xigouzi-jiashan-yuchi"[\s\S]*?<\/tr>/.exec(read('items/index.html'))?.[0] ?? '';
  expect(textOf(row)).toContain('逾期');
  expect(textOf(read('items/xigouzi-jiashan-yuchi/index.html'))).toMatch(/进展：◕施工中!逾期/);
  for (const page of ['villages/xigouzi', 'units/zhujianju', 'towns/biguo']) {
    expect(textOf(read(`${page}/index.html`)), page).toMatch(/假山、观赏鱼池工程[^预]*逾期/);
  }
});

test('the late page lists exactly the overdue items and says what date it measured against', () => {
  const late = read('items/late/index.html');
  expect([...late.matchAll(/<tr id="item-([a-z0-9-]+)"/g)].map((m) => m[1])).toEqual([
    'xigouzi-jiashan-yuchi',
  ]);
  expect(textOf(late)).toContain('2015年7月20日');
});

test('an item whose period has not ended yet (2015-08) and completed items are not flagged', () => {
  const row = /<tr id="item-xigouzi-wenhua-dayuan"[\s\S]*?<\/tr>/.exec(read('items/index.html'))?.[0] ?? '';
  expect(textOf(row)).not.toContain('逾期');
  const csv = read('data/items.csv');
  expect(csv.split('\n').filter((line) => line.includes(',逾期,'))).toHaveLength(1);
});
