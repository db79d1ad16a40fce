import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/integrity/problem.ts';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import { checkEntry } from '../../src/lib/integrity/validate.ts';
import type { CollectionName } from '../../src/schemas/common.ts';

/** Runs one file's text through the same reader and schema the build uses. */
function problemsOf(collection: CollectionName, file: string, text: string): string[] {
  const parsed = parseEntry(collection, file, text);
  if (!parsed.entry) return parsed.problems.map(formatProblem);
  return [...parsed.problems, ...checkEntry(parsed.entry).problems].map(formatProblem);
}

const bulletin = (frontmatter: string) =>
  `---\nissue: 3\ndate: 2015-08-01\nissuer: 招远市后进村帮扶工作领导小组办公室\ntitle: 测试\n${frontmatter}---\n\n正文。\n`;

describe('a valid entry passes', () => {
  test('a complete bulletin has no problem', () => {
    expect(problemsOf('bulletins', 'b/2015-03.mdx', bulletin(''))).toEqual([]);
  });
});

describe.each([
  {
    rule: 'an impossible date fails naming the file, line, field and value',
    collection: 'bulletins' as const,
    text: bulletin('').replace('2015-08-01', '2015-13-45'),
    expected:
      'b/x.mdx:3  date  错误：日期不存在或格式不对：2015-13-45（应为真实的日期，写作 YYYY-MM-DD，如 2015-07-03）',
  },
  {
    rule: 'the 30th of February fails although YAML would roll it into March',
    collection: 'bulletins' as const,
    text: bulletin('').replace('2015-08-01', '2015-02-30'),
    expected:
      'b/x.mdx:3  date  错误：日期不存在或格式不对：2015-02-30（应为真实的日期，写作 YYYY-MM-DD，如 2015-07-03）',
  },
  {
    rule: 'a missing title fails as a missing required field',
    collection: 'bulletins' as const,
    text: bulletin('').replace('title: 测试\n', ''),
    expected: 'b/x.mdx:2  title  错误：缺少必填字段（应为文字）',
  },
  {
    rule: 'a negative figure fails with the value found',
    collection: 'bulletins' as const,
    text: bulletin('figures:\n  - { indicator: teams-total, value: -1, quote: 正文 }\n'),
    expected: 'b/x.mdx:7  figures[0].value  错误：应不小于 0，实际是 -1',
  },
  {
    rule: 'figures written the old way, as named fields, fail asking for a list',
    collection: 'bulletins' as const,
    text: bulletin('figures:\n  teamsTotal: 116\n'),
    expected: 'b/x.mdx:7  figures  错误：应为列表（每项一行，以“- ”开头），实际是对象',
  },
  {
    rule: 'a figure without the sentence it comes from fails',
    collection: 'bulletins' as const,
    text: bulletin('figures:\n  - indicator: teams-total\n    value: 116\n'),
    expected: 'b/x.mdx:7  figures[0].quote  错误：缺少必填字段（应为文字）',
  },
  {
    rule: 'an approximation other than about or over fails listing both',
    collection: 'bulletins' as const,
    text: bulletin('figures:\n  - { indicator: teams-total, value: 116, approx: 大约, quote: 正文 }\n'),
    expected: 'b/x.mdx:7  figures[0].approx  错误：只能是以下之一：about、over；实际是“大约”',
  },
  {
    rule: 'an indicator on the scoreboard without the whole it is a share of fails',
    collection: 'indicators' as const,
    text: '---\nlabel: 对接到位的工作队\nunit: 个\nscoreboard: true\n---\n',
    expected:
      'b/x.mdx:4  scoreboard  错误：scoreboard 为 true 的指标要显示为占整体的比例，须同时写 partOf（它是哪个指标的一部分）',
  },
  {
    rule: 'a fractional count fails',
    collection: 'bulletins' as const,
    text: bulletin('printRun: 160.5\n'),
    expected: 'b/x.mdx:6  printRun  错误：应为整数，实际是数字“160.5”',
  },
  {
    rule: 'broken YAML fails with its line',
    collection: 'bulletins' as const,
    text: bulletin('sentTo: [a, b\n'),
    expected: 'b/x.mdx:6  （字段区）  错误：字段区（YAML）写法有误，无法读取：缩进或冒号不对',
  },
  {
    rule: 'a status outside the vocabulary fails listing the allowed ones',
    collection: 'items' as const,
    text: '---\ntitle: 水井\nteam: gongdian\ncategory: water\nhistory:\n  - status: finished\n    bulletin: 2015-02\n---\n',
    expected:
      'b/x.mdx:6  history[0].status  错误：只能是以下之一：planned、negotiating、designDone、approved、underConstruction、completed、suspended；实际是“finished”',
  },
  {
    rule: 'an expected completion that is no real month fails',
    collection: 'items' as const,
    text: '---\ntitle: 水井\nteam: gongdian\ncategory: water\nexpectedCompletion: 2015-14\nhistory:\n  - status: planned\n    bulletin: 2015-02\n---\n',
    expected: 'b/x.mdx:5  expectedCompletion  错误：日期写法不对：2015-14',
  },
  {
    rule: 'an item without any status report fails',
    collection: 'items' as const,
    text: '---\ntitle: 水井\nteam: gongdian\ncategory: water\nhistory: []\n---\n',
    expected: 'b/x.mdx:5  history  错误：至少要有 1 项',
  },
  {
    rule: 'a money range whose lower bound is above the upper fails',
    collection: 'items' as const,
    text: '---\ntitle: 项目\nteam: dishuiju\ncategory: investment\nmoney:\n  min: 100000000\n  max: 50000000\nhistory:\n  - status: approved\n    bulletin: 2015-02\n---\n',
    expected: 'b/x.mdx:6  money  错误：金额范围下限（100000000）大于上限（50000000）',
  },
  {
    rule: 'a town kind outside 镇/街道/区 fails',
    collection: 'towns' as const,
    text: '---\nname: 温泉街道\nkind: city\n---\n',
    expected: 'b/x.mdx:3  kind  错误：只能是以下之一：town、subdistrict、zone；实际是“city”',
  },
  {
    rule: 'a file without frontmatter fails',
    collection: 'units' as const,
    text: '市住建局\n',
    expected: 'b/x.mdx:1  （整个文件）  错误：文件开头缺少用“---”包围的字段区',
  },
])('$rule', ({ collection, text, expected }) => {
  test('is refused with the expected message', () => {
    const problems = problemsOf(collection, 'b/x.mdx', text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });
});

test('a file name that cannot be a URL is refused', () => {
  const problems = problemsOf('towns', 'towns/温泉.md', '---\nname: 温泉街道\nkind: subdistrict\n---\n');
  expect(problems).toEqual([
    'towns/温泉.md:1  （文件名）  错误：文件名“温泉”不能用作网址：只能用小写英文字母、数字和连字符，如 xigouzi.md 或 2015-02.mdx',
  ]);
});

test.each(['late', 'status', '2'])(
  'an item file named %s, which a ledger page already uses, is refused',
  (id) => {
    const text =
      '---\ntitle: 水井\nteam: gongdian\ncategory: water\nhistory:\n  - status: planned\n    bulletin: 2015-02\n---\n';
    expect(problemsOf('items', `items/${id}.md`, text)).toEqual([
      `items/${id}.md:1  （文件名）  错误：文件名“${id}”已被帮扶事项台账的网页占用（纯数字、late、status、category、town、unit、major），请换一个，如 guojia-yangshuizhan.md`,
    ]);
  },
);
