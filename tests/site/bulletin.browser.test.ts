import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, expect, inject, test } from 'vitest';
import { watchPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';
import { TEST_OUT } from '../support/paths.ts';

const site = useSiteInBrowser(() => inject('siteDist'));

/** Screenshots and PDFs a person can look at after the run. */
const ARTIFACTS = path.join(TEST_OUT, 'artifacts');
let watches: ReturnType<typeof watchPage>[] = [];

beforeAll(() => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
afterEach(() => {
  for (const watch of watches) {
    expect(watch.consoleMessages).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  }
  watches = [];
});

async function open(sitePath: string, viewport = { width: 390, height: 844 }): Promise<Page> {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  watches.push(watchPage(page, new URL(site.server.url).origin));
  await page.goto(new URL(sitePath.replace(/^\//, ''), site.server.url).href);
  return page;
}

test('a reader follows a village name in a bulletin paragraph to the village page', async () => {
  const page = await open('/bulletins/2015-02/');
  const paragraph = page.locator('p', { hasText: '王彬局长' });
  await paragraph.getByRole('link', { name: '西沟子村' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('西沟子村');
  expect(new URL(page.url()).pathname).toBe('/villages/xigouzi/');
  await page.context().close();
});

test('a paragraph shows its ¶ link on hover and on keyboard focus, and the link cites that paragraph', async () => {
  const page = await open('/bulletins/2015-02/', { width: 1280, height: 900 });
  const paragraph = page.locator('#p4');
  const pilcrow = paragraph.getByRole('link', { name: '本段链接' });
  const opacity = () => pilcrow.evaluate((el) => Number(getComputedStyle(el).opacity));
  expect(await opacity()).toBe(0);
  await paragraph.hover();
  await expect.poll(opacity).toBe(1);
  await page.mouse.move(0, 0);
  await pilcrow.focus();
  await expect.poll(opacity).toBe(1);
  await pilcrow.click();
  expect(new URL(page.url()).hash).toBe('#p4');
  await page.context().close();
});

test('printing a bulletin gives the paper 简报: red masthead and rule, body, distribution footer, no site chrome', async () => {
  const page = await open('/bulletins/2015-02/', { width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  expect(await page.locator('.site-footer').isVisible()).toBe(false);
  expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
  expect(await page.locator('.passage-link').first().isVisible()).toBe(false);
  expect(await page.locator('.citation').isVisible()).toBe(false);
  const red = 'rgb(179, 0, 12)';
  const series = page.getByText('基层党组织“第一书记”暨后进村帮扶工作简报', { exact: true });
  expect(await series.evaluate((el) => getComputedStyle(el).color)).toBe(red);
  expect(await page.locator('.masthead').evaluate((el) => getComputedStyle(el).borderBottomColor)).toBe(red);
  expect(await page.getByText('第2期', { exact: true }).isVisible()).toBe(true);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('全市后进村帮扶工作督查情况通报');
  expect(await page.getByText('（共印160份）').isVisible()).toBe(true);
  expect(await page.locator('.body').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(
    /SimSun|Song|Serif/,
  );
  await page.screenshot({ path: path.join(ARTIFACTS, 'bulletin-2015-02-print.png'), fullPage: true });

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'bulletin-2015-02.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // The 9-page paper original: the body alone fills several A4 pages, and no site page is appended.
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(3);
  expect(pages).toBeLessThan(15);
  await page.context().close();
});
