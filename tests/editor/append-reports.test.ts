import { expect, test } from 'vitest';
import { appendReports } from '../../src/lib/import/append-reports.ts';

const TEAM = `---
# 平安财险的工作队（编辑的注释）
unit: pingan-caixian
docked:
  - value: false
    bulletin: 2015-02
    quote: '仍有平安财险、平安人寿等单位未按要求及时与包帮镇村对接到位'
headVisit: []
---

正文照旧。
`;

test('a report goes at the end of its list; comments, quoting and the body stay as written', () => {
  const out = appendReports(TEAM, [
    {
      field: 'docked',
      report: { value: true, date: '2015-08-10', bulletin: '2015-03', quote: '平安财险已于8月10日对接到位' },
      comment: '由 npm run import 据 2015-03 提出',
    },
  ]);
  expect(out).toBe(`---
# 平安财险的工作队（编辑的注释）
unit: pingan-caixian
docked:
  - value: false
    bulletin: 2015-02
    quote: '仍有平安财险、平安人寿等单位未按要求及时与包帮镇村对接到位'
  # 由 npm run import 据 2015-03 提出
  - value: true
    date: 2015-08-10
    bulletin: 2015-03
    quote: 平安财险已于8月10日对接到位
headVisit: []
---

正文照旧。
`);
});

test('an inline empty list becomes one item per line, a missing field a new list', () => {
  const out = appendReports(TEAM, [
    { field: 'headVisit', report: { visited: false, bulletin: '2015-03', quote: '至今未到村走访' } },
    { field: 'majorItemsSubmitted', report: { value: true, bulletin: '2015-03', quote: '8249284' } },
  ]);
  expect(out).toContain(
    'headVisit:\n  - visited: false\n    bulletin: 2015-03\n    quote: 至今未到村走访\nmajorItemsSubmitted:\n  - value: true\n    bulletin: 2015-03\n    quote: "8249284"\n---\n\n正文照旧。\n',
  );
});

test('a field that is not a list is refused with its name, not overwritten', () => {
  expect(() =>
    appendReports('---\nunit: x\ndocked: true\n---\n', [
      { field: 'docked', report: { value: true, bulletin: 'b', quote: 'q' } },
    ]),
  ).toThrow('字段 docked 应为列表');
});
