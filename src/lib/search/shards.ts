import { SEARCH_TYPE_LABELS } from '../../i18n/zh.ts';

/**
 * A large archive's search index is cut into shards, each a Pagefind bundle of its own, so a query
 * loads only the shards that can hold its words: Pagefind loads a bundle's whole page list before
 * its first search (≈ 480 KB at province scale in one bundle) and the posting lists of characters
 * found on nearly every page. A page goes to a shard by its town (a village's pages, its team, unit
 * and items stay together), or by its address when it has no single town (bulletins, cases); a
 * router, read in small chunks, says which shards hold each character n-gram, so the search page
 * merges only the shards that hold every n-gram of every word typed. An archive of at most one
 * shard's pages (a county) is one bundle in `pagefind/`, as Pagefind writes it.
 *
 * The router is built from Pagefind's own fragments (the very text it indexed), so it can only
 * overstate where a word is, never miss a shard that holds it.
 */

/** Pages per shard unless `ARCHIVE_SEARCH_SHARD_PAGES` says otherwise (tests build with a small one). */
export const DEFAULT_SHARD_PAGES = 2_000;

/**
 * A shard of documents (no town or several: bulletins, cases) holds this many times a town shard's
 * pages. Documents name villages of every town, so nearly every query loads a documents shard; with
 * trigram terms (`grams.ts`) what a query loads from a shard is a few index chunks of fixed size
 * whatever its pages, so fewer, larger documents shards mean fewer chunks per query.
 */
export const DOCUMENT_SHARD_FACTOR = 4;

/**
 * Town shards hold about a `TOWN_SHARE`th of `perShard` pages: a query loads the shard of the town it
 * names, and Pagefind loads a shard's whole page list (≈ 7 bytes a page) before searching it.
 */
export const TOWN_SHARE = 2;

/** n-grams of Han characters the router keeps: 1, 2 and 3 characters. */
export const ROUTER_GRAM = 3;

/** n-grams per router chunk: small, so a word's few chunks are a few KB. */
export const GRAMS_PER_CHUNK = 256;

/** The file listing the shards, in the first shard's folder (`pagefind/`); one bundle lists itself. */
export const LAYOUT_FILE = 'archive-shards.json';

export interface ShardLayout {
  /** Bundle folders relative to the site's base, ending in `/`: `pagefind/`, `pagefind-1/`… */
  shards: string[];
  /** How many router chunks `pagefind/router/<n>.json` there are (none for one bundle). */
  routerChunks: number;
}

/** Reads a page size from the environment's text; anything but a positive whole number gives the default. */
export function parseShardPages(text: string | undefined): number {
  const size = Number(text);
  return Number.isInteger(size) && size > 0 ? size : DEFAULT_SHARD_PAGES;
}

export const shardCount = (pages: number, perShard: number) => Math.max(1, Math.ceil(pages / perShard));

/** The bundle folder of shard `i`: siblings, since Pagefind skips merging a bundle inside the primary's path. */
export const shardFolder = (i: number) => (i === 0 ? 'pagefind/' : `pagefind-${i}/`);

/** FNV-1a over the UTF-16 code units: the same number at build time and in every browser. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Kinds of page that report on villages of many towns: bulletins and cases (`type` filter values). */
const DOCUMENT_TYPES: ReadonlySet<string> = new Set([SEARCH_TYPE_LABELS.bulletin, SEARCH_TYPE_LABELS.case]);

/** What the planner reads of a page: the towns and the kind its SearchMeta files it under. */
export interface PlacedPage {
  towns: readonly string[];
  type: string | undefined;
}

/**
 * Deals pages, in the order they are indexed, to shards: a page of one town to that town's shard
 * (towns hashed into ⌈pages / (perShard / TOWN_SHARE)⌉ buckets), so a village's own pages are found in
 * one place; a bulletin or case of no single town to a shard of such documents,
 * `DOCUMENT_SHARD_FACTOR` × `perShard` at a time; any other page of no town or several (a village
 * whose town is not stated, its team and items, a unit working in several towns) to a bucket of its
 * own towns, hashed as a town. Documents mention villages of every town, so they are kept apart
 * rather than spread over every town's shard, where each would pull that shard into the queries
 * naming its villages. Shards are numbered as they are first used. An archive of at most `perShard`
 * pages is one shard.
 */
