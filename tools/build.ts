import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The project root, wherever a script or test is run from. */
export const ROOT = path.resolve(import.meta.dirname, '..');

export interface BuildResult {
  ok: boolean;
  /** Everything the build printed, for asserting on editors' error messages. */
  output: string;
  outDir: string;
}

/**
 * What the archive's build reads from the environment. A build made here sets them itself, so a run
 * inside the publish workflow (SITE_URL and BASE_PATH set) builds what its caller expects.
 */
const ARCHIVE_ENV = [
  'SITE_URL',
  'BASE_PATH',
  'ARCHIVE_CONTENT_DIR',
  'ARCHIVE_LEDGER_PAGE_SIZE',
  'ARCHIVE_SEARCH_SHARD_PAGES',
];

/** Builds the site from `contentDir` into `outDir` with `npm run build`'s own command, in a child process. */
export function buildArchive(
  outDir: string,
  contentDir: string,
  extraEnv: Record<string, string> = {},
): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ARCHIVE_ENV) delete env[key];
  Object.assign(env, extraEnv, { FORCE_COLOR: '0', NO_COLOR: '1' });
  env['ARCHIVE_CONTENT_DIR'] = contentDir;
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
