import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { beforeAll, expect, test } from 'vitest';
import { buildSite, copyContent, type BuildResult } from '../support/build.ts';
import { crawlDist } from '../support/crawl.ts';

const SITE = 'https://intranet.example.gov.cn';
const BASE = '/archive/';
let build: BuildResult;

/** A second, clearly synthetic issue, so the build has a previous issue and a change to show. */
const SYNTHETIC_ISSUE = `---
issue: 3
date: 2015-08-01
issuer: 招远市后进村帮扶工作领导小组办公室
title: 合成测试简报（非真实内容）
figures:
  - { indicator: teams-total, value: 116, quote: 全市116个帮扶工作队已全部对接到位 }
  - { indicator: teams-docked, value: 116, quote: 全市116个帮扶工作队已全部对接到位 }
  - { indicator: units-total, value: 116, quote: 116个单位中100个单位的主要领导已入村走访 }
  - { indicator: heads-visited, value: 100, quote: 116个单位中100个单位的主要领导已入村走访 }
  - { indicator: heads-not-visited, value: 16, quote: 16个未走访 }
  - { indicator: units-missing-major-items, value: 2, quote: 2个单位未提交三项重大帮扶事项 }
---

本期为测试生成的合成简报，并非真实内容。毕郭镇西沟子村继续推进帮扶工作。

全市116个帮扶工作队已全部对接到位；116个单位中100个单位的主要领导已入村走访，16个未走访，2个单位未提交三项重大帮扶事项。
`;

const page = (file: string) => parse(fs.readFileSync(path.join(build.outDir, file), 'utf8'));

beforeAll(() => {
  const content = copyContent('base-path');
  fs.writeFileSync(path.join(content, 'bulletins/2015-03.mdx'), SYNTHETIC_ISSUE);
  build = buildSite('base-path', { contentDir: content, env: { BASE_PATH: BASE, SITE_URL: SITE } });
});

test('a build under a subpath keeps every link, anchor and asset inside that subpath', () => {
  expect(build.ok, build.output).toBe(true);
  const report = crawlDist(build.outDir, { site: SITE, base: BASE });
  expect(report.pages).toBeGreaterThan(3);
  expect(report.problems).toEqual([]);
});

test('each issue links to the issue before and after it', () => {
  const older = page('bulletins/2015-02/index.html');
  const newer = page('bulletins/2015-03/index.html');
  expect(older.querySelector('a[rel=next]')?.getAttribute('href')).toBe('/archive/bulletins/2015-03/');
  expect(older.querySelector('a[rel=prev]')).toBeNull();
  expect(newer.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/archive/bulletins/2015-02/');
  expect(newer.querySelector('a[rel=next]')).toBeNull();
});

test('the home page scoreboard shows the latest figures and the change since the issue before', () => {
  const board = page('index.html').querySelector('.scoreboard')!.textContent.replace(/\s+/g, '');
  expect(board).toContain('对接到位的工作队116/116');
  expect(board).toContain('较招远市后进村帮扶工作简报2015年第2期增加2');
  expect(board).toContain('未提交三项重大帮扶事项的单位2/116');
  expect(board).toContain('减少6');
});

test('feed, sitemap and citation give absolute addresses under the configured site and subpath', () => {
  const xml = new XMLParser({ isArray: (name) => name === 'item' });
  const { rss } = xml.parse(fs.readFileSync(path.join(build.outDir, 'rss.xml'), 'utf8')) as {
    rss: { channel: { link: string; item: { link: string }[] } };
  };
  expect(rss.channel.link).toBe(`${SITE}${BASE}`);
  expect(rss.channel.item.map((i) => i.link)).toEqual([
    `${SITE}${BASE}bulletins/2015-03/`,
    `${SITE}${BASE}bulletins/2015-02/`,
  ]);
  const sitemap = fs.readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toContain(`${SITE}${BASE}bulletins/2015-03/`);
  expect(locs.filter((loc) => !loc?.startsWith(`${SITE}${BASE}`))).toEqual([]);
  const cite = page('bulletins/2015-02/index.html').querySelector('.citation a');
  expect(cite?.getAttribute('href')).toBe(`${SITE}${BASE}bulletins/2015-02/`);
});

test('the bulletins index groups issues by year, newest first', () => {
  const index = page('bulletins/index.html');
  expect(index.querySelectorAll('h2').map((h) => h.textContent.replace(/\s+/g, ''))).toEqual([
    '2015年（共2期）',
  ]);
  expect(index.querySelectorAll('.issues a').map((a) => a.getAttribute('href'))).toEqual([
    '/archive/bulletins/2015-03/',
    '/archive/bulletins/2015-02/',
  ]);
});
