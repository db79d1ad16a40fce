import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { expect, inject, test } from 'vitest';
import { SECTIONS } from '../../src/lib/sections.ts';

const page = (file: string) => parse(fs.readFileSync(path.join(inject('siteDist'), file), 'utf8'));
const hrefs = (file: string) =>
  page(file)
    .querySelectorAll('main a')
    .map((a) => a.getAttribute('href'));

test('the home page scoreboard shows the latest bulletin’s figures as parts of their whole', () => {
  const board = page('index.html').querySelector('.scoreboard')!;
  const text = board.textContent.replace(/\s+/g, '');
  expect(text).toContain('对接到位的工作队114/116');
  expect(text).toContain('主要领导入村走访的单位96/116');
  expect(text).toContain('未提交三项重大帮扶事项的单位8/116');
  expect(text).toContain('截至招远市后进村帮扶工作简报2015年第2期');
  // One issue only: there is nothing to compare with yet.
  expect(text).not.toMatch(/增加|减少|持平/);
});

test('the home page leads to the latest bulletin and into every section', () => {
  const links = hrefs('index.html');
  expect(links).toContain('/bulletins/2015-02/');
  for (const section of SECTIONS) expect(links, section.key).toContain(section.path);
  expect(page('index.html').querySelectorAll('h1')).toHaveLength(1);
});

test('the header navigation is short and reaches every main section from every page', () => {
  for (const file of ['index.html', 'bulletins/2015-02/index.html', 'about/index.html', '404.html']) {
    const nav = page(file).querySelector('nav[aria-label=主导航]')!;
    const links = nav.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links, file).toEqual(SECTIONS.filter((s) => s.inHeader).map((s) => s.path));
  }
});

test('every page starts with a skip link to its main content and has exactly one h1', () => {
  for (const file of [
    'index.html',
    'bulletins/index.html',
    'bulletins/2015-02/index.html',
    'about/index.html',
    '404.html',
  ]) {
    const root = page(file);
    expect(root.querySelector('body a')?.getAttribute('href'), file).toBe('#main');
    expect(root.querySelector('main#main'), file).not.toBeNull();
    expect(root.querySelectorAll('h1'), file).toHaveLength(1);
  }
});

test('the 404 page speaks Chinese, leads back home and to the sections, and is not indexed', () => {
  const root = page('404.html');
  expect(root.querySelector('h1')?.textContent).toBe('页面不存在');
  expect(hrefs('404.html')).toContain('/');
  expect(hrefs('404.html')).toContain('/bulletins/');
  expect(root.querySelector('link[rel=canonical]')).toBeNull();
  expect(root.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
});

test('the about page names the issuer, the source of the content and the 未载明 rule, and links the downloads', () => {
  const root = page('about/index.html');
  const text = root.textContent;
  expect(text).toContain('招远市后进村帮扶工作领导小组办公室');
  expect(text).toContain('未载明');
  expect(hrefs('about/index.html')).toEqual(
    expect.arrayContaining(['/data/items.csv', '/data/figures.csv', '/rss.xml']),
  );
});
