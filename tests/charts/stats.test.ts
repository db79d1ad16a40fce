import { describe, expect, test } from 'vitest';
import { chartCsv, chartTable, sourcesCaption } from '../../src/lib/stats/chart-data.ts';
import { allCharts, countyCharts, townChart, villageChart } from '../../src/lib/stats/charts.ts';
import { completedOverTime } from '../../src/lib/stats/completed-over-time.ts';
import { completionRates } from '../../src/lib/stats/completion.ts';
import { figureChanges, figureSeries } from '../../src/lib/stats/figure-series.ts';
import {
  statusByCategory,
  statusByTown,
  statusByUnit,
  type StatusMatrix,
} from '../../src/lib/stats/status-counts.ts';
import { townVillageStatus, villageStatusTimelines } from '../../src/lib/stats/village-stats.ts';
import { ISSUE2_FIXTURE } from '../support/paths.ts';
import { loadArchive, ROUNDS_FIXTURE } from './fixture-archive.ts';

const rounds = loadArchive(ROUNDS_FIXTURE);
const real = loadArchive(ISSUE2_FIXTURE);

/** A status matrix as { row label: { status: count } }, zero counts left out, for readable expectations. */
function byRow(matrix: StatusMatrix | undefined) {
  if (!matrix) return undefined;
  return Object.fromEntries(
    matrix.rows.map((row, i) => [
      row.label,
      Object.fromEntries(
        matrix.statuses.flatMap((s) => ((matrix.counts[s]?.[i] ?? 0) > 0 ? [[s, matrix.counts[s]![i]]] : [])),
      ),
    ]),
  );
}

describe('figures over the rounds (synthetic archive)', () => {
  const { rounds: axis, series } = figureSeries(rounds);
  const of = (key: string) => series.find((s) => s.key === key)!;

  test('the axis holds the published bulletins that report figures, oldest first; the draft is not among them', () => {
    expect(axis.map((r) => r.label)).toEqual(['2030年第1期', '2030年第2期', '2030年第3期', '2030年第4期']);
  });

  test('every indicator some published bulletin reports has a series in catalogue order, null where a round is silent', () => {
    expect(series.map((s) => s.key)).toEqual([
      'inspection-groups',
      'lagging-villages',
      'units-total',
      'teams-total',
      'teams-docked',
      'heads-visited',
      'heads-not-visited',
      'units-missing-major-items',
      'funds-invested',
      'funds-coordinated',
    ]);
    expect(of('teams-docked').values).toEqual([6, 8, 9, null]);
    expect(of('inspection-groups').values).toEqual([2, null, 3, null]);
    expect(of('funds-invested').values).toEqual([null, null, 1250.5, 1380.75]);
    expect(of('funds-invested').approx).toEqual([undefined, undefined, 'about', undefined]);
    expect(of('funds-coordinated').reports).toBe(1);
  });

  test('the changes table sets each indicator’s latest report beside its previous one, 约 carried into the change', () => {
    const rows = figureChanges(rounds)!.rows;
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect([
      row('teams-docked').latest.round.label,
      row('teams-docked').previous?.round.label,
      row('teams-docked').delta,
    ]).toEqual(['2030年第3期', '2030年第2期', 1]);
    expect([row('funds-invested').delta, row('funds-invested').approxDelta]).toEqual([130.25, true]);
    expect([row('funds-coordinated').previous, row('funds-coordinated').delta]).toEqual([undefined, null]);
    expect(figureChanges(real)).toBeUndefined();
  });
});

describe('completion rates of the latest round', () => {
  test('the synthetic archive reads each from the latest bulletin giving both its numbers, not from one giving only funds', () => {
    expect(completionRates(rounds).map((r) => [r.key, r.done, r.total, r.percent, r.round.label])).toEqual([
      ['teams-docked', 9, 10, 90, '2030年第3期'],
      ['heads-visited', 7, 10, 70, '2030年第3期'],
      ['units-missing-major-items', 1, 10, 10, '2030年第3期'],
    ]);
  });

  test('the real issue 2 gives docked 114/116, visited 96/116 and major items missing 8/116, as reported', () => {
    expect(completionRates(real).map((r) => `${r.done}/${r.total}`)).toEqual(['114/116', '96/116', '8/116']);
  });
});

describe('items by status', () => {
  test('by category: each item at its latest published status, a report tied to a draft ignored', () => {
    expect(byRow(statusByCategory(rounds))).toEqual({
      道路硬化: { planned: 1, approved: 1, completed: 1 },
      水利饮水: { underConstruction: 1 },
      电力设施: { completed: 1 },
      绿化美化: { completed: 1 },
      招商引资: { suspended: 1 },
    });
  });

  test('by town: items whose village or town is not named are counted under 未载明, last', () => {
    expect(byRow(statusByTown(rounds))).toEqual({
      测试街道乙: { completed: 1 },
      测试镇甲: { approved: 1, underConstruction: 1, completed: 2 },
      未载明: { planned: 1, suspended: 1 },
    });
    expect(statusByTown(rounds).rows.at(-1)?.label).toBe('未载明');
  });

  test('by unit: units with most items first', () => {
    const matrix = statusByUnit(rounds);
    expect(matrix.rows.map((r) => r.label)).toEqual([
      '测试单位甲',
      '测试单位乙',
      '测试单位丙',
      '测试单位丁',
      '测试单位戊',
    ]);
    expect(byRow(matrix)?.['测试单位戊']).toEqual({ planned: 1 });
  });

  test('no item of the real archive is dropped: every count adds up to the number of items', () => {
    for (const matrix of [statusByCategory(real), statusByTown(real), statusByUnit(real)]) {
      const total = Object.values(matrix.counts)
        .flat()
        .reduce((a, b) => a + b, 0);
      expect(total).toBe(real.items.length);
    }
    expect(byRow(statusByTown(real))?.['未载明']).toBeDefined();
  });
});

