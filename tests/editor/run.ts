import { spawnSync } from 'node:child_process';
import { ROOT } from '../support/paths.ts';

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** Runs an npm script of the project as an editor would, in a child process with no terminal. */
export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}): ScriptRun {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
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
