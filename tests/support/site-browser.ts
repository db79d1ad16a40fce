import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDist, type StaticServer } from '../../tools/serve.ts';

/** A served build and a Chromium, shared by the tests of one file. */
export interface SiteInBrowser {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Serves a built site and launches Chromium before a file's tests and closes both after them.
 * `dist` is called when the tests start, so it may name a folder an earlier `beforeAll` built.
 */
export function useSiteInBrowser(dist: () => string, base = '/'): SiteInBrowser {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist(dist(), base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site is served only while the tests run');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
