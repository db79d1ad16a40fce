import { describe, expect, test } from 'vitest';
import { figureMismatchProblems } from '../../src/lib/integrity/figure-mismatch.ts';
import { nameTypoFinder, nameTypoProblems } from '../../src/lib/integrity/name-typos.ts';
import { overdueItemProblems } from '../../src/lib/integrity/overdue-items.ts';
import { personalDataProblems } from '../../src/lib/integrity/personal-data.ts';
import { formatProblem } from '../../src/lib/integrity/problem.ts';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import type { CheckedEntry } from '../../src/lib/integrity/rules.ts';
import { checkEntry } from '../../src/lib/integrity/validate.ts';
import type { CollectionName } from '../../src/schemas/common.ts';

/** Mocked entries go through the real reader and schema. */
function entry(collection: CollectionName, file: string, text: string): CheckedEntry {
  const raw = parseEntry(collection, file, text).entry;
  const checked = raw && checkEntry(raw).entry;
  if (!checked) throw new Error(`fixture ${file} does not pass its schema`);
  return checked;
}

const bulletin = (id: string, date: string, issue: number, extra = '', body = '正文。\n') =>
  entry(
    'bulletins',
    `bulletins/${id}.mdx`,
    `---\nissue: ${issue}\ndate: ${date}\nissuer: 市帮扶办\ntitle: 通报\n${extra}---\n\n${body}`,
  );
const item = (expected: string, history: [string, string][]) =>
  entry(
    'items',
    'items/well.md',
    `---\ntitle: 水井\nteam: gongdian\ncategory: water\nexpectedCompletion: ${expected}\nhistory:\n${history
      .map(([status, b]) => `  - status: ${status}\n    bulletin: ${b}\n`)
      .join('')}---\n`,
  );

describe('an item past its expected completion', () => {
  const july = bulletin('2015-02', '2015-07-03', 2);
  const august = bulletin('2015-03', '2015-08-15', 3);

  test('warns when a later bulletin exists and no report came after the due date', () => {
    expect(
      overdueItemProblems([july, august, item('2015-07 上旬', [['underConstruction', '2015-02']])]).map(
        formatProblem,
      ),
    ).toEqual([
      'items/well.md:5  expectedCompletion  警告：预计 2015-07 上旬 完成，最新一期简报（2015-08-15）已过此时间，但之后没有新的进展记录（最近状态：施工中）：请在 history 末尾补上最新进展和所报简报，或改正预计完成时间',
    ]);
  });

  test('is quiet once a bulletin after the due date reported on it', () => {
    const reported = item('2015-07 上旬', [
      ['underConstruction', '2015-02'],
      ['underConstruction', '2015-03'],
    ]);
    expect(overdueItemProblems([july, august, reported])).toEqual([]);
  });

  test('is quiet when it is settled (completed or suspended) or the latest bulletin is not past the due date', () => {
    expect(overdueItemProblems([july, august, item('2015-07', [['completed', '2015-02']])])).toEqual([]);
    expect(overdueItemProblems([july, august, item('2015-07', [['suspended', '2015-02']])])).toEqual([]);
    expect(overdueItemProblems([july, august, item('2015-08', [['underConstruction', '2015-02']])])).toEqual(
      [],
    );
  });
});

describe('figures that disagree with the teams', () => {
  const team = (id: string, ...docked: [boolean, string][]) =>
    entry(
      'teams',
      `teams/${id}.md`,
      `---\nunit: ${id}\ndocked:\n${docked
        .map(([value, b]) => `  - value: ${value}\n    bulletin: ${b}\n    quote: 对接\n`)
        .join('')}---\n`,
    );
  const figures = (docked: number, total: number) =>
    `figures:\n  - { indicator: teams-total, value: ${total}, quote: 对接 }\n  - { indicator: teams-docked, value: ${docked}, quote: 对接 }\n`;

  const indicators = [
    entry('indicators', 'indicators/teams-total.md', '---\nlabel: 帮扶工作队\nunit: 个\n---\n'),
    entry(
      'indicators',
      'indicators/teams-docked.md',
      '---\nlabel: 对接到位的工作队\nunit: 个\npartOf: teams-total\n---\n',
    ),
  ];

  test('warn on the figure, named as the catalogue names it, when every team is entered and the count differs', () => {
    const entries = [
      ...indicators,
      bulletin('2015-02', '2015-07-03', 2, figures(3, 3)),
      team('a', [true, '2015-02']),
      team('b', [true, '2015-02']),
      team('c', [false, '2015-02']),
    ];
    expect(figureMismatchProblems(entries).map(formatProblem)).toEqual([
      'bulletins/2015-02.mdx:8  figures[1].value  警告：简报报告“对接到位的工作队”为 3 个，但 teams 目录中 docked 最近一条的 value 为 true 的工作队有 2 个（帮扶工作队共 3 个均已录入）：请核对简报数字或工作队的记录',
    ]);
  });

  test('say nothing while only some teams are entered (as with issue 2: 33 of 116)', () => {
    const entries = [
      bulletin('2015-02', '2015-07-03', 2, figures(114, 116)),
      team('a', [true, '2015-02']),
      team('b', [false, '2015-02']),
    ];
    expect(figureMismatchProblems(entries)).toEqual([]);
  });

  test('agree silently when the counts match', () => {
    const entries = [
      bulletin('2015-02', '2015-07-03', 2, figures(2, 3)),
      team('a', [true, '2015-02']),
      team('b', [true, '2015-02']),
      team('c', [false, '2015-02']),
    ];
    expect(figureMismatchProblems(entries)).toEqual([]);
  });
});