describe('items completed over time', () => {
  const data = completedOverTime(rounds);

  test('runs from the first round with a report to the latest published bulletin', () => {
    expect(data.rounds.map((r) => r.label)).toEqual([
      '2030年第1期',
      '2030年第2期',
      '2030年第3期',
      '2030年第4期',
    ]);
  });

  test('counts each item once, in the round that first reports it completed', () => {
    expect(data.newlyCompleted).toEqual([1, 0, 1, 1]);
    expect(data.cumulative).toEqual([1, 1, 2, 3]);
    expect(data.sources.map((r) => r.label)).toEqual(['2030年第1期', '2030年第3期', '2030年第4期']);
  });
});

describe('per village and per town', () => {
  test("a village's timeline counts its items round by round at the status last reported by then", () => {
    expect(byRow(villageStatusTimelines(rounds).get('cun-jia'))).toEqual({
      '2030年第1期': { planned: 1, designDone: 1 },
      '2030年第2期': { designDone: 1, underConstruction: 1 },
      '2030年第3期': { underConstruction: 1, completed: 1 },
    });
  });

  test("a town's chart lists its villages with their items by latest status", () => {
    expect(byRow(townVillageStatus(rounds).get('ceshi-jia'))).toEqual({
      测试村甲: { underConstruction: 1, completed: 1 },
      测试村乙: { approved: 1, completed: 1 },
    });
  });

  test('a village without a town and a team without a village get no town chart', () => {
    expect(townChart(rounds, 'ceshi-yi')?.labels).toEqual(['测试村丙']);
    expect([...townVillageStatus(rounds).keys()].sort()).toEqual(['ceshi-jia', 'ceshi-yi']);
  });
});

describe('charts as data', () => {
  test('with several rounds time series are lines; with the one real bulletin they are bars and say more will follow', () => {
    const kinds = (a: typeof rounds) => Object.fromEntries(countyCharts(a).map((c) => [c.id, c.kind]));
    expect(kinds(rounds)).toMatchObject({ figures: 'line', 'completed-over-time': 'line' });
    expect(kinds(real)).toMatchObject({ figures: 'horizontalBar', 'completed-over-time': 'bar' });
    const single = countyCharts(real).find((c) => c.id === 'figures')!;
    expect(single.series.map((s) => s.label)).toEqual(['2015年第2期']);
    expect(single.labels).toHaveLength(8);
    expect(single.series[0]!.values).toEqual([5, 116, 116, 116, 114, 96, 20, 8]);
    expect(single.notes.join()).toContain('只有一期');
    expect(
      countyCharts(real)
        .find((c) => c.id === 'completed-over-time')!
        .notes.join(),
    ).toContain('只有一期');
    expect(countyCharts(rounds).find((c) => c.id === 'figures')!.notes).toEqual([]);
  });

  test('a new indicator becomes a line once two published bulletins report it, in a chart of its own unit', () => {
    const counts = countyCharts(rounds).find((c) => c.id === 'figures')!;
    expect(counts.title).toContain('个');
    // Reported by round 1 only: no line yet.
    expect(counts.series.map((s) => s.key)).not.toContain('lagging-villages');
    const funds = countyCharts(rounds).find((c) => c.id === 'figures-funds-invested')!;
    expect([funds.kind, funds.title, funds.labels]).toEqual([
      'line',
      '历次督查通报的数字（单位：万元）',
      ['2030年第3期', '2030年第4期'],
    ]);
    // funds-coordinated: one published report (round 4) and one in the draft round 5, so no line.
    expect(funds.series).toEqual([
      { key: 'funds-invested', label: '帮扶单位投入资金（合成）', values: [1250.5, 1380.75] },
    ]);
    expect(funds.notes.join()).toContain('约');
  });

  test('the table and the CSV carry the same numbers as the chart, unknowns as 未载明', () => {
    const chart = countyCharts(rounds).find((c) => c.id === 'figures')!;
    const { head, rows } = chartTable(chart);
    expect(head[0]).toBe('简报');
    expect(rows[1]).toEqual(['2030年第2期', '未载明', '10', '10', '8', '7', '3', '3']);
    const csv = chartCsv(chart);
    expect(csv.startsWith('\uFEFF简报,督查组,')).toBe(true);
    expect(csv.split('\r\n')[2]).toBe(rows[1]!.join(','));
  });

  test('the completion chart of the real archive shows the scoreboard indicators as parts of their whole', () => {
    const chart = countyCharts(real).find((c) => c.id === 'completion')!;
    expect(chartTable(chart).rows).toEqual([
      ['对接到位的工作队', '114', '116', '98.3'],
      ['主要领导入村走访的单位', '96', '116', '82.8'],
      ['未提交三项重大帮扶事项的单位', '8', '116', '6.9'],
    ]);
    expect(chart.sources).toEqual([{ id: '2015-02', label: '2015年第2期' }]);
  });

  test('every village with items and every town with villages has a chart, each with a unique id', () => {
    const ids = allCharts(real).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const village of real.villages) expect(villageChart(real, village.id), village.id).toBeDefined();
    expect(ids).toEqual(expect.arrayContaining(['town-biguo', 'town-qishan', 'village-xigouzi']));
  });

  test.each([
    [[], ''],
    [[{ label: '2015年第2期' }], '来源：2015年第2期简报'],
    [[{ label: 'A' }, { label: 'B' }, { label: 'C' }, { label: 'D' }], '来源：A至D共4期简报'],
  ])('the caption names its sources: %j', (sources, caption) => {
    expect(sourcesCaption(sources)).toBe(caption);
  });
});
