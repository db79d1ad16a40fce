import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { watchPage } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../../tools/serve.ts';
import { PAGE_SIZE, buildTinyLedger } from './ledger-pages-fixture.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let server: StaticServer;
let browser: Browser;
let contentDir: string;
let watches: ReturnType<typeof watchPage>[] = [];

beforeAll(async () => {
  const tiny = buildTinyLedger('ledger-pages-browser');
  contentDir = tiny.contentDir;
  if (!tiny.build.ok) throw new Error(tiny.build.output);
  server = await serveDist(tiny.build.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(contentDir, { recursive: true, force: true });
});
afterEach(() => {
  for (const watch of watches) {
    expect(watch.consoleMessages).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  }
  watches = [];
});

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  watches.push(watchPage(page, new URL(server.url).origin));
  await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
  return page;
}

const pagination = (page: Page) => page.getByRole('navigation', { name: '分页' });
const firstRow = (page: Page) => page.locator('table tbody tr').first().getAttribute('id');

test('a reader pages through a long ledger with 下一页 and the page numbers, the current page marked', async () => {
  const page = await open('/items/');
  expect(await page.locator('table tbody tr').count()).toBe(PAGE_SIZE);
  const first = await firstRow(page);
  await pagination(page).getByRole('link', { name: '下一页' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/items/2/');
  expect(await firstRow(page)).not.toBe(first);
  expect(await pagination(page).locator('[aria-current="page"]').textContent()).toBe('2');
  await pagination(page).getByRole('link', { name: '1', exact: true }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/items/');
  expect(await firstRow(page)).toBe(first);
  await page.context().close();
});

test('on a paginated ledger a facet link opens the pre-built facet page and headers offer no sorting', async () => {
  const page = await open('/items/2/');
  expect(await page.locator('thead button').count()).toBe(0);
  await page
    .getByRole('navigation', { name: '筛选' })
    .getByRole('link', { name: /^已完成/ })
    .click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/items/status/completed/');
  expect(await pagination(page).getByRole('link', { name: '下一页' }).count()).toBe(1);
  await page.context().close();
});

test.each(['/items/', '/items/2/', '/items/status/completed/2/'])(
  'the paginated ledger page %s has no WCAG 2.2 A or AA violation that axe can find',
  async (path) => {
    const page = await open(path);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await page.context().close();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  },
);
