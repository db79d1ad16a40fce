import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/integrity/problem.ts';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import { crossEntryProblems, type CheckedEntry } from '../../src/lib/integrity/rules.ts';
import { checkEntry } from '../../src/lib/integrity/validate.ts';
import type { CollectionName } from '../../src/schemas/common.ts';

function entry(collection: CollectionName, id: string, text: string): CheckedEntry {
  const ext = collection === 'bulletins' ? 'mdx' : 'md';
  const raw = parseEntry(collection, `${collection}/${id}.${ext}`, text).entry;
  const checked = raw && checkEntry(raw).entry;
  if (!checked) throw new Error(`fixture ${collection}/${id} does not pass its schema`);
  return checked;
}

/** A synthetic catalogue: counts of teams and units, and funds in 万元 that may have decimals. */
const CATALOGUE = [
  entry('indicators', 'teams-total', '---\nlabel: 帮扶工作队\nunit: 个\n---\n'),
  entry('indicators', 'teams-docked', '---\nlabel: 对接到位的工作队\nunit: 个\npartOf: teams-total\n---\n'),
  entry(
    'indicators',
    'units-total',
    '---\nlabel: 帮扶部门和单位\nunit: 个\nsumOf:\n  - heads-visited\n  - heads-not-visited\n---\n',
  ),
  entry(
    'indicators',
    'heads-visited',
    '---\nlabel: 主要领导入村走访的单位\nunit: 个\npartOf: units-total\n---\n',
  ),
  entry(
    'indicators',
    'heads-not-visited',
    '---\nlabel: 主要领导未入村走访的单位\nunit: 个\npartOf: units-total\n---\n',
  ),
  entry('indicators', 'funds', '---\nlabel: 投入资金\nunit: 万元\ninteger: false\n---\n'),
];

const BODY =
  '全市10个帮扶工作队，有9个对接到位。10个单位中8个单位的主要领导已走访，3个未走访。投入资金约1250.5万元。';

/** A synthetic bulletin with the given figure lines, each quoting BODY. */
const bulletin = (figures: string) =>
  entry(
    'bulletins',
    '2030-01',
    `---\nissue: 1\ndate: 2030-01-10\nissuer: 测试办（合成数据）\ntitle: 合成\nfigures:\n${figures}---\n\n${BODY}\n`,
  );
const figure = (indicator: string, value: number, quote: string, approx?: string) =>
  `  - indicator: ${indicator}\n    value: ${value}\n${approx ? `    approx: ${approx}\n` : ''}    quote: ${quote}\n`;

function problemsOf(entries: CheckedEntry[]): string[] {
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  return crossEntryProblems(entries, known).map(formatProblem);
}

test('figures that keep every rule pass: decimals and 约 where the indicator allows them', () => {
  const ok = bulletin(
    figure('teams-total', 10, '全市10个帮扶工作队') +
      figure('teams-docked', 9, '有9个对接到位') +
      figure('funds', 1250.5, '投入资金约1250.5万元', 'about'),
  );
  expect(problemsOf([...CATALOGUE, ok])).toEqual([]);
});

