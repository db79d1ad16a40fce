import { datesLoader } from './dates.ts';
import { MAIN_THREAD, type IndexFor, type SearchIndex } from './engine.ts';
import type { PagefindInstance, PagefindModule } from './federation.ts';
import { LAYOUT_FILE, routeWords, type ShardLayout } from './shards.ts';

/** How the search page reaches its indexes: in the browser `fetch` and `import()`, in tests stand-ins. */
export interface IndexEnv {
  /** The JSON at `url`, undefined when there is none (404); rejects when it cannot be read. */
  readJson(url: string): Promise<unknown>;
  importPagefind(url: string): Promise<PagefindModule>;
}

/** What a search that no shard can answer gets: nothing, without loading any index. */
const NOTHING: SearchIndex = {
  pagefind: {
    search: () => Promise.resolve({ results: [], filters: {} }),
    filters: () => Promise.resolve({}),
  },
  dates: () => Promise.resolve(new Map()),
};

/** One Pagefind instance over several bundles: the first as primary, the others merged into it (multisite search). */
async function mergeBundles(
  module: PagefindModule,
  bundles: readonly string[],
  options: Record<string, unknown>,
): Promise<PagefindInstance> {
  const [primary, ...rest] = bundles as [string, ...string[]];
  const instance = module.createInstance({ ...options, ...MAIN_THREAD, basePath: primary });
  // Setting an option waits for the primary index to load, and rejects when it cannot.
  await instance.options({});
  await Promise.all(rest.map((bundle) => instance.mergeIndex(bundle, options)));
  return instance;
}

/**
 * The site's own search indexes under `base`: its one Pagefind bundle, or, for an archive cut into
 * shards (`shards.ts`), the shards the router says can hold every word, merged into one instance
 * per set of shards. Words no shard holds are answered with nothing, loading no index at all.
 */
export function siteIndexes(base: string, options: Record<string, unknown>, env: IndexEnv): IndexFor {
  const home = `${base}pagefind/`;
  let layout: Promise<ShardLayout | undefined> | undefined;
  let single: Promise<SearchIndex> | undefined;
  const merged = new Map<string, Promise<SearchIndex>>();

  const loadBundles = async (shards: readonly string[]): Promise<SearchIndex> => {
    const bundles = shards.map((shard) => `${base}${shard}`);
    const module = await env.importPagefind(`${home}pagefind.js`);
    const pagefind = await mergeBundles(module, bundles, options);
    return { pagefind, dates: datesLoader(bundles, (url) => env.readJson(url)) };
  };

  return async (words) => {
    // One bundle, or no shard list (a build from before shards); a list that cannot be read fails the search.
    const known = await (layout ??= env
      .readJson(`${home}${LAYOUT_FILE}`)
      .then((file) => file as ShardLayout | undefined));
    if (!known || known.shards.length <= 1) return (single ??= loadBundles(['pagefind/']));
    const routed = await routeWords(words, known, async (chunk) => {
      const file = await env.readJson(`${home}router/${chunk}.json`);
      if (!file) throw new Error(`router chunk ${chunk} missing`);
      return file as Record<string, string>;
    });
    if (routed.length === 0) return NOTHING;
    const key = routed.join(',');
    const loading = merged.get(key) ?? loadBundles(routed.map((i) => known.shards[i]!));
    merged.set(key, loading);
    return loading;
  };
}
