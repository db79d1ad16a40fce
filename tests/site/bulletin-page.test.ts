import fs from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { ISSUE2_FIXTURE } from '../support/paths.ts';

const html = () => fs.readFileSync(path.join(inject('siteDist'), 'bulletins/2015-02/index.html'), 'utf8');

/** Visible text of an HTML string: tags dropped, entities decoded, white space removed. */
function textOf(markup: string): string {
  return markup
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}

/** Text shared by the entry and the page, compared with punctuation width ignored. */
const comparable = (text: string) =>
  text.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')');

test('every paragraph and heading of the issue 2 entry is on its page, in order', () => {
  const source = fs.readFileSync(path.join(ISSUE2_FIXTURE, 'bulletins/2015-02.mdx'), 'utf8');
  const body = source.replace(/^---[\s\S]*?\n---\n/, '');
  const blocks = body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^#+\s*/, '').replace(/\s+/g, ''))
    .filter(Boolean);
  expect(blocks.length).toBeGreaterThan(30);
  const page = comparable(textOf(html()));
  let from = 0;
  for (const block of blocks) {
    const at = page.indexOf(comparable(block), from);
    expect(at, `missing or out of order: ${block.slice(0, 30)}…`).toBeGreaterThanOrEqual(from);
    from = at + block.length;
  }
});

test('the page is laid out as the printed 简报: masthead, title, distribution footer', () => {
  const page = textOf(html());
  expect(page).toContain('基层党组织“第一书记”暨后进村帮扶工作简报');
  expect(page).toContain('第2期');
  expect(page).toContain('2015年7月3日');
  expect(page).toContain('全市后进村帮扶工作督查情况通报');
  expect(page).toMatch(/报:|报：/);
  expect(page).toContain('市级班子领导成员');
  expect(page).toContain('存档');
  expect(page).toContain('共印160份');
  expect(html()).toContain('<html lang="zh-CN"');
});
