import { expect, test } from 'vitest';
import { scoreboard } from '../../src/lib/scoreboard.ts';
import { bulletinSchema } from '../../src/schemas/bulletin.ts';

/** A synthetic bulletin, through the real schema. */
const bulletin = (id: string, issue: number, date: string, figures: Record<string, number>) => ({
  id,
  data: bulletinSchema().parse({
    issue,
    date,
    issuer: '测试办公室（合成数据）',
    title: `合成第${issue}期`,
    figures,
  }),
});

const earlier = bulletin('2015-01', 1, '2015-06-01', {
  teamsTotal: 116,
  teamsDocked: 100,
  unitsTotal: 116,
  headsVisited: 80,
  unitsMissingMajorItems: 30,
});
const later = bulletin('2015-02', 2, '2015-07-03', {
  teamsTotal: 116,
  teamsDocked: 114,
  unitsTotal: 116,
  headsVisited: 96,
  unitsMissingMajorItems: 8,
});

test('the board shows the latest figures as parts of their whole, with the change since the issue before', () => {
  const rows = scoreboard([earlier, later]).map(({ key, value, whole, asOf, change }) => ({
    key,
    value,
    whole,
    asOf: asOf.id,
    delta: change?.delta,
    since: change?.since.id,
  }));
  expect(rows).toEqual([
    { key: 'teamsDocked', value: 114, whole: 116, asOf: '2015-02', delta: 14, since: '2015-01' },
    { key: 'headsVisited', value: 96, whole: 116, asOf: '2015-02', delta: 16, since: '2015-01' },
    { key: 'majorItemsSubmitted', value: 108, whole: 116, asOf: '2015-02', delta: 22, since: '2015-01' },
  ]);
});

test('with a single bulletin there is no change to show', () => {
  const rows = scoreboard([later]);
  expect(rows.map((r) => [r.key, r.value, r.whole])).toEqual([
    ['teamsDocked', 114, 116],
    ['headsVisited', 96, 116],
    ['majorItemsSubmitted', 108, 116],
  ]);
  expect(rows.every((r) => r.change === undefined)).toBe(true);
});

test('a figure the latest bulletin leaves out keeps its last report, dated by the bulletin that gave it', () => {
  const silent = bulletin('2015-03', 3, '2015-08-01', { teamsTotal: 116, teamsDocked: 116 });
  const rows = scoreboard([earlier, later, silent]);
  const docked = rows.find((r) => r.key === 'teamsDocked')!;
  expect([docked.value, docked.asOf.id, docked.change?.delta, docked.change?.since.id]).toEqual([
    116,
    '2015-03',
    2,
    '2015-02',
  ]);
  const visited = rows.find((r) => r.key === 'headsVisited')!;
  expect([visited.value, visited.asOf.id, visited.change?.since.id]).toEqual([96, '2015-02', '2015-01']);
});

test('heads visited is read from the heads not visited when only that is reported', () => {
  const onlyMissing = bulletin('2016-01', 1, '2016-01-10', { unitsTotal: 116, headsNotVisited: 5 });
  const [row] = scoreboard([onlyMissing]);
  expect([row?.key, row?.value, row?.whole]).toEqual(['headsVisited', 111, 116]);
});

test('a score no bulletin gives is left out, not shown as zero', () => {
  expect(scoreboard([bulletin('2015-09', 9, '2015-09-01', { inspectionGroups: 5 })])).toEqual([]);
});
