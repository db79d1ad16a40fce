import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { unspaceHan } from '../lib/search/han-spacing.ts';
import { LAYOUT_FILE, type ShardLayout } from '../lib/search/shards.ts';

// Build and benchmark side only: reads what Pagefind wrote.

/** A page as Pagefind indexed it: its fragment file (gzip, a signature, then JSON). */
export interface Fragment {
  /** The result id Pagefind's search returns for the page: the fragment's file name. */
  id: string;
  url: string;
  content: string;
  meta: Record<string, string>;
}

export async function readFragments(bundle: string): Promise<Fragment[]> {
  const dir = path.join(bundle, 'fragment');
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = zlib.gunzipSync(await fs.readFile(path.join(dir, name))).toString('utf8');
      const json = JSON.parse(text.slice(text.indexOf('{'))) as Omit<Fragment, 'id'>;
      return { id: name.replace(/\.pf_fragment$/, ''), ...json };
    }),
  );
}

/** The bundle folders of a built site: its shards when the index is cut into shards, else `pagefind/`. */
export async function bundleFolders(dist: string): Promise<string[]> {
  const layout = await fs
    .readFile(path.join(dist, 'pagefind', LAYOUT_FILE), 'utf8')
    .then((text) => JSON.parse(text) as ShardLayout)
    .catch(() => undefined);
  return (layout?.shards ?? ['pagefind/']).map((shard) => path.join(dist, shard));
}

/**
 * Each indexed page's text as Pagefind holds it (content and meta, over every shard), read back for a
 * person, spaces gone and in lower case: the literal truth the benchmarks check search against.
 */
export async function indexedTexts(dist: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const bundle of await bundleFolders(dist))
    for (const fragment of await readFragments(bundle))
      pages.set(
        fragment.url,
        unspaceHan([fragment.content, ...Object.values(fragment.meta)].join('|'))
          .replace(/\s/g, '')
          .toLowerCase(),
      );
  return pages;
}
