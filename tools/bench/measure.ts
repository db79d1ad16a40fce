import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measured {
  ok: boolean;
  wallMs: number;
  /** Highest sum of resident memory over the child and all its descendants, sampled every 200 ms. */
  peakRssBytes: number;
  /** Every output line, with the milliseconds since start at which it arrived. */
  lines: { atMs: number; text: string }[];
  /** Set when the run was stopped for using more memory than allowed. */
  stoppedAtRssBytes?: number;
}

const PAGE_SIZE = 4096;

/** Pid → parent pid for every process, from /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

/** Resident memory of a process and all its descendants, in bytes. */
export function treeRss(root: number): number {
  const parentOf = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
      total += Number(fields[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
  }
  return total;
}

/**
 * Runs a command to completion and measures its wall time and the peak memory of its whole process
 * tree (Astro and Pagefind both start helper processes). Output is kept and, when `logFile` is given,
 * written there as it comes. A run whose tree grows past `maxRssBytes` is stopped, so one build cannot
 * push a shared machine into its out-of-memory killer.
 */
export function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile?: string; maxRssBytes?: number },
): Promise<Measured> {
  const start = performance.now();
  // Its own process group, so a stop reaches every process of the tree and nothing else.
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log = options.logFile ? fs.createWriteStream(options.logFile) : undefined;
  const lines: Measured['lines'] = [];
  let peakRssBytes = 0;
  let stoppedAtRssBytes: number | undefined;
  const sample = () => {
    if (child.pid === undefined) return;
    const rss = treeRss(child.pid);
    peakRssBytes = Math.max(peakRssBytes, rss);
    if (options.maxRssBytes !== undefined && rss > options.maxRssBytes && stoppedAtRssBytes === undefined) {
      stoppedAtRssBytes = rss;
      process.kill(-child.pid, 'SIGKILL');
    }
  };
  const timer = setInterval(sample, 200);
  let pending = '';
  const onData = (chunk: Buffer) => {
    const atMs = performance.now() - start;
    log?.write(chunk);
    const parts = (pending + chunk.toString('utf8')).split('\n');
    pending = parts.pop() ?? '';
    for (const text of parts) lines.push({ atMs, text });
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      if (pending) lines.push({ atMs: performance.now() - start, text: pending });
      log?.end();
      const wallMs = performance.now() - start;
      resolve({
        ok: code === 0 && stoppedAtRssBytes === undefined,
        wallMs,
        peakRssBytes,
        lines,
        ...(stoppedAtRssBytes === undefined ? {} : { stoppedAtRssBytes }),
      });
    });
  });
}

/** The environment of a plain build: no test runner's variables, no colours in the log. */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
  for (const key of ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST', 'VITEST']) delete env[key];
  return env;
}
