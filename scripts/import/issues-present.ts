import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SERIES } from '../../src/schemas/bulletin.ts';
import { listFiles, parseEntry } from '../../src/lib/integrity/read-entries.ts';

/** Series, year and issue: what makes two bulletins the same issue. */
export const issueKey = (series: string | undefined, date: string, issue: number) =>
  `${series ?? DEFAULT_SERIES}|${date.slice(0, 4)}|${issue}`;

/** Where an issue already is: its draft or entry, and the file of this run it was imported from. */
export interface Present {
  file: string;
  importedFrom?: string;
}

/**
 * The issues already in a bulletins folder, and the source files they were imported from (by
 * content hash); the import adds each draft it writes, so a run never writes one issue twice.
 */
export class IssuesPresent {
  readonly byIssue = new Map<string, Present>();
  readonly bySource = new Map<string, Present>();

  constructor(folder: string) {
    if (!fs.existsSync(folder)) return;
    for (const file of listFiles(folder, ['.md', '.mdx'])) {
      const { entry } = parseEntry('bulletins', file, fs.readFileSync(file, 'utf8'));
      const data = (entry?.data ?? {}) as {
        series?: unknown;
        issue?: unknown;
        date?: unknown;
        source?: { sha256?: unknown };
      };
      if (typeof data.issue === 'number' && typeof data.date === 'string') {
        const series = typeof data.series === 'string' ? data.series : undefined;
        this.byIssue.set(issueKey(series, data.date, data.issue), { file });
      }
      if (typeof data.source?.sha256 === 'string') this.bySource.set(data.source.sha256, { file });
    }
  }

  add(key: string | undefined, sha256: string, present: Present) {
    if (key) this.byIssue.set(key, present);
    this.bySource.set(sha256, present);
  }
}

/** A path as the editor typed it: relative to the project folder when inside it, else absolute. */
export function relative(file: string): string {
  const inside = path.relative(process.cwd(), file);
  return inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? inside : path.resolve(file);
}
