import fs from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { watchPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const site = useSiteInBrowser(() => inject('siteDist'));

test('the form editor of a build loads from the site’s own files alone and speaks Chinese', async () => {
  const page = await site.browser.newPage();
  const watch = watchPage(page, new URL(site.server.url).origin);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(new URL('admin/', site.server.url).href);
  // The production backend asks the editor to log in with the git host named in src/config/editor.ts.
  await expect.poll(() => page.getByRole('button', { name: /登录/ }).count(), { timeout: 30_000 }).toBe(1);
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  expect(failed).toEqual([]);
  expect(watch.consoleMessages).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  await page.close();
});

test('the form editor is kept out of the sitemap and the search index', () => {
  const dist = inject('siteDist');
  const sitemap = fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).not.toContain('/admin/');
  expect(fs.readFileSync(path.join(dist, 'admin/index.html'), 'utf8')).not.toContain('data-pagefind-body');
});
