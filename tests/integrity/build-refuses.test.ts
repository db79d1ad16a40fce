import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, copyContent } from '../support/build.ts';

/** Each case breaks one file of a copy of the real content and builds it. */
describe.each([
  {
    what: 'a broken reference',
    file: 'teams/zhujianju.md',
    edit: (text: string) => text.replace('village: xigouzi', 'village: xigouzhi'),
    expected: ['teams/zhujianju.md:3  village', '找不到后进村“xigouzhi”'],
  },
  {
    what: 'an impossible date',
    file: 'bulletins/2015-02.mdx',
    edit: (text: string) => text.replace('date: 2015-07-03', 'date: 2015-13-45'),
    expected: ['bulletins/2015-02.mdx:4  date', '2015-13-45'],
  },
  {
    what: 'broken YAML',
    file: 'villages/guojia.md',
    edit: (text: string) => text.replace('name: 郭家村', 'name: [郭家村'),
    expected: ['villages/guojia.md:', '字段区（YAML）写法有误'],
  },
  {
    what: 'a missing title',
    file: 'items/guojia-yangshuizhan.md',
    edit: (text: string) => text.replace(/^title: .*\n/m, ''),
    expected: ['items/guojia-yangshuizhan.md:2  title', '缺少必填字段'],
  },
])('the build refuses $what', ({ file, edit, expected }) => {
  test('and names the file, the field and the value', () => {
    const dir = copyContent(`broken-${path.basename(file, path.extname(file))}`);
    const target = path.join(dir, file);
    fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
    const result = buildSite(`broken-${path.basename(file)}`, { contentDir: dir });
    expect(result.ok).toBe(false);
    for (const fragment of expected) expect(result.output).toContain(fragment);
    expect(result.output).toContain('网站未生成');
  });
});
