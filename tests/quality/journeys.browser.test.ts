import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { paths } from '../../src/lib/urls.ts';
import { watchPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const site = useSiteInBrowser(() => inject('siteDist'));

const VIEWPORTS = [
  { name: 'a phone', viewport: { width: 390, height: 844 } },
  { name: 'a desktop', viewport: { width: 1280, height: 800 } },
] as const;

/** A regular expression for the paths one entry-page helper makes: paths.village → /villages/[^/]+/$. */
function pathPattern(make: (id: string) => string): RegExp {
  const [before, after] = make('\u0000').split('\u0000') as [string, string];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escape(before)}[^/#?]+${escape(after)}$`);
}

/** Clicks the first visible link whose path matches, opening a collapsed menu first if it has to. */
async function follow(page: Page, target: RegExp | string, exclude?: string): Promise<void> {
  const matches = (href: string) => {
    const { pathname } = new URL(href, page.url());
    return pathname !== exclude && (typeof target === 'string' ? pathname === target : target.test(pathname));
  };
  const pick = async () => {
    for (const link of await page.locator('a[href]').all()) {
      if (matches((await link.getAttribute('href')) ?? '') && (await link.isVisible())) return link;
    }
    return undefined;
  };
  let link = await pick();
  if (!link) {
    const menu = page.locator('header button[aria-expanded="false"]').first();
    if ((await menu.count()) > 0 && (await menu.isVisible())) await menu.click();
    link = await pick();
  }
  expect(link, `no visible link to ${String(target)} on ${page.url()}`).toBeDefined();
  await Promise.all([page.waitForURL((url) => matches(url.href)), link?.click()]);
  await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
}

describe.each(VIEWPORTS)('on $name', ({ viewport }) => {
  const journey = async (steps: (page: Page) => Promise<void>) => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    const watched = watchPage(page, new URL(site.server.url).origin);
    await page.goto(site.server.url);
    await steps(page);
    await context.close();
    expect(watched.consoleMessages).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  };

  test('a reader goes from the home page to a bulletin and on to a village it names', async () => {
    await journey(async (page) => {
      await follow(page, pathPattern(paths.bulletin));
      await follow(page, pathPattern(paths.village));
    });
  });

  test('a reader goes from the home page to the item ledger and on to one item', async () => {
    await journey(async (page) => {
      await follow(page, paths.items());
      await follow(page, pathPattern(paths.item), paths.lateItems());
    });
  });
});
