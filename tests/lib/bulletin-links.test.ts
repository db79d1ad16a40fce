import { expect, test } from 'vitest';
import { bulletinNeighbours, bulletinsByYear, reportsByBulletin } from '../../src/lib/bulletin-links.ts';
import { citation, issueLabel } from '../../src/lib/citation.ts';
import { plainRef } from '../../src/lib/integrity/validate.ts';
import { bulletinSchema } from '../../src/schemas/bulletin.ts';

const bulletin = (id: string, issue: number, date: string) => ({
  id,
  data: bulletinSchema(plainRef).parse({ issue, date, issuer: '合成办公室', title: `合成标题${issue}` }),
});
const b1 = bulletin('2014-09', 9, '2014-12-01');
const b2 = bulletin('2015-01', 1, '2015-03-01');
const b3 = bulletin('2015-02', 2, '2015-07-03');

test('each issue links to the one before and after it, and the ends have only one neighbour', () => {
  const around = bulletinNeighbours([b1, b2, b3]);
  expect(around.get('2014-09')).toEqual({ next: b2 });
  expect(around.get('2015-01')).toEqual({ previous: b1, next: b3 });
  expect(around.get('2015-02')).toEqual({ previous: b2 });
});

test('the index groups issues by year, newest year and newest issue first', () => {
  expect(
    bulletinsByYear([b1, b2, b3]).map(({ year, bulletins }) => [year, bulletins.map((b) => b.id)]),
  ).toEqual([
    ['2015', ['2015-02', '2015-01']],
    ['2014', ['2014-09']],
  ]);
});

test('a bulletin lists the item reports that cite it, and only those', () => {
  const ref = (id: string) => ({ collection: 'bulletins' as const, id });
  const item = (id: string, ...bulletins: string[]) => ({
    id,
    data: { history: bulletins.map((b) => ({ status: 'planned' as const, bulletin: ref(b) })) },
  });
  const well = item('well', '2015-01', '2015-02');
  const road = item('road', '2015-02');
  const reports = reportsByBulletin([well, road]);
  expect(reports.get('2015-02')?.map((r) => r.item.id)).toEqual(['well', 'road']);
  expect(reports.get('2015-01')?.map((r) => r.item.id)).toEqual(['well']);
  expect(reports.get('2014-09')).toBeUndefined();
});

test('the citation names issuer, title, series, issue, date and the permanent address', () => {
  const real = bulletinSchema(plainRef).parse({
    issue: 2,
    date: '2015-07-03',
    issuer: '招远市后进村帮扶工作领导小组办公室',
    title: '全市后进村帮扶工作督查情况通报',
  });
  expect(issueLabel(real)).toBe('招远市后进村帮扶工作简报 2015年第2期');
  expect(citation(real, 'https://example.org/bulletins/2015-02/')).toMatchInlineSnapshot(
    `"招远市后进村帮扶工作领导小组办公室：《全市后进村帮扶工作督查情况通报》，招远市后进村帮扶工作简报 2015年第2期，2015年7月3日。https://example.org/bulletins/2015-02/"`,
  );
});
