import fs from 'node:fs';
import path from 'node:path';
import { buildArchive, type BuildResult } from '../../tools/build.ts';
import { ISSUE2_FIXTURE, TEST_OUT } from './paths.ts';

export type { BuildResult };

/**
 * Builds the site with `npm run build`'s own command in a child process, from `contentDir` (the frozen
 * issue-2 fixture unless given), into a folder of its own under tests/.out.
 */
export function buildSite(
  name: string,
  options: { contentDir?: string; env?: Record<string, string> } = {},
): BuildResult {
  const outDir = path.join(TEST_OUT, name);
  fs.rmSync(outDir, { recursive: true, force: true });
  return buildArchive(outDir, options.contentDir ?? ISSUE2_FIXTURE, options.env);
}

/** Copies the issue-2 fixture into a temporary folder a test may change or break. */
export function copyContent(name: string): string {
  const dir = path.join(TEST_OUT, 'content', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(ISSUE2_FIXTURE, dir, { recursive: true });
  return dir;
}
