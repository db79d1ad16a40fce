import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, expect, inject, test } from 'vitest';
import { bulletinBlocks } from '../../src/lib/paragraphs.ts';
import { ISSUE2_FIXTURE } from '../support/paths.ts';

let page: HTMLElement;
let blocks: ReturnType<typeof bulletinBlocks>;

beforeAll(() => {
  page = parse(fs.readFileSync(path.join(inject('siteDist'), 'bulletins/2015-02/index.html'), 'utf8'));
  const source = fs.readFileSync(path.join(ISSUE2_FIXTURE, 'bulletins/2015-02.mdx'), 'utf8');
  blocks = bulletinBlocks(source.replace(/^---\n[\s\S]*?\n---\n/, ''));
});

/** The body's citable elements, in document order. */
const anchored = () => page.querySelectorAll('.body [id]').filter((el) => /^[ps]\d+$/.test(el.id));
/** An element's text without its ¶ link. */
const ownText = (el: HTMLElement) => {
  const copy = parse(el.outerHTML);
  for (const link of copy.querySelectorAll('.passage-link')) link.remove();
  return copy.textContent;
};

test('every paragraph and heading of issue 2 carries the anchor bulletinBlocks gives it, in order', () => {
  expect(blocks.length).toBeGreaterThan(30);
  expect(anchored().map((el) => el.id)).toEqual(blocks.map((b) => b.anchor));
  expect(anchored().map((el) => (el.tagName === 'P' ? 'paragraph' : 'heading'))).toEqual(
    blocks.map((b) => b.kind),
  );
});

test('the body text is the source text exactly: names are only wrapped in links', () => {
  expect(anchored().map(ownText)).toEqual(blocks.map((b) => b.text));
});

test('each paragraph and heading has a ¶ link to its own anchor', () => {
  for (const el of anchored()) {
    const holder = el.tagName === 'P' ? el : el.parentNode;
    expect(holder?.querySelector('.passage-link')?.getAttribute('href'), el.id).toBe(`#${el.id}`);
  }
});

test('names of villages, units and towns in the body link to their pages, the longest name winning', () => {
  const linksOf = (anchor: string) =>
    page.querySelectorAll(`#${anchor} a.name`).map((a) => `${a.textContent}→${a.getAttribute('href')}`);
  const p = (needle: string) => blocks.find((b) => b.kind === 'paragraph' && b.text.includes(needle))!.anchor;
  expect(linksOf(p('王彬局长'))).toEqual([
    '市住建局→/units/zhujianju/',
    '毕郭镇→/towns/biguo/',
    '西沟子村→/villages/xigouzi/',
  ]);
  expect(linksOf(p('市委老干部局驻'))).toEqual([
    '市委老干部局→/units/laoganbuju/',
    '小宋家村→/villages/xiaosongjia/',
  ]);
  expect(page.querySelectorAll('h2 a, h3 a')).toEqual([]);
});

test('below the body: the reported figures, the item reports and the cases from this issue', () => {
  const text = page.textContent.replace(/\s+/g, '');
  expect(text).toContain('对接到位的工作队114个共116个');
  expect(text).toContain('未提交三项重大帮扶事项的单位8个共116个');
  const reports = page.querySelector('[aria-labelledby=item-reports]')!;
  expect(reports.textContent).toMatch(/扬水站建设（郭家村，市残联）：已完成/);
  expect(reports.querySelector('a[href="/items/guojia-yangshuizhan/"]')).not.toBeNull();
  expect(
    page.querySelector('[aria-labelledby=cases] a[href="/cases/guojia-pumping-station/"]'),
  ).not.toBeNull();
});

test('the citation names the series and issue and gives the permanent absolute address', () => {
  const citation = page.querySelector('.citation')!;
  expect(citation.textContent).toContain('招远市后进村帮扶工作简报 2015年第2期');
  expect(citation.querySelector('a')?.getAttribute('href')).toBe(
    'https://bangfu.example.org/bulletins/2015-02/',
  );
});

test('the page has one h1, the bulletin title', () => {
  expect(page.querySelectorAll('h1').map((h) => h.textContent)).toEqual(['全市后进村帮扶工作督查情况通报']);
});