describe.each([
  {
    rule: 'an indicator not in the catalogue fails naming the folder',
    figures: figure('teams-dockd', 9, '有9个对接到位'),
    expected: [
      'bulletins/2030-01.mdx:7  figures[0].indicator  错误：找不到指标“teams-dockd”：应为 indicators 目录下已有文件的文件名（不带扩展名）',
    ],
  },
  {
    rule: 'a decimal for a counting indicator fails, saying how to allow decimals',
    figures: figure('teams-docked', 9.5, '有9个对接到位'),
    expected: [
      'bulletins/2030-01.mdx:8  figures[0].value  错误：指标“对接到位的工作队”（teams-docked）只能是整数，实际是 9.5；若这个指标确实可有小数，请在 indicators/teams-docked.md 中写 integer: false',
    ],
  },
  {
    rule: 'the same indicator twice in one bulletin fails at the second',
    figures: figure('teams-docked', 9, '有9个对接到位') + figure('teams-docked', 9, '有9个对接到位'),
    expected: [
      'bulletins/2030-01.mdx:10  figures[1].indicator  错误：指标“对接到位的工作队”（teams-docked）在本期已写过（figures[0]），同一期每个指标只写一次',
    ],
  },
  {
    rule: 'a part above its whole fails',
    figures: figure('teams-total', 10, '全市10个帮扶工作队') + figure('teams-docked', 19, '有9个对接到位'),
    expected: [
      'bulletins/2030-01.mdx:11  figures[1].value  错误：“对接到位的工作队”（teams-docked）（19）不能大于它所属的“帮扶工作队”（teams-total）（10）',
    ],
  },
  {
    rule: 'parts that do not add up to their sum fail',
    figures:
      figure('units-total', 10, '10个单位中') +
      figure('heads-visited', 8, '8个单位的主要领导已走访') +
      figure('heads-not-visited', 3, '3个未走访'),
    expected: [
      'bulletins/2030-01.mdx:8  figures[0].value  错误：“帮扶部门和单位”（units-total）（10）应等于“主要领导入村走访的单位”（heads-visited）（8）与“主要领导未入村走访的单位”（heads-not-visited）（3）之和（11）',
    ],
  },
  {
    rule: 'a quote that is not in the body fails',
    figures: figure('funds', 1250.5, '投入资金1250.5万元'),
    expected: [
      'bulletins/2030-01.mdx:9  figures[0].quote  错误：引文在 bulletins/2030-01.mdx 的正文中找不到：“投入资金1250.5万元”。引文必须逐字摘自该期简报正文（全角半角标点、空格和换行不计），请对照原文改正或删去',
    ],
  },
])('$rule', ({ figures, expected }) => {
  test('is refused with the file, line and field named', () => {
    expect(problemsOf([...CATALOGUE, bulletin(figures)])).toEqual(expected);
  });
});

test('approximate figures are not held to part-of and sum rules the bulletin did not claim exactly', () => {
  const approx = bulletin(
    figure('units-total', 10, '10个单位中', 'about') +
      figure('heads-visited', 8, '8个单位的主要领导已走访') +
      figure('heads-not-visited', 3, '3个未走访'),
  );
  expect(problemsOf([...CATALOGUE, approx])).toEqual([]);
});

describe('the catalogue’s own rules', () => {
  test.each([
    {
      name: 'an indicator part of itself',
      text: '---\nlabel: 甲\nunit: 个\npartOf: loop\n---\n',
      expected: 'indicators/loop.md:4  partOf  错误：partOf 不能是指标自己：应为它所属的另一个指标的文件名',
    },
    {
      name: 'a part in another unit than its whole',
      text: '---\nlabel: 甲\nunit: 万元\ninteger: false\npartOf: teams-total\n---\n',
      expected:
        'indicators/loop.md:5  partOf  错误：单位不一致：本指标的单位是“万元”，它所属的“帮扶工作队”（teams-total）的单位是“个”，部分与整体应使用同一单位',
    },
    {
      name: 'a sum listing itself',
      text: '---\nlabel: 甲\nunit: 个\nsumOf:\n  - loop\n  - teams-total\n---\n',
      expected: 'indicators/loop.md:5  sumOf[0]  错误：sumOf 不能包含指标自己',
    },
  ])('$name fails', ({ text, expected }) => {
    expect(problemsOf([...CATALOGUE, entry('indicators', 'loop', text)])).toEqual([expected]);
  });

  test('a chain of partOf that comes back to where it started fails at each indicator of the circle', () => {
    const a = entry('indicators', 'a', '---\nlabel: 甲\nunit: 个\npartOf: b\n---\n');
    const b = entry('indicators', 'b', '---\nlabel: 乙\nunit: 个\npartOf: a\n---\n');
    expect(problemsOf([a, b])).toEqual([
      'indicators/a.md:4  partOf  错误：partOf 绕成了圈：顺着 partOf 又回到了“a”，整体不能是自己的一部分',
      'indicators/b.md:4  partOf  错误：partOf 绕成了圈：顺着 partOf 又回到了“b”，整体不能是自己的一部分',
    ]);
  });
});