test('teams are counted as of the bulletin giving the figure: a later docking does not count against it', () => {
  const teamWith = (id: string, reports: string) =>
    entry('teams', `teams/${id}.md`, `---\nunit: ${id}\ndocked:\n${reports}---\n`);
  const docked = (value: boolean, b: string) => `  - value: ${value}\n    bulletin: ${b}\n    quote: 对接\n`;
  const entries = [
    bulletin(
      '2015-02',
      '2015-07-03',
      2,
      'figures:\n  - { indicator: teams-total, value: 2, quote: 对接 }\n  - { indicator: teams-docked, value: 1, quote: 对接 }\n',
      '对接。\n',
    ),
    bulletin('2015-03', '2015-08-15', 3, '', '对接。\n'),
    teamWith('a', docked(true, '2015-02')),
    teamWith('b', docked(true, '2015-03') + docked(false, '2015-02')),
  ];
  expect(figureMismatchProblems(entries)).toEqual([]);
});

describe('names that look like a known village, town or unit', () => {
  const find = nameTypoFinder([
    { name: '西沟子村', collection: 'villages' },
    { name: '小宋家村', collection: 'villages' },
    { name: '郭家村', collection: 'villages' },
    { name: '温泉街道', collection: 'towns' },
    { name: '市住建局', collection: 'units' },
    { name: '市委办', collection: 'units' },
  ]);
  const suspects = (text: string) => find(text).map((f) => `${f.suspect}→${f.known.name}`);

  test.each([
    ['a missing character', '到所包毕郭镇西沟村进行了实地调研', ['西沟村→西沟子村']],
    ['a wrong character', '温全街道建立了日常管理档案', ['温全街道→温泉街道']],
    ['a wrong character in a unit', '市住健局王彬局长', ['市住健局→市住建局']],
  ])('%s is flagged', (_, text, expected) => {
    expect(suspects(text)).toEqual(expected);
  });

  test.each([
    ['a known name with a prefix', '市残联驻郭家村工作队'],
    ['a name inside a longer known name', '市委老干部局驻小宋家村工作队'],
    ['generic words', '全市116个后进村，包帮村，所驻镇村，市帮扶办，各镇街区'],
  ])('%s is not flagged', (_, text) => {
    expect(suspects(text)).toEqual([]);
  });

  test('the warning names the file, the line and the known name', () => {
    const village = entry('villages', 'villages/xigouzi.md', '---\nname: 西沟子村\n---\n');
    const b = bulletin('2015-02', '2015-07-03', 2, '', '第一段。\n\n到西沟村调研。\n');
    expect(nameTypoProblems([village, b]).map(formatProblem)).toEqual([
      'bulletins/2015-02.mdx:10  （正文）  警告：“西沟村”与已登记的后进村“西沟子村”只差一个字，可能写错了；若确是另一个后进村，请先在 villages 目录中为它建立条目',
    ]);
  });
});

describe('personal data that should not be published', () => {
  test('a mobile number in the body and an ID number in frontmatter are warned, masked', () => {
    const b = bulletin(
      '2015-02',
      '2015-07-03',
      2,
      'contact:\n  phone: "11010519491231002X"\n',
      '联系人电话13912345678。\n',
    );
    expect(personalDataProblems([b], new Set()).map(formatProblem)).toEqual([
      'bulletins/2015-02.mdx:7  contact.phone  警告：可能含有不宜公开的个人信息：身份证号码“110***********002X”。请删除或改写；若是单位公开的号码，请把它加入 src/config/allowlist.ts',
      'bulletins/2015-02.mdx:10  （正文）  警告：可能含有不宜公开的个人信息：手机号码“139****5678”。请删除或改写；若是单位公开的号码，请把它加入 src/config/allowlist.ts',
    ]);
  });

  test('numbers on the allow-list, office numbers and longer figures are not warned', () => {
    const b = bulletin(
      '2015-02',
      '2015-07-03',
      2,
      '',
      '办公电话8249284，热线13912345678，总投资50000000000元。\n',
    );
    expect(personalDataProblems([b], new Set(['13912345678']))).toEqual([]);
  });

  test.each([
    ['hyphens', '139-1234-5678', '手机号码“139****5678”'],
    ['spaces', '139 1234 5678', '手机号码“139****5678”'],
    ['full-width digits', '１３９１２３４５６７８', '手机号码“139****5678”'],
    ['full-width digits and a full-width hyphen', '１３９－１２３４－５６７８', '手机号码“139****5678”'],
    ['an ID number in groups', '370685 19800101 123X', '身份证号码“370***********123X”'],
    [
      'an ID number in full-width digits',
      '３７０６８５１９８００１０１１２３Ｘ',
      '身份证号码“370***********123X”',
    ],
  ])('a number written with %s is warned as well', (_how, number, expected) => {
    const b = bulletin('2015-02', '2015-07-03', 2, '', `联系人${number}。\n`);
    const found = personalDataProblems([b], new Set()).map(formatProblem);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  test('an allowed number is still allowed when written with separators', () => {
    const b = bulletin('2015-02', '2015-07-03', 2, '', '热线139-1234-5678。\n');
    expect(personalDataProblems([b], new Set(['13912345678']))).toEqual([]);
  });
});
