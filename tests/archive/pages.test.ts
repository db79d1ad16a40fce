import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, inject, test } from 'vitest';
import { validateArchive } from '../../src/lib/integrity/validate.ts';
import { ISSUE2_FIXTURE, ROOT } from '../support/paths.ts';

const dist = inject('siteDist');
const { entries } = validateArchive(ISSUE2_FIXTURE, ROOT);
const named = (collection: string) =>
  entries
    .filter((e) => e.collection === collection)
    .map((e) => ({ id: e.id, data: e.parsed as Record<string, never> }));
const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
const h1 = (html: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();
/** Visible text without tags or white space. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');

test.each([
  ['villages', 'name'],
  ['towns', 'name'],
  ['units', 'name'],
  ['cases', 'title'],
  ['items', 'title'],
] as const)(
  'every entry of %s has its page, titled with its name, and the index links to it',
  (collection, field) => {
    const index = read(`${collection}/index.html`);
    for (const entry of named(collection)) {
      expect(h1(read(`${collection}/${entry.id}/index.html`))).toBe(entry.data[field]);
      expect(index, `${collection}/index.html → ${entry.id}`).toContain(`href="/${collection}/${entry.id}/"`);
    }
  },
);

test('every team has its page, named as the bulletins name it, linked from the team index, its unit and its village', () => {
  const index = read('teams/index.html');
  const units = new Map(named('units').map((u) => [u.id, String(u.data['name'])]));
  const villages = new Map(named('villages').map((v) => [v.id, String(v.data['name'])]));
  const teams = named('teams') as unknown as {
    id: string;
    data: { unit: { id: string }; village?: { id: string } };
  }[];
  expect(teams).toHaveLength(33);
  for (const team of teams) {
    const village = team.data.village && villages.get(team.data.village.id);
    expect(h1(read(`teams/${team.id}/index.html`))).toBe(
      `${units.get(team.data.unit.id)}${village ? `驻${village}` : ''}工作队`,
    );
    expect(index).toContain(`href="/teams/${team.id}/"`);
    expect(read(`units/${team.data.unit.id}/index.html`)).toContain(`href="/teams/${team.id}/"`);
    if (team.data.village)
      expect(read(`villages/${team.data.village.id}/index.html`)).toContain(`href="/teams/${team.id}/"`);
  }
});

test('a team page shows each state with the bulletin’s words, the passage they come from and the editor’s note', () => {
  const html = read('teams/zhujianju/index.html');
  const text = textOf(html);
  expect(text).toContain('第一书记：刘敬东');
  expect(text).toContain('对接到位：是');
  expect(text).toContain('全市116个帮扶工作队,有114个对接到位');
  expect(text).toContain('说明：简报只报总数');
  expect(text).toContain('主要领导入村走访：是（王彬局长，2015年5月12日）');
  expect(html).toMatch(/href="\/bulletins\/2015-02\/#p\d+"/);
});

test('the bulletin page lists the team states it reports, one line per thing said, naming every team', () => {
  const html = read('bulletins/2015-02/index.html');
  const section = /<section[^>]*aria-labelledby="state-reports"[\s\S]*?<\/section>/.exec(html)![0];
  expect(textOf(section)).toContain('对接到位：是（31）：');
  expect(textOf(section)).toContain('对接到位：否（2）：平安财险、平安人寿');
  expect(section).toContain('href="/teams/pingan-caixian/"');
});

test('the ledger lists every item once in one table, each row linking to the item page', () => {
  const html = read('items/index.html');
  expect(html.match(/<table/g)).toHaveLength(1);
  const rows = [...html.matchAll(/<tr id="item-([a-z0-9-]+)"/g)].map((m) => m[1]);
  expect(rows.sort()).toEqual(
    named('items')
      .map((i) => i.id)
      .sort(),
  );
  expect(rows).toHaveLength(15);
});

test('a village page names its town, unit, first and branch secretaries, items and the passages that mention it', () => {
  const text = textOf(read('villages/xigouzi/index.html'));
  for (const fact of [
    '毕郭镇',
    '市住建局',
    '刘敬东',
    '欧吉勇',
    '种植高档苗木',
    '村文化大院翻建工程',
    '驻西沟子工作队',
  ]) {
    expect(text).toContain(fact);
  }
  expect(read('villages/xigouzi/index.html')).toMatch(/href="\/bulletins\/2015-02\/#p\d+"/);
});

test('a village or unit the bulletins do not place says 未载明 instead of guessing', () => {
  expect(textOf(read('villages/fengjia/index.html'))).toContain('所属镇街区未载明');
  expect(textOf(read('units/pingan-caixian/index.html'))).toContain('所驻村未载明');
  expect(textOf(read('units/pingan-caixian/index.html'))).toContain('对接到位：否');
});

test('a unit page gives the head visit with who, title and date, and the bulletin it is as of', () => {
  const html = read('units/zhujianju/index.html');
  expect(textOf(html)).toContain(
    '主要领导入村走访：是（王彬局长，2015年5月12日）截至2015年第2期（2015年7月3日）',
  );
  expect(html).toMatch(/href="\/bulletins\/2015-02\/#p\d+"/);
});

test('each facet value has a pre-built page listing only its rows, for readers without JavaScript', () => {
  const completed = read('items/status/completed/index.html');
  const rows = [...completed.matchAll(/<tr id="item-/g)];
  expect(rows).toHaveLength(7);
  expect(textOf(completed)).not.toContain('施工中2015年');
  expect(read('items/index.html')).toContain('href="/items/status/completed/"');
  expect(read('items/town/_unstated/index.html').match(/<tr id="item-/g)).toHaveLength(10);
});

test('the downloads exist, are linked from the ledger, and hold exactly the ledger’s items', () => {
  const ledger = read('items/index.html');
  for (const file of [
    'items.csv',
    'items.json',
    'figures.csv',
    'figures.json',
    'indicators.csv',
    'indicators.json',
    'item-reports.csv',
    'item-reports.json',
    'states.csv',
    'states.json',
  ])
    expect(ledger).toContain(`href="/data/${file}"`);
  const csv = read('data/items.csv');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const records = parse<Record<string, string>>(csv, { bom: true, columns: true });
  const json = JSON.parse(read('data/items.json')) as { id: string; statusLabel: string }[];
  const ids = named('items')
    .map((i) => i.id)
    .sort();
  expect(records.map((r) => r['编号']).sort()).toEqual(ids);
  expect(json.map((r) => r.id).sort()).toEqual(ids);
  expect(Object.fromEntries(records.map((r) => [r['编号'], r['进展']]))).toEqual(
    Object.fromEntries(json.map((r) => [r.id, r.statusLabel])),
  );
  const figures = JSON.parse(read('data/figures.json')) as { bulletin: { id: string }; indicator: string }[];
  expect([...new Set(figures.map((f) => f.bulletin.id))]).toEqual(named('bulletins').map((b) => b.id));
  const indicators = JSON.parse(read('data/indicators.json')) as { id: string }[];
  expect(figures.map((f) => f.indicator)).toEqual(indicators.map((i) => i.id));
  expect(read('data/figures.csv').charCodeAt(0)).toBe(0xfeff);
  expect(read('data/indicators.csv').charCodeAt(0)).toBe(0xfeff);
});

test('a case page renders its text and links its bulletin and the entities it is about; they link back', () => {
  const html = read('cases/guojia-pumping-station/index.html');
  expect(textOf(html)).toContain('协调筹集资金35万元');
  for (const href of [
    '/bulletins/2015-02/',
    '/units/canlian/',
    '/villages/guojia/',
    '/items/guojia-yangshuizhan/',
  ]) {
    expect(html).toContain(`href="${href}"`);
  }
  for (const page of ['villages/guojia', 'units/canlian', 'items/guojia-yangshuizhan']) {
    expect(read(`${page}/index.html`)).toContain('href="/cases/guojia-pumping-station/"');
  }
  expect(read('towns/wenquan/index.html')).toContain('href="/cases/wenquan-management-file/"');
});

test('with the real content nothing is flagged 逾期: the latest bulletin predates every expected completion', () => {
  expect(textOf(read('items/late/index.html'))).toContain('目前没有逾期的帮扶事项');
  expect(textOf(read('items/index.html'))).not.toMatch(/!逾期/);
});

test('a pre-built filtered page links only the short facet lists, so pages do not grow with the number of units', () => {
  const page = read('items/unit/zhujianju/index.html');
  expect(page.match(/<tr id="item-/g)).toHaveLength(4);
  expect(page).toContain('href="/items/status/completed/"');
  expect(page).not.toContain('href="/items/unit/');
  expect(page).not.toContain('href="/items/town/');
});
