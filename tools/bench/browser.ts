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
export async function searchDone(page: Page): Promise<void> {
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

/** Time to first result and bytes of a search on a phone: Chromium's "Slow 4G" network and a 4× slower CPU. */
export const PHONE_PROFILE = { latencyMs: 150, downKbps: 1_600, upKbps: 750, cpuSlowdown: 4 } as const;

export interface SearchProfile {
  /** A one-word query, empty cache, the search page included. */
  oneWord: Weight;
  /** A two-word query, empty cache, the search page included. */
  twoWords: Weight;
  /** Opening the filter panel after the two-word query: the filter index and its count searches. */
  filterPanel: { weight: Weight; searches: number; ms: number };
  /** Pagefind searches the two-word query made before the panel was opened. */
  twoWordSearches: number;
  /** The one-word query on a throttled phone: from navigation to the first result on screen. */
  phoneFirstResultMs: number;
}

const searchCount = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('pagefind-search').length);

async function firstResult(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return document.querySelector('[data-search-results] li') !== null || status.startsWith('没有');
    },
    undefined,
    { timeout: 300_000 },
  );
}

/**
 * What searching costs: bytes of a one-word and of a two-word first query (each in a fresh context),
 * what opening the filter panel then adds, and the one-word query's time to first result on a phone.
 */
export async function searchProfile(
  browser: Browser,
  searchUrl: string,
  oneWord: string,
  twoWords: string,
): Promise<SearchProfile | undefined> {
  const visit = async (query: string) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const record = recorder(page);
    const response = await page.goto(`${searchUrl}?q=${encodeURIComponent(query)}`);
    if (!response?.ok()) {
      await context.close();
      return undefined;
    }
    await searchDone(page);
    return { context, page, record, weight: await record.take() };
  };
  const one = await visit(oneWord);
  if (!one) return undefined;
  await one.context.close();
  const two = await visit(twoWords);
  if (!two) return undefined;
  const twoWordSearches = await searchCount(two.page);
  const before = twoWordSearches;
  const openedAt = Date.now();
  await two.page.locator('[data-search-filter-panel] summary').click();
  await two.page
    .locator('[data-search-filter-panel][data-counted]')
    .waitFor({ state: 'attached', timeout: 300_000 });
  const ms = Date.now() - openedAt;
  const filterPanel = {
    weight: await two.record.take(),
    searches: (await searchCount(two.page)) - before,
    ms,
  };
  await two.context.close();

  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await phone.newPage();
  const cdp = await phone.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE_PROFILE.latencyMs,
    downloadThroughput: (PHONE_PROFILE.downKbps * 1024) / 8,
    uploadThroughput: (PHONE_PROFILE.upKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
  const started = Date.now();
  await page.goto(`${searchUrl}?q=${encodeURIComponent(oneWord)}`, { timeout: 300_000 });
  await firstResult(page);
  const phoneFirstResultMs = Date.now() - started;
  await phone.close();
  return { oneWord: one.weight, twoWords: two.weight, filterPanel, twoWordSearches, phoneFirstResultMs };
}
