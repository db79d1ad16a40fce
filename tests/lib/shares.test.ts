import { expect, test } from 'vitest';
import { latestShares, shareOf } from '../../src/lib/shares.ts';
import { entryFrom } from '../archive/entries.ts';

/** A synthetic indicator, through the real schema. */
const indicator = (id: string, frontmatter: string) =>
  entryFrom('indicators', id, `label: 合成指标${id}\nunit: 个\n${frontmatter}`);

const catalogue = [
  indicator('teams-total', 'order: 1'),
  indicator('teams-docked', 'partOf: teams-total\nscoreboard: true\norder: 2'),
  indicator('units-total', 'order: 3'),
  indicator('heads-visited', 'partOf: units-total\nscoreboard: true\norder: 4'),
  indicator('heads-not-visited', 'partOf: units-total\norder: 5'),
];

/** A synthetic bulletin whose figures all quote its one sentence. */
const bulletin = (id: string, issue: number, date: string, figures: Record<string, number>) =>
  entryFrom(
    'bulletins',
    id,
    [
      `issue: ${issue}`,
      `date: ${date}`,
      'issuer: 测试办公室（合成数据）',
      `title: 合成第${issue}期`,
      'figures:',
      ...Object.entries(figures).map(
        ([key, value]) => `  - { indicator: ${key}, value: ${value}, quote: 合成 }`,
      ),
    ].join('\n'),
    '合成。',
  );

const earlier = bulletin('2015-01', 1, '2015-06-01', {
  'teams-total': 116,
  'teams-docked': 100,
  'units-total': 116,
  'heads-visited': 80,
});
const later = bulletin('2015-02', 2, '2015-07-03', {
  'teams-total': 116,
  'teams-docked': 114,
  'units-total': 116,
  'heads-visited': 96,
});

test('the board shows each scoreboard indicator as a part of its whole, with the change since the issue before', () => {
  const rows = latestShares([earlier, later], catalogue).map(
    ({ indicator, value, whole, percent, asOf, change }) => ({
      key: indicator.id,
      value,
      whole,
      percent,
      asOf: asOf.id,
      delta: change?.delta,
      since: change?.since.id,
    }),
  );
  expect(rows).toEqual([
    {
      key: 'teams-docked',
      value: 114,
      whole: 116,
      percent: 98.3,
      asOf: '2015-02',
      delta: 14,
      since: '2015-01',
    },
    {
      key: 'heads-visited',
      value: 96,
      whole: 116,
      percent: 82.8,
      asOf: '2015-02',
      delta: 16,
      since: '2015-01',
    },
  ]);
});

test('with a single bulletin there is no change to show', () => {
  const rows = latestShares([later], catalogue);
  expect(rows.map((r) => [r.indicator.id, r.value, r.whole])).toEqual([
    ['teams-docked', 114, 116],
    ['heads-visited', 96, 116],
  ]);
  expect(rows.every((r) => r.change === undefined)).toBe(true);
});

test('a share the latest bulletin leaves out keeps its last report, dated by the bulletin that gave it', () => {
  const silent = bulletin('2015-03', 3, '2015-08-01', { 'teams-total': 116, 'teams-docked': 116 });
  const rows = latestShares([earlier, later, silent], catalogue);
  const docked = rows.find((r) => r.indicator.id === 'teams-docked')!;
  expect([docked.value, docked.asOf.id, docked.change?.delta, docked.change?.since.id]).toEqual([
    116,
    '2015-03',
    2,
    '2015-02',
  ]);
  const visited = rows.find((r) => r.indicator.id === 'heads-visited')!;
  expect([visited.value, visited.asOf.id, visited.change?.since.id]).toEqual([96, '2015-02', '2015-01']);
});

test('a part without its whole in the same bulletin is no share, and an indicator off the board is not shown', () => {
  const onlyPart = bulletin('2016-01', 1, '2016-01-10', {
    'teams-docked': 5,
    'heads-not-visited': 3,
    'units-total': 9,
  });
  expect(shareOf(onlyPart, catalogue[1]!)).toBeUndefined();
  expect(shareOf(onlyPart, catalogue[4]!)).toEqual({ value: 3, whole: 9, percent: 33.3 });
  expect(latestShares([onlyPart], catalogue)).toEqual([]);
});

test('a new indicator marked for the board appears on it without code', () => {
  const funds = entryFrom(
    'indicators',
    'funds-spent',
    'label: 已到位资金\nunit: 万元\ninteger: false\npartOf: funds-planned\nscoreboard: true',
  );
  const planned = entryFrom('indicators', 'funds-planned', 'label: 计划资金\nunit: 万元\ninteger: false');
  const b = bulletin('2031-01', 1, '2031-01-10', { 'funds-planned': 200, 'funds-spent': 50.5 });
  const [row] = latestShares([b], [...catalogue, planned, funds]);
  expect([row?.indicator.data.label, row?.value, row?.whole, row?.percent]).toEqual([
    '已到位资金',
    50.5,
    200,
    25.3,
  ]);
});
