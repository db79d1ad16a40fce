import fs from 'node:fs';
import path from 'node:path';
import { paths } from '../../src/lib/urls.ts';

/** Literal path segments of the URL scheme (bulletins, villages, late…), from src/lib/urls.ts. */
const SCHEME_SEGMENTS = new Set(
  Object.values(paths).flatMap((make: (...ids: string[]) => string) =>
    make('\u0000', '\u0000')
      .split(/[/#]/)
      .filter((s) => s && !s.includes('\u0000')),
  ),
);

/** The served path of a built HTML file: `bulletins/2015-02/index.html` → `/bulletins/2015-02/`. */
export function servedPath(file: string): string {
  return `/${file.split(path.sep).join('/')}`.replace(/\/index\.html$/, '/');
}

/**
 * Groups served paths into kinds of page: a segment stays as it is when the URL scheme names it or
 * when it is a folder of several pages (`/items/unit/…`); any other segment is an entry id and
 * becomes `*`. So `/villages/xigouzi/` is a `/villages/*\/` page and `/items/unit/canlian/` an
 * `/items/unit/*\/` page, while `/items/late/` and `/404.html` are kinds of their own.
 */
export function pageKinds(servedPaths: readonly string[]): Map<string, string[]> {
  const children = new Map<string, Set<string>>();
  for (const served of servedPaths) {
    const segments = served.split('/').filter(Boolean);
    segments.forEach((segment, i) => {
      const parent = `/${segments.slice(0, i).join('/')}`;
      children.set(parent, (children.get(parent) ?? new Set()).add(segment));
    });
  }
  const kinds = new Map<string, string[]>();
  for (const served of servedPaths) {
    const segments = served.split('/').filter(Boolean);
    const kind = served.endsWith('/')
      ? `/${segments
          .map((segment, i) => {
            const own = `/${segments.slice(0, i + 1).join('/')}`;
            const isFolder = (children.get(own)?.size ?? 0) >= 2;
            return i === 0 || SCHEME_SEGMENTS.has(segment) || isFolder ? segment : '*';
          })
          .join('/')}${segments.length ? '/' : ''}`
      : served;
    kinds.set(kind, [...(kinds.get(kind) ?? []), served]);
  }
  return kinds;
}

/** One path of every kind of HTML page in a built site (the first in sorted order), by kind. */
export function onePathPerKind(dist: string): Map<string, string> {
  const files = (fs.readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .sort();
  return new Map([...pageKinds(files.map(servedPath))].map(([kind, all]) => [kind, all[0] as string]));
}
