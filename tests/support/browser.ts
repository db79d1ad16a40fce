import type { Page } from 'playwright-core';

/**
 * Records what a test must keep empty: console messages and failed page errors, and every
 * request to an origin other than the site's own (or, given a test of the address, every one it refuses).
 */
export function watchPage(page: Page, siteOrigin: string | ((url: URL) => boolean)) {
  const own = typeof siteOrigin === 'string' ? (url: URL) => url.origin === siteOrigin : siteOrigin;
  const consoleMessages: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()))
      consoleMessages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleMessages.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !own(url)) foreignRequests.push(request.url());
  });
  return { consoleMessages, foreignRequests };
}
