import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, test } from 'vitest';
import { watchPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';
import { onePathPerKind } from '../../tools/bench/page-kinds.ts';

const site = useSiteInBrowser(() => inject('siteDist'));

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. No rule is disabled. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// /admin/ is Decap CMS's own interface, not a page of the archive; the part of it we write is checked in
// tests/site/form-editor.browser.test.ts and tests/editor/form-editor.e2e.test.ts.
const kinds = [...onePathPerKind(inject('siteDist'))].filter(([kind]) => kind !== '/admin/');

test('the built site has the page kinds the archive is made of', () => {
  const found = kinds.map(([kind]) => kind);
  for (const kind of ['/', '/bulletins/', '/bulletins/*/', '/404.html']) expect(found).toContain(kind);
});

describe.each(kinds)('a %s page (%s)', (_kind, pagePath) => {
  test('has no WCAG 2.2 A or AA violation that axe can find', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const watched = watchPage(page, new URL(site.server.url).origin);
    await page.goto(new URL(pagePath.slice(1), site.server.url).href);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await context.close();
    const report = violations.flatMap((v) =>
      v.nodes.map((node) => `${pagePath}  ${v.id} (${v.impact ?? ''}): ${node.target.join(' ')} — ${v.help}`),
    );
    expect(report, report.join('\n')).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
