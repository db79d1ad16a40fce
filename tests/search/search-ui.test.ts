import { expect, inject, test } from 'vitest';
import { watchPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';
import { readResults } from '../../tools/search/search-page.ts';

const base = '/';
const site = useSiteInBrowser(() => inject('siteDist'), base);
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test('on a phone, a search from the header box can be narrowed by type, and its shared address shows the same results', async () => {
  const context = await site.browser.newContext(phone);
  const page = await context.newPage();
  const watched = watchPage(page, new URL(site.server.url).origin);
  await page.goto(site.server.url);
  const box = page.getByRole('search', { name: '搜索全站' }).getByRole('searchbox');
  await expect.poll(() => box.isVisible()).toBe(true);
  await box.fill('郭家村');
  await box.press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  const all = await readResults(page, base);
  expect(all.status).toMatch(/^找到 \d+ 条包含“郭家村”的结果$/);
  expect(all.paths).toContain('/villages/guojia/');
  expect(all.paths).toContain('/bulletins/2015-02/');

  await page.getByText('按类型、年份、镇街等筛选').click();
  await page.getByLabel('类型').selectOption({ label: '村（1）' });
  await page.waitForURL(/type=/);
  const villages = await readResults(page, base);
  expect(villages.paths).toEqual(['/villages/guojia/']);
  expect(villages.status).toBe('找到 1 条包含“郭家村”的结果');

  const shared = page.url();
  expect(new URL(shared).searchParams.get('type')).toBe('村');
  const other = await (await site.browser.newContext(phone)).newPage();
  const otherWatched = watchPage(other, new URL(site.server.url).origin);
  await other.goto(shared);
  expect((await readResults(other, base)).paths).toEqual(villages.paths);
  expect(await other.getByLabel('类型').inputValue()).toBe('村');

  await page.goBack();
  await expect.poll(async () => (await readResults(page, base)).paths).toEqual(all.paths);
  expect([...watched.consoleMessages, ...otherWatched.consoleMessages]).toEqual([]);
  expect([...watched.foreignRequests, ...otherWatched.foreignRequests]).toEqual([]);
  await context.close();
  await other.context().close();
});

test('a search fetches no filter index until someone opens the filter panel', async () => {
  const page = await site.browser.newPage();
  const filterFiles: string[] = [];
  page.on('request', (request) => {
    if (/\/pagefind\/filter\//.test(request.url())) filterFiles.push(request.url());
  });
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent('扬水站 西沟子')}`);
  expect((await readResults(page, base)).paths.length).toBeGreaterThan(0);
  expect(filterFiles).toEqual([]);
  await page.getByText('按类型、年份、镇街等筛选').click();
  await expect
    .poll(() => page.getByLabel('类型').locator('option').allInnerTexts())
    .toEqual(expect.arrayContaining([expect.stringMatching(/^简报（\d+）$/)]));
  expect(filterFiles.length).toBeGreaterThan(0);
  await page.close();
});

test('sorting by date is kept in the address', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent('扬水站')}`);
  await readResults(page, base);
  await page.getByLabel('排序').selectOption('newest');
  await page.waitForURL(/sort=newest/);
  await page.reload();
  await readResults(page, base);
  expect(await page.getByLabel('排序').inputValue()).toBe('newest');
  await page.close();
});

test('a result opens its page at the passage, with the words highlighted', async () => {
  const page = await site.browser.newPage();
  const watched = watchPage(page, new URL(site.server.url).origin);
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent('刘敬东')}`);
  await readResults(page, base);
  await page.locator('[data-search-results] a[href*="/bulletins/2015-02/"]').click();
  await page.waitForURL(/\/bulletins\/2015-02\/\?highlight=.*#p\d+$/);
  const mark = page.locator('main mark', { hasText: '刘敬东' }).first();
  await expect.poll(() => mark.isVisible()).toBe(true);
  const hash = new URL(page.url()).hash.slice(1);
  expect(await page.locator(`[id="${hash}"]`).textContent()).toContain('刘敬东');
  expect(watched.consoleMessages).toEqual([]);
  await page.close();
});

test('the result count is announced, and results are reached from the keyboard', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent('沼气')}`);
  const { status, paths } = await readResults(page, base);
  expect(await page.getByRole('status').textContent()).toBe(status);
  await page.getByRole('search', { name: '搜索', exact: true }).getByRole('searchbox').focus();
  const focused: string[] = [];
  for (let i = 0; i < 12 && focused.length < 1; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(
      () =>
        document.activeElement?.closest('[data-search-results]') &&
        (document.activeElement as HTMLAnchorElement).pathname,
    );
    if (href) focused.push(href);
  }
  expect(focused).toEqual([paths[0]]);
  await page.close();
});

test('without JavaScript the search page says so and offers the indexes', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent('郭家村')}`);
  await expect.poll(() => page.locator('main').innerText()).toContain('搜索需要浏览器启用 JavaScript');
  const links = page.getByRole('navigation', { name: '按目录查找' }).getByRole('link');
  expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toEqual([
    '/bulletins/',
    '/villages/',
    '/items/',
  ]);
  await context.close();
});

test('pages other than the search page fetch nothing of the search index', async () => {
  const page = await site.browser.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  for (const path of ['', 'bulletins/2015-02/?highlight=沼气', 'villages/guojia/']) {
    await page.goto(`${site.server.url}${path}`);
    await page.waitForLoadState('networkidle');
  }
  expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  await page.close();
});
