import { PAGEFIND_OPTIONS } from '../../lib/search/engine.ts';
import { federate, type FederatedMember, type PagefindModule } from '../../lib/search/federation.ts';

/** A portal's merged search in the browser: members' entry files by `fetch`, `pagefind.js` by `import()`. */
export function federatedPagefind(members: readonly FederatedMember[], version: string) {
  return federate(members, version, PAGEFIND_OPTIONS, {
    origin: location.origin,
    readEntry: async (url) => {
      // Always the member's current entry: a stale one could name an index that is gone.
      const response = await fetch(url, { cache: 'no-store' });
      return response.ok ? ((await response.json()) as { version?: unknown }) : undefined;
    },
    importPagefind: (url) => import(/* @vite-ignore */ url) as Promise<PagefindModule>,
  });
}
