import path from 'node:path';

/**
 * The folder the archive's content is read from: `src/content` unless ARCHIVE_CONTENT_DIR names
 * another (the synthetic archives of the benchmark and the test fixtures use it).
 */
export function contentDir(root: string = process.cwd()): string {
  const configured = process.env['ARCHIVE_CONTENT_DIR'];
  return configured ? path.resolve(root, configured) : path.resolve(root, 'src/content');
}
