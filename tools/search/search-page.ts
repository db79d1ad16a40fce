import type { Page } from 'playwright-core';

export interface SearchOutcome {
  /** What the status line (announced to screen readers) says. */
  status: string;
  /** Site paths of the results, in order, without base, query or hash. */
  paths: string[];
  /** Visible text of each result. */
  texts: string[];
}

const STILL_WORKING = '正在搜索…';

/** Waits until the search page has finished a search and reads what a person sees. */
export async function readResults(page: Page, base: string): Promise<SearchOutcome> {
  await page.waitForFunction((working) => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status !== '' && status !== working;
  }, STILL_WORKING);
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  const results = page.locator('[data-search-results] > li');
  const hrefs = await results
    .locator('a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  const texts = await results.evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText));
  return { status, paths: hrefs.map((href) => `/${href.slice(base.length)}`), texts };
}

/** Types a query into the search page's own field and submits it, as a person would. */
export async function searchFor(page: Page, base: string, query: string): Promise<SearchOutcome> {
  const field = page.getByRole('search', { name: '搜索', exact: true }).getByRole('searchbox');
  await field.fill(query);
  await page.evaluate(() => {
    const status = document.querySelector('[data-search-status]');
    if (status) status.textContent = '';
  });
  await field.press('Enter');
  return readResults(page, base);
}
