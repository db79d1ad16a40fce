import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { figureRecords, figuresCsv, itemsCsv, itemsJson, type UrlOf } from '../../src/lib/downloads.ts';
import { itemReportsCsv, statesCsv, statesJson } from '../../src/lib/report-downloads.ts';
import { ledgerOf } from '../../src/lib/ledger.ts';
import { passageFinder, passagesOf } from '../../src/lib/passages.ts';
import { itemReportRowsOf, stateRowsOf } from '../../src/lib/report-rows.ts';
import { FIGURE_KEYS } from '../../src/schemas/figures.ts';
import { loadArchive, ROUNDS_FIXTURE } from '../charts/fixture-archive.ts';
import { realArchive } from './entries.ts';

const archive = realArchive();
const rows = ledgerOf(archive);
const urlOf: UrlOf = (kind, id, anchor) => `https://example.org/${kind}s/${id}/${anchor ? `#${anchor}` : ''}`;

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
    最近报告原话: '协调筹集资金35万元,帮助该村完成了扬水站建设',
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
    lastReport: { bulletin: '2015-02', label: '2015年第2期', date: '2015-07-03' },
  });
  const yangshuizhan = records.find((r) => r.id === 'guojia-yangshuizhan');
  expect(yangshuizhan).toMatchObject({ status: 'completed', statusLabel: '已完成', quantities: null });
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

describe('the long-form report downloads of several rounds', () => {
  const rounds = loadArchive(ROUNDS_FIXTURE);
  const passages = passageFinder([]);
  const states = parse<Record<string, string>>(statesCsv(stateRowsOf(rounds), urlOf, passages), {
    bom: true,
    columns: true,
  });

  test('every team and village state report is a row: the earlier report beside the later one', () => {
    const jia = states.filter((r) => r['帮扶单位'] === '测试单位甲' && r['报告事项'] === '第一书记');
    expect(jia.map((r) => [r['报告内容'], r['事情发生时间'], r['简报'], r['简报印发日期']])).toEqual([
      ['测试人员子', '未载明', '2030年第1期', '2030年1月10日'],
      ['测试人员丑（2030年2月起）', '2030年2月', '2030年第3期', '2030年3月10日'],
    ]);
    const yi = states.filter((r) => r['帮扶单位'] === '测试单位乙');
    expect(yi.map((r) => [r['后进村'], r['报告事项'], r['报告内容'], r['简报原话']])).toEqual([
      ['测试村乙', '对接到位', '否', '测试单位乙驻测试村乙工作队尚未对接到位'],
      ['测试村乙', '对接到位', '是（2030年1月25日）', '测试单位乙驻测试村乙工作队已于1月25日对接到位'],
    ]);
  });

  test('a village leaving the list is a row of its own, and nothing of the draft bulletin is', () => {
    expect(
      states.filter((r) => r['对象'] === '后进村').map((r) => [r['后进村'], r['报告内容'], r['简报']]),
    ).toEqual([
      ['测试村丙', '列为后进村', '2030年第1期'],
      ['测试村丙', '已出列（2030年3月）', '2030年第4期'],
      ['测试村甲', '列为后进村', '2030年第1期'],
    ]);
    expect(states.some((r) => r['简报'] === '2030年第5期')).toBe(false);
  });

  test('the JSON gives the value as data and null for what is not stated', () => {
    const records = JSON.parse(statesJson(stateRowsOf(rounds), urlOf, passages)) as Record<string, unknown>[];
    expect(records.find((r) => r['team'] === 'dui-yi' && r['value'] === true)).toMatchObject({
      state: 'docked',
      stateLabel: '对接到位',
      valueLabel: '是（2030年1月25日）',
      date: '2030-01-25',
      note: null,
      bulletin: { id: '2030-02', label: '2030年第2期', date: '2030-02-10' },
      unit: { id: 'danwei-yi', name: '测试单位乙' },
    });
    expect(records.find((r) => r['state'] === 'headVisit')).toMatchObject({
      value: true,
      who: '测试人员寅',
      title: '局长',
      repeated: false,
    });
  });

  test('every item status report is a row with its bulletin’s 期号 and date', () => {
    const rows = parse<Record<string, string>>(itemReportsCsv(itemReportRowsOf(rounds), urlOf, passages), {
      bom: true,
      columns: true,
    });
    expect(rows.filter((r) => r['事项编号'] === 'jia-road').map((r) => [r['进展'], r['简报']])).toEqual([
      ['规划中', '2030年第1期'],
      ['施工中', '2030年第2期'],
      ['已完成', '2030年第3期'],
    ]);
    // wu-road's 已完成 is reported by the draft round only.
    expect(rows.filter((r) => r['事项编号'] === 'wu-road').map((r) => r['进展'])).toEqual(['规划中']);
  });
});

describe('issue 2’s state reports', () => {
  test('the 31 teams counted as docked each carry the figure sentence and the note saying why', () => {
    const rows = stateRowsOf(archive).filter((r) => r.state === 'docked');
    expect(rows).toHaveLength(33);
    const counted = rows.filter((r) => r.quote === '全市116个帮扶工作队,有114个对接到位');
    expect(counted).toHaveLength(31);
    expect(counted.every((r) => r.note?.includes('平安财险、平安人寿'))).toBe(true);
  });

  test('a quote links to the paragraph of the bulletin that holds it', () => {
    const records = JSON.parse(statesJson(stateRowsOf(archive), urlOf, passagesOf(archive))) as {
      unit: { id: string } | null;
      state: string;
      bulletin: { url: string };
    }[];
    const visit = records.find((r) => r.unit?.id === 'zhujianju' && r.state === 'headVisit')!;
    expect(visit.bulletin.url).toMatch(/^https:\/\/example\.org\/bulletins\/2015-02\/#p\d+$/);
  });
});
