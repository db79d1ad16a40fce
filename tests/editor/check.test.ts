import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyContent } from '../support/build.ts';
import { runScript } from './run.ts';

/** Breaks files of a copy of the real content, then runs `npm run check` on it. */
function checkBroken(name: string, edits: Record<string, (text: string) => string>) {
  const dir = copyContent(`check-${name}`);
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    fs.writeFileSync(target, edit(fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''));
  }
  return runScript('check', [], { ARCHIVE_CONTENT_DIR: dir });
}

const bulletin2 = fs.readFileSync(
  path.join(import.meta.dirname, '../../src/content/bulletins/2015-02.mdx'),
  'utf8',
);

describe.each([
  {
    what: 'broken YAML',
    file: 'villages/guojia.md',
    edit: (text: string) => text.replace('name: 郭家村', 'name: [郭家村'),
    expected: ['villages/guojia.md:', '（字段区）', '字段区（YAML）写法有误'],
  },
  {
    what: 'an unknown reference',
    file: 'teams/zhujianju.md',
    edit: (text: string) => text.replace('village: xigouzi', 'village: xigouzhi'),
    expected: ['teams/zhujianju.md:3  village', '找不到后进村“xigouzhi”'],
  },
  {
    what: 'an impossible date',
    file: 'bulletins/2015-02.mdx',
    edit: (text: string) => text.replace('date: 2015-07-03', 'date: 2015-02-30'),
    expected: ['bulletins/2015-02.mdx:4  date', '日期不存在或格式不对：2015-02-30'],
  },
  {
    what: 'a duplicate issue number',
    file: 'bulletins/2015-02b.mdx',
    edit: () => bulletin2.replace('draft: false', 'draft: true'),
    expected: ['bulletins/2015-02b.mdx:3  issue', '期号重复：2015年第2期已由', 'bulletins/2015-02.mdx 使用'],
  },
  {
    what: 'an unclosed MDX tag',
    file: 'bulletins/2015-02.mdx',
    edit: (text: string) => text.replace('## 二、督查发现的问题', '## 二、督查发现的问题\n\n<Note>'),
    expected: ['bulletins/2015-02.mdx:', '（正文）', '标签 <Note> 没有闭合'],
  },
  {
    what: 'a status outside the vocabulary',
    file: 'items/guojia-yangshuizhan.md',
    edit: (text: string) => text.replace('status: completed', 'status: done'),
    expected: ['items/guojia-yangshuizhan.md:', 'history[0].status', '只能是以下之一', '实际是“done”'],
  },
  {
    what: 'a missing title',
    file: 'items/guojia-yangshuizhan.md',
    edit: (text: string) => text.replace(/^title: .*\n/m, ''),
    expected: ['items/guojia-yangshuizhan.md:2  title', '缺少必填字段'],
  },
  {
    what: 'a negative count',
    file: 'bulletins/2015-02.mdx',
    edit: (text: string) => text.replace('inspectionGroups: 5', 'inspectionGroups: -5'),
    expected: ['bulletins/2015-02.mdx:', 'figures.inspectionGroups', '应不小于 0，实际是 -5'],
  },
])('npm run check refuses $what', ({ file, edit, expected }) => {
  test('exits 1 naming the file and the field', () => {
    const run = checkBroken(path.basename(file), { [file]: edit });
    expect(run.status).toBe(1);
    for (const fragment of expected) expect(run.stderr).toContain(fragment);
  });
});

test('two broken files are both named in one run', () => {
  const run = checkBroken('two-files', {
    'villages/guojia.md': (text) => text.replace('name: 郭家村', 'name: [郭家村'),
    'teams/zhujianju.md': (text) => text.replace('village: xigouzi', 'village: xigouzhi'),
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('villages/guojia.md:');
  expect(run.stderr).toContain('teams/zhujianju.md:3  village');
  expect(run.stderr).toContain('发现 2 处错误');
});

test('warnings alone are printed and the check still passes', () => {
  const run = checkBroken('warnings-only', {
    'bulletins/2015-02.mdx': (text) => text.replace('到所包毕郭镇西沟子村', '到所包毕郭镇西沟村'),
  });
  expect(run.stderr).toMatch(
    /bulletins\/2015-02\.mdx:\d+ {2}（正文） {2}警告：“西沟村”与已登记的后进村“西沟子村”只差一个字/,
  );
  expect(run.status).toBe(0);
});

test('the bundled archive passes the check with nothing to report', () => {
  const run = runScript('check');
  expect(run.status).toBe(0);
  expect(run.stderr.trim()).toBe('');
  expect(run.stdout).toContain('全部通过检查');
});
