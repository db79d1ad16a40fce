import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { itemsCsv, itemsJson, type UrlOf } from '../../src/lib/downloads.ts';
import { figuresCsv, figuresJson, indicatorsCsv, indicatorsJson } from '../../src/lib/figure-downloads.ts';
import { figureRowsOf } from '../../src/lib/figures.ts';
import { itemReportsCsv, statesCsv, statesJson } from '../../src/lib/report-downloads.ts';
import { ledgerOf } from '../../src/lib/ledger.ts';
import { passageFinder, passagesOf } from '../../src/lib/passages.ts';
import { itemReportRowsOf, stateRowsOf } from '../../src/lib/report-rows.ts';
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

test('figures come one row per reported figure, with the 期号, date, Chinese label, unit and quote', () => {
  const csv = figuresCsv(figureRowsOf(archive), urlOf, passagesOf(archive));
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const records = parse<Record<string, string>>(csv, { bom: true, columns: true });
  expect(records).toHaveLength(8);
  const docked = records.find((r) => r['指标编号'] === 'teams-docked')!;
  expect(docked['网址']).toMatch(/^https:\/\/example\.org\/bulletins\/2015-02\/#/);
  expect({ ...docked, 网址: '' }).toEqual({
    简报: '2015年第2期',
    简报印发日期: '2015年7月3日',
    指标编号: 'teams-docked',
    指标: '对接到位的工作队',
    单位: '个',
    数值: '114',
    约数: '',
    简报所印: '114个',
    简报原话: '全市116个帮扶工作队,有114个对接到位',
    网址: '',
  });
  const json = JSON.parse(figuresJson(figureRowsOf(archive), urlOf, passagesOf(archive))) as {
    indicator: string;
    value: number;
    bulletin: { label: string; date: string };
  }[];
  expect(json.map((r) => r.indicator)).toEqual(archive.indicators.map((i) => i.id));
  expect(json[0]).toMatchObject({ value: 5, bulletin: { label: '2015年第2期', date: '2015-07-03' } });
});

test('the indicator catalogue downloads list every indicator with its rules', () => {
  const records = parse<Record<string, string>>(indicatorsCsv(archive.indicators), {
    bom: true,
    columns: true,
  });
  expect(records.map((r) => r['指标编号'])).toEqual(archive.indicators.map((i) => i.id));
  expect(records.find((r) => r['指标编号'] === 'units-total')).toMatchObject({
    指标: '帮扶部门和单位',
    等于哪些指标之和: 'heads-visited、heads-not-visited',
    只能是整数: '是',
  });
  const json = JSON.parse(indicatorsJson(archive.indicators)) as { id: string; partOf: string | null }[];
  expect(json.find((r) => r.id === 'teams-docked')?.partOf).toBe('teams-total');
});

test('a new indicator in 万元 is downloaded with its decimals and its 约 or 余 (synthetic rounds)', () => {
  const rounds = loadArchive(ROUNDS_FIXTURE);
  const records = parse<Record<string, string>>(figuresCsv(figureRowsOf(rounds), urlOf, passageFinder([])), {
    bom: true,
    columns: true,
  });
  const funds = records.filter((r) => r['单位'] === '万元');
  expect(funds.map((r) => [r['简报'], r['指标编号'], r['数值'], r['约数'], r['简报所印']])).toEqual([
    ['2030年第3期', 'funds-invested', '1250.5', '约', '约1250.5万元'],
    ['2030年第4期', 'funds-invested', '1380.75', '', '1380.75万元'],
    ['2030年第4期', 'funds-coordinated', '600', '余', '600余万元'],
  ]);
  // The draft round 5 reports figures too; none of them is downloaded.
  expect(records.some((r) => r['简报'] === '2030年第5期')).toBe(false);
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
