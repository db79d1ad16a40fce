import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { DATES_FILE, datesFile } from '../lib/search/dates.ts';
import { INDEX_LANGUAGE } from '../lib/search/grams.ts';
import { prepareForIndex } from '../lib/search/han-spacing-html.ts';
import { readFragments } from './pagefind-files.ts';
import {
  addShard,
  LAYOUT_FILE,
  parseShardPages,
  routerChunks,
  shardFolder,
  shardPlanner,
  textGrams,
  type ShardLayout,
} from '../lib/search/shards.ts';

/** Pagefind's own search interfaces; the archive ships its own small one (`components/search`). */
const UNUSED_BUNDLE_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  // Sorted, so two builds of the same pages write the same index.
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The address a built file is served at: `bulletins/2015-02/index.html` → `/base/bulletins/2015-02/`. */
export function pageUrl(relativeFile: string, base: string): string {
  const file = relativeFile
    .split(path.sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');
  return `${base.replace(/\/?$/, '/')}${file}`;
}

/**
 * A page Pagefind indexes has an element with `data-pagefind-body`; it drops the others (listings,
 * ledgers), so they are not handed to it and do not count toward a shard's pages.
 */
const INDEXED_PAGE = /<[a-z][^>]*\sdata-pagefind-body[\s=>/]/i;

async function indexedFiles(files: readonly string[]): Promise<string[]> {
  const indexed: string[] = [];
  for (const file of files) if (INDEXED_PAGE.test(await fs.readFile(file, 'utf8'))) indexed.push(file);
  return indexed;
}

/** The index options: trigram terms need a language Pagefind segments no words of (`grams.ts`). */
const INDEX_OPTIONS = { forceLanguage: INDEX_LANGUAGE };

/** Pages handed to Pagefind before waiting for its answers. */
const IN_FLIGHT = 16;

const writeJson = (file: string, data: unknown) => fs.writeFile(file, JSON.stringify(data));

/**
 * Builds the search index at the end of every `astro build`, from the pages' `data-pagefind-*`
 * markup: one Pagefind bundle in `<outDir>/pagefind/`, or for an archive larger than one shard
 * (`lib/search/shards.ts`) one bundle per shard with a router of character n-grams. Each page is
 * handed to Pagefind with its Han characters spaced apart and trigrams added (see
 * `lib/search/han-spacing.ts`, `lib/search/grams.ts`); the served pages are not changed. Each bundle
 * gets the dates of its pages for date order.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await indexedFiles(await htmlFiles(outDir));
        const plan = shardPlanner(files.length, parseShardPages(process.env['ARCHIVE_SEARCH_SHARD_PAGES']));
        const indexes: pagefind.PagefindIndex[] = [];
        const problems: string[] = [];
        const started = performance.now();
        // Pagefind indexes in its own process: while it takes one page, this one parses the next few.
        const pending = new Set<Promise<void>>();
        for (const file of files) {
          const url = pageUrl(path.relative(outDir, file), base);
          const page = prepareForIndex(await fs.readFile(file, 'utf8'));
          const shard = plan.shardOf(page);
          if (!indexes[shard]) {
            const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
            if (!index) throw new Error(`搜索索引无法创建：${errors.join('; ')}`);
            indexes[shard] = index;
          }
          const adding = indexes[shard].addHTMLFile({ url, content: page.html }).then((added) => {
            problems.push(...added.errors.map((error) => `${path.relative(outDir, file)}: ${error}`));
            pending.delete(adding);
          });
          pending.add(adding);
          if (pending.size >= IN_FLIGHT) await Promise.race(pending);
        }
        await Promise.all(pending);
        const added = performance.now();
        if (indexes.length === 0) indexes.push((await pagefind.createIndex(INDEX_OPTIONS)).index!);
        const count = indexes.length;
        const bundles = indexes.map((_, i) => path.join(outDir, shardFolder(i)));
        const written = await Promise.all(
          indexes.map((index, i) => index.writeFiles({ outputPath: bundles[i]! })),
        );
        problems.push(...written.flatMap((w) => w.errors));
        const wrote = performance.now();
        await pagefind.close();
        if (problems.length > 0) throw new Error(`搜索索引生成失败：\n${problems.join('\n')}`);

        let pages = 0;
        const masks = new Map<string, bigint>();
        for (const [shard, bundle] of bundles.entries()) {
          for (const name of await fs.readdir(bundle))
            if (UNUSED_BUNDLE_FILES.test(name)) await fs.rm(path.join(bundle, name));
          const fragments = await readFragments(bundle);
          pages += fragments.length;
          await writeJson(
            path.join(bundle, DATES_FILE),
            datesFile(fragments.map((f) => ({ id: f.id, date: f.meta['date'] }))),
          );
          if (count > 1) {
            const grams = new Set<string>();
            for (const f of fragments)
              for (const text of [f.content, ...Object.values(f.meta)]) textGrams(text, grams);
            addShard(masks, shard, grams);
          }
        }
        // Always written, so the search page learns the layout without asking for a file that is not there.
        let routerCount = 0;
        if (count > 1) {
          const chunks = routerChunks(masks);
          const routerDir = path.join(bundles[0]!, 'router');
          await fs.mkdir(routerDir, { recursive: true });
          await Promise.all(chunks.map((chunk, i) => writeJson(path.join(routerDir, `${i}.json`), chunk)));
          routerCount = chunks.length;
        }
        const layout: ShardLayout = {
          shards: indexes.map((_, i) => shardFolder(i)),
          routerChunks: routerCount,
        };
        await writeJson(path.join(bundles[0]!, LAYOUT_FILE), layout);
        const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
        logger.info(
          `search index: ${pages} pages in ${count} bundle(s) from ${bundles[0]} (pages added ${seconds(started, added)}, written ${seconds(added, wrote)}, dates and router ${seconds(wrote, performance.now())})`,
        );
      },
    },
  };
}
