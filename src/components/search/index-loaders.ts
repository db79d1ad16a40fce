import { PAGEFIND_OPTIONS } from '../../lib/search/engine.ts';
import { federate, type FederatedMember, type PagefindModule } from '../../lib/search/federation.ts';
import { siteIndexes } from '../../lib/search/site-index.ts';

/** JSON by `fetch`, always the current file (a stale one could name an index that is gone); 404 is "none". */
async function readJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-store' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

const importPagefind = (url: string) => import(/* @vite-ignore */ url) as Promise<PagefindModule>;

/** This site's own indexes in the browser (one bundle, or its routed shards). */
export const ownIndexes = (base: string) => siteIndexes(base, PAGEFIND_OPTIONS, { readJson, importPagefind });

/** A portal's merged search in the browser: members' entry files by `fetch`, `pagefind.js` by `import()`. */
export function federatedPagefind(members: readonly FederatedMember[], version: string) {
  return federate(members, version, PAGEFIND_OPTIONS, {
    origin: location.origin,
    // A member that cannot be reached is left out, not an error.
    readJson: (url) => readJson(url).catch(() => undefined),
    importPagefind,
  });
}
