import { expect, test } from 'vitest';
import { relationsOf } from '../../src/lib/relations.ts';
import { realArchive } from './entries.ts';

const archive = realArchive();
const relations = relationsOf(archive);
const ids = (entries: { id: string }[] | undefined) => (entries ?? []).map((e) => e.id).sort();

test('relations are computed once per archive', () => {
  expect(relationsOf(archive)).toBe(relations);
});

test('an item knows its team, unit, village and town; a village without a stated town has none', () => {
  const place = relations.itemPlace.get('xigouzi-miaomu')!;
  expect([place.team.id, place.unit?.data.name, place.village?.data.name, place.town?.data.name]).toEqual([
    'zhujianju',
    '市住建局',
    '西沟子村',
    '毕郭镇',
  ]);
  expect(relations.itemPlace.get('fengjia-ganghua')?.town).toBeUndefined();
});

test('items group under their village, unit and town', () => {
  expect(ids(relations.itemsByVillage.get('houjia'))).toEqual([
    'houjia-guangchang',
    'houjia-shuijing',
    'houjia-xianlu',
  ]);
  expect(ids(relations.itemsByUnit.get('canlian'))).toEqual(['guojia-peidianshi', 'guojia-yangshuizhan']);
  expect(ids(relations.itemsByTown.get('qishan'))).toEqual(['qiancang-zhaoqi']);
  expect(ids(relations.villagesByTown.get('biguo'))).toEqual(['xigouzi']);
  expect(ids(relations.teamsByVillage.get('xigouzi'))).toEqual(['zhujianju']);
});

test('a case reaches the unit, village and town it implies, and its bulletin lists it', () => {
  expect(ids(relations.casesByUnit.get('canlian'))).toEqual(['guojia-pumping-station']);
  expect(ids(relations.casesByVillage.get('guojia'))).toEqual(['guojia-pumping-station']);
  expect(ids(relations.casesByItem.get('guojia-yangshuizhan'))).toEqual(['guojia-pumping-station']);
  expect(ids(relations.casesByTown.get('wenquan'))).toEqual(['wenquan-management-file']);
  expect(ids(relations.casesByTown.get('biguo'))).toEqual(['xigouzi-three-year-plan']);
  expect(relations.casesByBulletin.get('2015-02')).toHaveLength(archive.cases.length);
});
