import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ISSUE2_FIXTURE, ROOT, TEST_OUT } from './paths.ts';

export interface BuildResult {
  ok: boolean;
  /** Everything the build printed, for asserting on editors' error messages. */
  output: string;
  outDir: string;
}

/**
 * What the archive's build reads from the environment. A test build sets them itself, so a test run
 * inside the publish workflow (SITE_URL and BASE_PATH set) builds what the test expects.
 */
const ARCHIVE_ENV = ['SITE_URL', 'BASE_PATH', 'ARCHIVE_CONTENT_DIR', 'ARCHIVE_LEDGER_PAGE_SIZE'];

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
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ARCHIVE_ENV) delete env[key];
  Object.assign(env, options.env, { FORCE_COLOR: '0', NO_COLOR: '1' });
  env['ARCHIVE_CONTENT_DIR'] = options.contentDir ?? ISSUE2_FIXTURE;
  // vitest puts its own mode into the environment (NODE_ENV, MODE, DEV, PROD…); a real build has none.
  for (const key of ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST', 'VITEST']) delete env[key];
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Copies the issue-2 fixture into a temporary folder a test may change or break. */
export function copyContent(name: string): string {
  const dir = path.join(TEST_OUT, 'content', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(ISSUE2_FIXTURE, dir, { recursive: true });
  return dir;
}
