import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * The folder the archive's content is read from: `src/content` unless ARCHIVE_CONTENT_DIR names
 * another (the synthetic archives of the benchmark and the test fixtures use it).
 */
export function contentDir(root: string = process.cwd()): string {
  const configured = process.env['ARCHIVE_CONTENT_DIR'];
  return configured ? path.resolve(root, configured) : path.resolve(root, 'src/content');
}

/**
 * Astro's cache folder for the content folder being built. Astro keeps each entry's file path in its
 * content store; a build from another folder gets a store of its own, so removing that folder can never
 * break the next build of `src/content`.
 */
export function contentCacheDir(root: string = process.cwd(), dir: string = contentDir(root)): string {
  const base = path.resolve(root, 'node_modules/.astro');
  if (dir === path.resolve(root, 'src/content')) return base;
  const key = createHash('sha256').update(dir).digest('hex').slice(0, 12);
  return path.join(base, 'content', key);
}
