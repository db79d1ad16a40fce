// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The portal over several county archives, built by `npm run build:portal` (scripts/build-portal.ts),
 * which hands it the members' data in PORTAL_DATA. Its pages are in src/portal/pages.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://portal.example.org',
  base: process.env.BASE_PATH ?? '/',
  srcDir: './src/portal',
  publicDir: './src/portal/public',
  cacheDir: './node_modules/.astro-portal',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
