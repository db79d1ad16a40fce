import fs from 'node:fs';
import path from 'node:path';

/** What the operating system or an open Word document leaves in a folder: never a bulletin. */
const SYSTEM_FILE = /^(?:\.|~\$)|^(?:thumbs\.db|desktop\.ini)$/i;

/** One argument of the command: a file to import, or a name that does not exist. */
export interface Candidate {
  path: string;
  exists: boolean;
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !SYSTEM_FILE.test(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.isFile() ? [full] : [];
    });
}

/** The files the arguments name: files as given, folders with everything in them, recursively. */
export function collectFiles(args: readonly string[]): Candidate[] {
  return args.flatMap((arg): Candidate[] => {
    if (!fs.existsSync(arg)) return [{ path: arg, exists: false }];
    return fs.statSync(arg).isDirectory()
      ? walk(arg).map((file) => ({ path: file, exists: true }))
      : [{ path: arg, exists: true }];
  });
}
