import type { Page } from 'playwright-core';
import { afterEach, expect, inject, test } from 'vitest';
import { watchPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const site = useSiteInBrowser(() => inject('siteDist'));

let watches: ReturnType<typeof watchPage>[] = [];

afterEach(() => {
  for (const watch of watches) {
    expect(watch.consoleMessages).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  }
  watches = [];
});

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  watches.push(watchPage(page, new URL(site.server.url).origin));
  await page.goto(new URL(path.replace(/^\//, ''), site.server.url).href);
  return page;
}

const ledgerRows = (page: Page) => page.locator('table tbody tr:visible');
const facets = (page: Page) => page.getByRole('navigation', { name: '筛选' });
const facet = (page: Page, name: RegExp) => facets(page).getByRole('link', { name });
/** Facet groups other than status and category start folded, as a reader finds them. */
const unfold = (page: Page, group: string) => facets(page).locator('summary', { hasText: group }).click();

test('a reader reaches a village page from the site navigation', async () => {
  const page = await open('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '后进村' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('后进村');
  await page.getByRole('link', { name: '西沟子村' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('西沟子村');
  await expect.poll(() => page.getByText('刘敬东').count()).toBeGreaterThan(0);
  await page.context().close();
});

test('with JavaScript, facets combine in place, the URL records them, and reloading restores the view', async () => {
  const page = await open('/items/');
  expect(await ledgerRows(page).count()).toBe(15);
  await facet(page, /^已完成/).click();
  await expect.poll(() => ledgerRows(page).count()).toBe(7);
  expect(new URL(page.url()).search).toBe('?status=completed');
  await unfold(page, '镇街区');
  await facet(page, /^毕郭镇/).click();
  await expect.poll(() => ledgerRows(page).count()).toBe(2);
  expect(new URL(page.url()).search).toBe('?status=completed&town=biguo');
  expect(await page.getByRole('status').textContent()).toBe('显示 2 项，共 15 项');
  // Counts follow the other chosen facets: among 毕郭镇's items, 施工中 has two.
  expect(await facet(page, /^施工中/).textContent()).toMatch(/（\s*2\s*）/);

  await page.reload();
  await expect.poll(() => ledgerRows(page).count()).toBe(2);
  expect(await facet(page, /^毕郭镇/).getAttribute('aria-current')).toBe('true');

  await page.goBack();
  await expect.poll(() => ledgerRows(page).count()).toBe(7);
  await page.getByRole('link', { name: '清除筛选' }).click();
  await expect.poll(() => ledgerRows(page).count()).toBe(15);
  expect(new URL(page.url()).search).toBe('');
  await page.context().close();
});

test('with JavaScript, a column sorts both ways, 未载明 stays last, and the sort is in the URL', async () => {
  const page = await open('/items/');
  const money = page.getByRole('button', { name: '金额' });
  await money.click();
  expect(new URL(page.url()).search).toBe('?sort=money');
  expect(await page.getByRole('columnheader', { name: '金额' }).getAttribute('aria-sort')).toBe('ascending');
  const firstTitles = () => ledgerRows(page).locator('th').allTextContents();
  expect((await firstTitles()).slice(0, 2).map((t) => t.trim())).toEqual(['扬水站建设', '钢化项目招商引资']);
  await money.click();
  expect(new URL(page.url()).search).toBe('?sort=money&order=desc');
  expect((await firstTitles()).slice(0, 2).map((t) => t.trim())).toEqual(['钢化项目招商引资', '扬水站建设']);
  await page.reload();
  expect((await firstTitles())[0]?.trim()).toBe('钢化项目招商引资');
  await page.context().close();
});

test('without JavaScript, a facet link opens a page listing only the matching items', async () => {
  const page = await open('/items/', { javaScriptEnabled: false });
  expect(await ledgerRows(page).count()).toBe(15);
  await facet(page, /^已完成/).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('进展：已完成');
  expect(new URL(page.url()).pathname).toBe('/items/status/completed/');
  expect(await ledgerRows(page).count()).toBe(7);
  await facet(page, /^施工中/).click();
  expect(new URL(page.url()).pathname).toBe('/items/status/underConstruction/');
  expect(await ledgerRows(page).count()).toBe(4);
  await page.getByRole('link', { name: '全部帮扶事项' }).click();
  await unfold(page, '帮扶单位');
  await facet(page, /^市住建局/).click();
  expect(await ledgerRows(page).count()).toBe(4);
  await page.context().close();
});
