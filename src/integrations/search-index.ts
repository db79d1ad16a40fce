import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { spaceHanInHtml } from '../lib/search/han-spacing-html.ts';

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
 * Builds the Pagefind index into `<outDir>/pagefind/` at the end of every `astro build`, from the
 * pages' `data-pagefind-*` markup. Each page is handed to Pagefind with its Han characters spaced
 * apart (see `lib/search/han-spacing.ts`); the served pages are not changed.
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
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`搜索索引无法创建：${errors.join('; ')}`);
        const problems: string[] = [];
        for (const file of await htmlFiles(outDir)) {
          const content = spaceHanInHtml(await fs.readFile(file, 'utf8'));
          const added = await index.addHTMLFile({ url: pageUrl(path.relative(outDir, file), base), content });
          problems.push(...added.errors.map((error) => `${path.relative(outDir, file)}: ${error}`));
        }
        const bundle = path.join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        problems.push(...written.errors);
        await pagefind.close();
        if (problems.length > 0) throw new Error(`搜索索引生成失败：\n${problems.join('\n')}`);
        for (const name of await fs.readdir(bundle)) {
          if (UNUSED_BUNDLE_FILES.test(name)) await fs.rm(path.join(bundle, name));
        }
        const entry = JSON.parse(await fs.readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
        logger.info(`search index: ${pages} pages in ${bundle}`);
      },
    },
  };
}
