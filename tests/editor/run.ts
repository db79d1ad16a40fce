import { spawnSync } from 'node:child_process';
import { ISSUE2_FIXTURE, ROOT } from '../support/paths.ts';

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/**
 * Runs an npm script of the project as an editor would, in a child process with no terminal, on the
 * frozen issue-2 fixture unless `env` names another ARCHIVE_CONTENT_DIR.
 */
export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}): ScriptRun {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: ISSUE2_FIXTURE, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    input: '',
    maxBuffer: 16 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}\n${result.stderr}`,
  };
}
