import { describe, expect, test } from 'vitest';
import type { PagefindApi } from '../../../src/lib/search/engine.ts';
import type { PagefindInstance } from '../../../src/lib/search/federation.ts';
import { addShard, routerChunks, textGrams, type ShardLayout } from '../../../src/lib/search/shards.ts';
import { siteIndexes, type IndexEnv } from '../../../src/lib/search/site-index.ts';

const SHARD_TEXT = ['郭家村 扬水站', '西沟子村 绿化', '郭家村 修路'];

/** A site under `/` as the build writes it, with pagefind.js replaced by a recorder of what is loaded. */
function site(sharded: boolean, missing: ReadonlySet<string> = new Set()) {
  const files = new Map<string, unknown>();
  if (!sharded) files.set('/pagefind/archive-shards.json', { shards: ['pagefind/'], routerChunks: 0 });
  if (sharded) {
    const masks = new Map<string, bigint>();
    SHARD_TEXT.forEach((text, shard) => addShard(masks, shard, textGrams(text)));
    const chunks = routerChunks(masks);
    const layout: ShardLayout = {
      shards: ['pagefind/', 'pagefind-1/', 'pagefind-2/'],
      routerChunks: chunks.length,
    };
    files.set('/pagefind/archive-shards.json', layout);
    chunks.forEach((chunk, i) => files.set(`/pagefind/router/${i}.json`, chunk));
  }
  const loaded: { primary?: string; merged: string[]; imports: number; noWorker?: unknown } = {
    merged: [],
    imports: 0,
  };
  const api: PagefindApi = {
    search: () => Promise.resolve({ results: [], filters: {} }),
    filters: () => Promise.resolve({}),
  };
  const module = {
    createInstance(options: Record<string, unknown>): PagefindInstance {
      loaded.primary = String(options['basePath']);
      loaded.noWorker = options['noWorker'];
      return {
        ...api,
        options: () => Promise.resolve(),
        mergeIndex: (bundle) => {
          loaded.merged.push(bundle);
          return Promise.resolve();
        },
        destroy: () => Promise.resolve(),
      };
    },
  };
  const env: IndexEnv = {
    readJson: (url) => Promise.resolve(missing.has(url) ? undefined : files.get(url)),
    importPagefind: () => {
      loaded.imports += 1;
      return Promise.resolve(module);
    },
  };
  return { indexFor: siteIndexes('/', {}, env), loaded };
}

describe("the site's own search indexes", () => {
  test('an archive of one bundle searches it alone, on the page’s own thread, as does one built before shards', async () => {
    const { indexFor, loaded } = site(false);
    await indexFor(['郭家村']);
    const alone = { primary: '/pagefind/', merged: [], imports: 1, noWorker: true };
    expect(loaded).toEqual(alone);
    const older = site(false, new Set(['/pagefind/archive-shards.json']));
    await older.indexFor(['郭家村']);
    expect(older.loaded).toEqual(alone);
  });

  test('a sharded archive merges only the shards that can hold the words', async () => {
    const { indexFor, loaded } = site(true);
    await indexFor(['郭家村']);
    expect(loaded.primary).toBe('/pagefind/');
    expect(loaded.merged).toEqual(['/pagefind-2/']);
    const again = site(true);
    await again.indexFor(['绿化']);
    expect(again.loaded.primary).toBe('/pagefind-1/');
    expect(again.loaded.merged).toEqual([]);
  });

  test('the same shards are merged once, however often they are searched', async () => {
    const { indexFor, loaded } = site(true);
    const first = await indexFor(['郭家村']);
    expect(await indexFor(['郭家'])).toBe(first);
    expect(loaded.imports).toBe(1);
  });

  test('a word no shard holds is answered with nothing, loading no index', async () => {
    const { indexFor, loaded } = site(true);
    const index = await indexFor(['刘德华']);
    expect(await index.pagefind.search('"刘 德 华"')).toEqual({ results: [], filters: {} });
    expect(loaded.imports).toBe(0);
  });

  test('a router chunk that cannot be read fails the search instead of answering from part of the index', async () => {
    const { indexFor } = site(true, new Set(['/pagefind/router/0.json']));
    const words = ['郭家村', '西沟子村', '扬水站', '绿化', '修路'];
    await expect(Promise.all(words.map((word) => indexFor([word])))).rejects.toThrow(/router chunk/);
  });
});
