import zlib from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { SEARCH_LABELS } from '../../src/i18n/zh.ts';

/** Bytes of one kind of resource: as served, and gzip-compressed at zlib's default level. */
export interface Bytes {
  raw: number;
  gzip: number;
}

export type ResourceKind = 'html' | 'css' | 'js' | 'other';
export type Weight = Record<ResourceKind, Bytes> & {
  total: Bytes;
  requests: number;
  /** Every response, by path. */
  files: (Bytes & { path: string })[];
};

const emptyWeight = (): Weight => ({
  html: { raw: 0, gzip: 0 },
  css: { raw: 0, gzip: 0 },
  js: { raw: 0, gzip: 0 },
  other: { raw: 0, gzip: 0 },
  total: { raw: 0, gzip: 0 },
  requests: 0,
  files: [],
});

function kindOf(response: Response): ResourceKind {
  switch (response.request().resourceType()) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    default:
      return 'other';
  }
}

/** Waits for the network to go quiet; a page that never does is measured as far as it got. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => undefined);
}

/** A response's bytes; Chromium keeps no body over its buffer limit (10 MB), so those are fetched again. */
async function bodyOf(response: Response): Promise<Buffer> {
  try {
    return await response.body();
  } catch {
    return Buffer.from(await (await fetch(response.url())).arrayBuffer());
  }
}

/** Until the search page's status no longer says it is searching (Pagefind works on after the network is idle). */
async function searchDone(page: Page): Promise<void> {
  await page
    .waitForFunction(
      (loading) => {
        const status = document.querySelector('main [role="status"]')?.textContent?.trim() ?? '';
        return status !== '' && !status.includes(loading);
      },
      SEARCH_LABELS.loading,
      { timeout: 120_000 },
    )
    .catch(() => undefined);
}

/** Adds up every response a page receives from now on; `settle` waits until the network is idle. */
function recorder(page: Page) {
  const pending: Promise<void>[] = [];
  let weight = emptyWeight();
  page.on('response', (response) => {
    pending.push(
      bodyOf(response)
        .then((body) => {
          const kind = kindOf(response);
          // Pagefind’s chunks arrive compressed already; a server would not compress them again.
          const gzip = Math.min(body.length, zlib.gzipSync(body).length);
          for (const bucket of [weight[kind], weight.total]) {
            bucket.raw += body.length;
            bucket.gzip += gzip;
          }
          weight.requests += 1;
          const { pathname } = new URL(response.url());
          weight.files.push({ path: pathname, raw: body.length, gzip });
        })
        .catch(() => undefined),
    );
  });
  return {
    async take(): Promise<Weight> {
      await settle(page);
      await Promise.all(pending.splice(0));
      const taken = weight;
      weight = emptyWeight();
      return taken;
    },
  };
}

/** What a first visit to the page fetches, with an empty cache, before anyone interacts with it. */
export async function pageWeight(browser: Browser, url: string): Promise<Weight | undefined> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const record = recorder(page);
  const response = await page.goto(url, { timeout: 120_000 });
  const weight = await record.take();
  await context.close();
  return response?.ok() ? weight : undefined;
}

const isIndexRequest = (url: string) =>
  /\/pagefind\/(index|fragment)\//.test(url) || /\.pf_(index|fragment)$/.test(url);

/**
 * Bytes fetched for a first query (the search page and its interface included, empty cache) and
 * for a second query typed into the same page. The query goes in the address (?q=) and, if the page
 * does not pick it up, into the search box.
 */
export async function searchBytes(
  browser: Browser,
  searchUrl: string,
  queries: readonly [string, string],
): Promise<{ first: Weight; second: Weight } | undefined> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let indexRequests = 0;
  page.on('request', (request) => {
    if (isIndexRequest(request.url())) indexRequests += 1;
  });
  const record = recorder(page);
  const response = await page.goto(`${searchUrl}?q=${encodeURIComponent(queries[0])}`);
  if (!response?.ok()) {
    await context.close();
    return undefined;
  }
  // The search page's own field, not the site-wide box in the header.
  const box = page.locator('main input[type="search"]').first();
  const ask = async (query: string) => {
    await box.fill(query);
    await box.press('Enter');
    await page.waitForTimeout(500);
    await searchDone(page);
  };
  await settle(page);
  await searchDone(page);
  if (indexRequests === 0 && (await box.count()) > 0) await ask(queries[0]);
  const first = await record.take();
  if ((await box.count()) === 0) {
    await context.close();
    return undefined;
  }
  await ask(queries[1]);
  const second = await record.take();
  await context.close();
  return { first, second };
}
