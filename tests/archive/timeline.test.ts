import { describe, expect, test } from 'vitest';
import { relationsOf } from '../../src/lib/relations.ts';
import { listingText, stateText } from '../../src/lib/state-format.ts';
import { currentFirstSecretary, teamSummariesOf } from '../../src/lib/teams.ts';
import {
  currentStatus,
  itemTimeline,
  latestState,
  listingTimeline,
  teamStates,
  villageTimeline,
} from '../../src/lib/timeline.ts';
import { loadArchive, ROUNDS_FIXTURE } from '../charts/fixture-archive.ts';
import { archiveOf, bulletin, entryFrom, realArchive } from './entries.ts';

/** A team and an item whose reports were written out of bulletin order, the later bulletin first. */
function shuffledArchive() {
  return archiveOf({
    bulletins: [
      bulletin('b-late', '2015-09-01', 902, '合成简报：该队已对接到位。该队尚未提交三项重大帮扶事项。'),
      bulletin('b-early', '2015-07-01', 901, '合成简报：该队尚未对接到位。'),
    ],
    units: [entryFrom('units', 'u', 'name: 合成单位')],
    villages: [entryFrom('villages', 'v', 'name: 合成村')],
    teams: [
      entryFrom(
        'teams',
        't',
        [
          'unit: u',
          'village: v',
          'docked:',
          '  - value: true',
          '    bulletin: b-late',
          '    quote: 该队已对接到位',
          '  - value: false',
          '    bulletin: b-early',
          '    quote: 该队尚未对接到位',
          'majorItemsSubmitted:',
          '  - value: false',
          '    bulletin: b-late',
          '    quote: 该队尚未提交三项重大帮扶事项',
        ].join('\n'),
      ),
    ],
    items: [
      entryFrom(
        'items',
        'i',
        'title: 合成事项\nteam: t\ncategory: water\nhistory:\n  - status: completed\n    bulletin: b-late\n  - status: planned\n    bulletin: b-early',
      ),
    ],
  });
}

test('the current status is the one reported by the latest bulletin, whatever order the editor wrote', () => {
  const archive = shuffledArchive();
  const item = archive.itemById.get('i')!;
  expect(itemTimeline(item, archive.bulletinById).map((e) => [e.bulletin.id, e.status])).toEqual([
    ['b-early', 'planned'],
    ['b-late', 'completed'],
  ]);
  expect(currentStatus(item, archive.bulletinById)?.status).toBe('completed');
});

test('a team state is its latest report, and the earlier one stays in its timeline', () => {
  const archive = shuffledArchive();
  const team = archive.teamById.get('t')!;
  const docked = teamStates(team, archive.bulletinById).find((s) => s.state === 'docked')!;
  expect(docked.timeline.map((e) => `${e.bulletin.id}:${stateText(e)}`)).toEqual(['b-early:否', 'b-late:是']);
  expect(stateText(docked.latest)).toBe('是');
  expect(latestState(team, 'docked', archive.bulletinById)?.report.quote).toBe('该队已对接到位');
});

test('a village timeline interleaves team and item reports by bulletin date', () => {
  const archive = shuffledArchive();
  const { teamsByVillage, itemsByVillage } = relationsOf(archive);
  const events = villageTimeline(
    archive.villageById.get('v'),
    teamsByVillage.get('v')!,
    itemsByVillage.get('v')!,
    archive.bulletinById,
  );
  expect(events.map((e) => `${e.bulletin.id}:${e.kind === 'item' ? e.status : e.kind}`)).toEqual([
    'b-early:state',
    'b-early:planned',
    'b-late:state',
    'b-late:state',
    'b-late:completed',
  ]);
});

test('a team’s reports read as the bulletin gave them: who visited, with title and date', () => {
  const archive = realArchive();
  const states = teamStates(archive.teamById.get('zhujianju')!, archive.bulletinById);
  expect(states.map((s) => `${s.state}：${stateText(s.latest)}`)).toEqual([
    'firstSecretary：刘敬东',
    'docked：是',
    'headVisit：是（王彬 局长，2015年5月12日）',
    'threeYearPlan：是（抓住“一大中心”、开发“两大公园”、突出“三大建设”）',
  ]);
  const pingan = teamStates(archive.teamById.get('pingan-caixian')!, archive.bulletinById);
  expect(pingan.map((s) => stateText(s.latest))).toEqual(['否']);
});

test('西沟子村’s timeline holds its team’s reports and all four of its items, each with issue 2', () => {
  const archive = realArchive();
  const { teamsByVillage, itemsByVillage } = relationsOf(archive);
  const events = villageTimeline(
    archive.villageById.get('xigouzi'),
    teamsByVillage.get('xigouzi')!,
    itemsByVillage.get('xigouzi')!,
    archive.bulletinById,
  );
  expect(events.filter((e) => e.kind === 'item')).toHaveLength(4);
  expect(events.filter((e) => e.kind === 'state').length).toBeGreaterThanOrEqual(4);
  expect(new Set(events.map((e) => e.bulletin.id))).toEqual(new Set(['2015-02']));
});

describe('the synthetic rounds, read without a build', () => {
  const rounds = loadArchive(ROUNDS_FIXTURE);
  const summaries = teamSummariesOf(rounds);

  test('a change of first secretary shows the new one, with the date the bulletin gives, and keeps the old', () => {
    const jia = summaries.get('dui-jia')!;
    expect(currentFirstSecretary(jia)).toBe('测试人员丑');
    const history = jia.states.find((s) => s.state === 'firstSecretary')!.timeline;
    expect(history.map((e) => `${e.bulletin.id} ${stateText(e)}`)).toEqual([
      '2030-01 测试人员子',
      '2030-03 测试人员丑（2030年2月起）',
    ]);
  });

  test('a team that docks in a later bulletin is docked now and was not before, with the day it docked', () => {
    const docked = summaries.get('dui-yi')!.states.find((s) => s.state === 'docked')!;
    expect(docked.timeline.map((e) => `${e.bulletin.id} ${stateText(e)}`)).toEqual([
      '2030-01 否',
      '2030-02 是（2030年1月25日）',
    ]);
  });

  test('reports written out of order are read in bulletin order', () => {
    const major = summaries.get('dui-bing')!.latest.majorItemsSubmitted!;
    expect([major.bulletin.id, major.report.value]).toEqual(['2030-03', true]);
  });

  test('a draft bulletin’s reports never count: no docking for 测试单位戊, no new first secretary', () => {
    expect(summaries.get('dui-wu')!.states).toEqual([]);
    const names = summaries.get('dui-jia')!.states.flatMap((s) => s.timeline.map((e) => stateText(e)));
    expect(names.join()).not.toContain('测试人员卯');
  });

  test('a village that exits the list shows it exited, after being listed; a draft exit is not shown', () => {
    const bing = listingTimeline(rounds.villageById.get('cun-bing')!, rounds.bulletinById);
    expect(bing.map(({ report, bulletin }) => `${bulletin.id} ${listingText(report)}`)).toEqual([
      '2030-01 列为后进村',
      '2030-04 已出列（2030年3月）',
    ]);
    const jia = listingTimeline(rounds.villageById.get('cun-jia')!, rounds.bulletinById);
    expect(jia.map(({ report }) => report.status)).toEqual(['listed']);
  });
});
