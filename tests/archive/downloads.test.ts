import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { figureRecords, figuresCsv, itemsCsv, itemsJson, type UrlOf } from '../../src/lib/downloads.ts';
import { ledgerOf } from '../../src/lib/ledger.ts';
import { FIGURE_KEYS } from '../../src/schemas/figures.ts';
import { realArchive } from './entries.ts';

const archive = realArchive();
const rows = ledgerOf(archive);
const urlOf: UrlOf = (kind, id) => `https://example.org/${kind}s/${id}/`;

test('the items CSV starts with a byte-order mark and parses back to one row per item', () => {
  const csv = itemsCsv(rows, urlOf);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const records = parse<Record<string, string>>(csv, { bom: true, columns: true });
  expect(records).toHaveLength(rows.length);
  const yangshuizhan = records.find((r) => r['编号'] === 'guojia-yangshuizhan')!;
  expect(yangshuizhan).toMatchObject({
    后进村: '郭家村',
    镇街区: '未载明',
    帮扶单位: '市残联',
    金额: '35万元',
    '金额下限（元）': '350000',
    进展: '已完成',
    是否逾期: '否',
    最近报告简报: '2015年第2期',
    网址: 'https://example.org/items/guojia-yangshuizhan/',
  });
});

test('the items JSON gives null for what the bulletins leave unstated', () => {
  const records = JSON.parse(itemsJson(rows, urlOf)) as { id: string }[];
  expect(records.map((r) => r.id).sort()).toEqual(archive.items.map((i) => i.id).sort());
  const ganghua = records.find((r) => r.id === 'fengjia-ganghua');
  expect(ganghua).toMatchObject({
    town: null,
    expectedCompletion: null,
    money: { min: 50000000, max: 100000000, label: '总投资', text: '5000万–1亿元' },
    lastReport: { bulletin: '2015-02', date: '2015-07-03' },
  });
});

test('figures come one row per published bulletin with every figure key, empty where not reported', () => {
  const records = figureRecords(archive.bulletins, urlOf);
  expect(records).toHaveLength(archive.bulletins.length);
  expect(Object.keys(records[0]!.figures)).toEqual(FIGURE_KEYS);
  expect(records[0]!.figures).toMatchObject({ teamsDocked: 114, teamsTotal: 116, headsVisited: 96 });
  const csv = figuresCsv(archive.bulletins, urlOf);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [row] = parse<Record<string, string>>(csv, { bom: true, columns: true });
  expect(row).toMatchObject({
    简报: '2015年第2期',
    '对接到位的工作队（个）': '114',
    '未提交三项重大帮扶事项的单位（个）': '8',
  });
  expect(Object.keys(row!)).toHaveLength(FIGURE_KEYS.length + 4);
});
