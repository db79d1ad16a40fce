import fs from 'node:fs';
import path from 'node:path';
import { copyContent } from './build.ts';
import { ISSUE2_FIXTURE } from './paths.ts';

/** Rewrites one file's text; a file that does not exist yet is handed in as ''. */
export type Edit = (text: string) => string;

/** Copies the real content and applies the edits, for a check or a build that must refuse it. */
export function breakContent(name: string, edits: Record<string, Edit>): string {
  const dir = copyContent(name);
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    fs.writeFileSync(target, edit(fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''));
  }
  return dir;
}

const bulletin2 = fs.readFileSync(path.join(ISSUE2_FIXTURE, 'bulletins/2015-02.mdx'), 'utf8');

/**
 * Every mistake an editor can make in one file, with the fragments the refusal must print: the
 * file, the line and field, and what was expected. `npm run check` and the build both get this table.
 */
export const BREAKAGES: { what: string; file: string; edit: Edit; expected: string[] }[] = [
  {
    what: 'broken YAML',
    file: 'villages/guojia.md',
    edit: (text) => text.replace('name: 郭家村', 'name: [郭家村'),
    expected: ['villages/guojia.md:', '（字段区）', '字段区（YAML）写法有误'],
  },
  {
    what: 'an unknown reference',
    file: 'teams/zhujianju.md',
    edit: (text) => text.replace('village: xigouzi', 'village: xigouzhi'),
    expected: ['teams/zhujianju.md:3  village', '找不到后进村“xigouzhi”'],
  },
  {
    what: 'an impossible date',
    file: 'bulletins/2015-02.mdx',
    edit: (text) => text.replace('date: 2015-07-03', 'date: 2015-02-30'),
    expected: ['bulletins/2015-02.mdx:4  date', '日期不存在或格式不对：2015-02-30'],
  },
  {
    what: 'a date YAML would roll into the next year',
    file: 'bulletins/2015-02.mdx',
    edit: (text) => text.replace('date: 2015-07-03', 'date: 2015-13-45'),
    expected: ['bulletins/2015-02.mdx:4  date', '2015-13-45'],
  },
  {
    what: 'a duplicate issue number',
    file: 'bulletins/2015-02b.mdx',
    edit: () => bulletin2.replace('draft: false', 'draft: true'),
    expected: ['bulletins/2015-02b.mdx:3  issue', '期号重复：2015年第2期已由', 'bulletins/2015-02.mdx 使用'],
  },
  {
    what: 'a component in the body',
    file: 'bulletins/2015-02.mdx',
    edit: (text) => text.replace('## 二、督查发现的问题', '## 二、督查发现的问题\n\n<Note>'),
    expected: ['bulletins/2015-02.mdx:', '（正文）', '正文里不能使用组件 <Note>'],
  },
  {
    what: 'a status outside the vocabulary',
    file: 'items/guojia-yangshuizhan.md',
    edit: (text) => text.replace('status: completed', 'status: done'),
    expected: ['items/guojia-yangshuizhan.md:', 'history[0].status', '只能是以下之一', '实际是“done”'],
  },
  {
    what: 'a missing title',
    file: 'items/guojia-yangshuizhan.md',
    edit: (text) => text.replace(/^title: .*\n/m, ''),
    expected: ['items/guojia-yangshuizhan.md:2  title', '缺少必填字段'],
  },
  {
    what: 'a negative count',
    file: 'bulletins/2015-02.mdx',
    edit: (text) => text.replace('    value: 5\n', '    value: -5\n'),
    expected: ['bulletins/2015-02.mdx:', 'figures[0].value', '应不小于 0，实际是 -5'],
  },
  {
    what: 'a team state whose quote is not in its bulletin',
    file: 'teams/pingan-caixian.md',
    edit: (text) => text.replace('quote: 仍有平安财险', 'quote: 平安财险已对接到位。仍有平安财险'),
    expected: [
      'teams/pingan-caixian.md:6  docked[0].quote',
      '引文在',
      '的正文中找不到',
      '平安财险已对接到位',
    ],
  },
  {
    what: 'a team state written as one value instead of a list of reports',
    file: 'teams/pingan-caixian.md',
    edit: (text) => text.replace('  - value: false', '  value: false').replace(/\n {4}/g, '\n  '),
    expected: ['teams/pingan-caixian.md:', '  docked  ', '应为列表'],
  },
  {
    what: 'a site identification code of the wrong length',
    file: 'site.yaml',
    edit: () => 'name: 测试站点\nsiteIdCode: 12345\n',
    expected: ['site.yaml:2  siteIdCode', '应为主管部门分配的 10 位网站标识码'],
  },
  {
    what: 'an ICP filing number without its 号',
    file: 'site.yaml',
    edit: () => 'icp: 鲁ICP备12345678\n',
    expected: ['site.yaml:1  icp', '应写作“省份简称 + ICP备 + 数字 + 号”'],
  },
  {
    what: 'a malformed 索引号',
    file: 'bulletins/2015-02.mdx',
    edit: (text) => text.replace('issue: 2\n', 'issue: 2\nindexNumber: 2015-00002\n'),
    expected: ['bulletins/2015-02.mdx:4  indexNumber', '应写作“本单位代码/年份-五位序号”'],
  },
];
