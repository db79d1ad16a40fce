// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { formEditor } from './src/integrations/form-editor.ts';
import { integrity } from './src/integrations/integrity.ts';
import { contentCacheDir } from './src/lib/content-dir.ts';
import { searchIndex } from './src/integrations/search-index.ts';

/** The public address and path the archive is served under; both can be set at build time. */
const site = process.env.SITE_URL ?? 'https://bangfu.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  cacheDir: contentCacheDir(),
  build: { format: 'directory' },
  integrations: [
    integrity(),
    // The form editor is a tool for the office, not a page of the archive.
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/admin/') }),
    searchIndex(),
    formEditor(),
  ],
  // JSON Schemas of the collections in .astro/collections/, which the Astro VS Code extension uses
  // to complete and check frontmatter in .md and .mdx files (see docs/editor-setup.md).
  experimental: { contentIntellisense: true },
});
