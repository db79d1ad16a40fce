import { expect, test } from 'vitest';
import { relationsOf } from '../../src/lib/relations.ts';
import { currentStatus, itemTimeline, teamReports, villageTimeline } from '../../src/lib/timeline.ts';
import { archiveOf, bulletin, entryFrom, realArchive } from './entries.ts';

/** An item whose reports were written out of bulletin order, the later bulletin first. */
function shuffledArchive() {
  return archiveOf({
    bulletins: [bulletin('b-late', '2015-09-01', 902), bulletin('b-early', '2015-07-01', 901)],
    units: [entryFrom('units', 'u', 'name: 合成单位')],
    villages: [entryFrom('villages', 'v', 'name: 合成村')],
    teams: [
      entryFrom(
        'teams',
        't',
        'unit: u\nvillage: v\ndocked:\n  value: true\n  bulletin: b-early\nmajorItemsSubmitted:\n  value: false\n  bulletin: b-late',
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

test('a village timeline interleaves team and item reports by bulletin date', () => {
  const archive = shuffledArchive();
  const { teamsByVillage, itemsByVillage } = relationsOf(archive);
  const events = villageTimeline(teamsByVillage.get('v')!, itemsByVillage.get('v')!, archive.bulletinById);
  expect(events.map((e) => `${e.bulletin.id}:${e.kind === 'item' ? e.status : e.report.field}`)).toEqual([
    'b-early:docked',
    'b-early:planned',
    'b-late:majorItemsSubmitted',
    'b-late:completed',
  ]);
});

test('a team’s reports read as the bulletin gave them: who visited, with title and date', () => {
  const archive = realArchive();
  const reports = teamReports(archive.teamById.get('zhujianju')!);
  expect(reports.map((r) => `${r.label}：${r.text}`)).toEqual([
    '对接到位：是',
    '主要领导入村走访：是（王彬 局长，2015年5月12日）',
    '三年帮扶规划：是（抓住“一大中心”、开发“两大公园”、突出“三大建设”）',
  ]);
  expect(teamReports(archive.teamById.get('pingan-caixian')!).map((r) => r.text)).toEqual(['否']);
});

test('西沟子村’s timeline holds its team’s reports and all four of its items, each with issue 2', () => {
  const archive = realArchive();
  const { teamsByVillage, itemsByVillage } = relationsOf(archive);
  const events = villageTimeline(
    teamsByVillage.get('xigouzi')!,
    itemsByVillage.get('xigouzi')!,
    archive.bulletinById,
  );
  expect(events.filter((e) => e.kind === 'item')).toHaveLength(4);
  expect(events.filter((e) => e.kind === 'team').length).toBeGreaterThanOrEqual(3);
  expect(new Set(events.map((e) => e.bulletin.id))).toEqual(new Set(['2015-02']));
});