export function shardPlanner(pages: number, perShard: number) {
  const sharded = pages > perShard;
  const buckets = shardCount(pages * TOWN_SHARE, perShard);
  const numbers = new Map<string, number>();
  let documents = 0;
  return {
    sharded,
    shardOf({ towns, type }: PlacedPage): number {
      if (!sharded) return 0;
      const key =
        towns.length !== 1 && type !== undefined && DOCUMENT_TYPES.has(type)
          ? `documents:${Math.floor(documents++ / (perShard * DOCUMENT_SHARD_FACTOR))}`
          : `town:${hash(towns.join('|')) % buckets}`;
      const known = numbers.get(key);
      if (known !== undefined) return known;
      numbers.set(key, numbers.size);
      return numbers.size - 1;
    },
  };
}

export const routerChunkOf = (gram: string, chunks: number) => hash(gram) % chunks;

/** The runs of Han characters in a text; anything else (spaces, punctuation, Latin, digits) is between them. */
const hanRuns = (text: string) => text.normalize('NFKC').match(/\p{Script=Han}+/gu) ?? [];

/**
 * Every Han n-gram (1 to 3 characters) of an indexed text. Anything not Han between two characters
 * is dropped, not a break: a break would be a guess about what Pagefind counts as a word, and an
 * n-gram too many only costs selectivity. (Not NFKC-normalised as queries are: Pagefind matches the
 * characters as indexed, so a compatibility form it holds could not be found by a normalised query.)
 */
export function textGrams(text: string, into = new Set<string>()): Set<string> {
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  for (let i = 0; i < han.length; i++) {
    let gram = '';
    for (let n = 0; n < ROUTER_GRAM && i + n < han.length; n++) into.add((gram += han[i + n]!));
  }
  return into;
}

/**
 * The n-grams a page must hold to match a query word: each Han run whole when it is short, else its
 * overlapping 3-grams. A word without Han (a number, Latin, pinyin) says nothing about the shards.
 */
export function wordGrams(word: string): string[] {
  const grams = hanRuns(word).flatMap((run) => {
    const chars = [...run];
    if (chars.length <= ROUTER_GRAM) return [run];
    return chars
      .slice(0, chars.length - ROUTER_GRAM + 1)
      .map((_, i) => chars.slice(i, i + ROUTER_GRAM).join(''));
  });
  return [...new Set(grams)];
}

/** A set of shards as hexadecimal, the router's spelling of it (any number of shards). */
const maskText = (mask: bigint) => mask.toString(16);
const maskOf = (text: string | undefined) => (text ? BigInt(`0x${text}`) : 0n);

/** The shards a mask holds, in order. */
function shardsIn(mask: bigint, count: number): number[] {
  return Array.from({ length: count }, (_, i) => i).filter((i) => (mask >> BigInt(i)) & 1n);
}

/** Reads a router chunk: n-gram → its shards' mask. */
export type ReadChunk = (chunk: number) => Promise<Record<string, string>>;

/**
 * The shards that can hold every word: each word's n-grams looked up in the router (each chunk read
 * once) and their shard sets intersected. Words without Han leave every shard in.
 */
export async function routeWords(
  words: readonly string[],
  layout: ShardLayout,
  readChunk: ReadChunk,
): Promise<number[]> {
  const count = layout.shards.length;
  const grams = [...new Set(words.flatMap(wordGrams))];
  const chunks = new Map<number, Promise<Record<string, string>>>();
  const read = (chunk: number) => {
    const known = chunks.get(chunk);
    if (known) return known;
    const loading = readChunk(chunk);
    chunks.set(chunk, loading);
    return loading;
  };
  let mask = (1n << BigInt(count)) - 1n;
  const masks = await Promise.all(
    grams.map(async (gram) => maskOf((await read(routerChunkOf(gram, layout.routerChunks)))[gram])),
  );
  for (const each of masks) mask &= each;
  return shardsIn(mask, count);
}

/** Adds a shard's n-grams to the router's masks (n-gram → the shards holding it). */
export function addShard(masks: Map<string, bigint>, shard: number, grams: ReadonlySet<string>): void {
  const bit = 1n << BigInt(shard);
  for (const gram of grams) masks.set(gram, (masks.get(gram) ?? 0n) | bit);
}

/** The router's chunk files, each about `GRAMS_PER_CHUNK` n-grams: chunk number → its JSON object. */
export function routerChunks(masks: ReadonlyMap<string, bigint>): Record<string, string>[] {
  const count = Math.max(1, Math.ceil(masks.size / GRAMS_PER_CHUNK));
  const chunks: Record<string, string>[] = Array.from({ length: count }, () => ({}));
  // Sorted, so two builds of the same pages write the same files.
  for (const gram of [...masks.keys()].sort())
    chunks[routerChunkOf(gram, count)]![gram] = maskText(masks.get(gram)!);
  return chunks;
}
