import { COLLECTION_LABELS } from '../../i18n/zh.ts';
import type { Ref } from '../../schemas/common.ts';
import { figureProblems, indicatorProblems } from './figure-rules.ts';
import { formatPath, type Problem } from './problem.ts';
import { quoteProblems } from './quotes.ts';
import type { RawEntry } from './read-entries.ts';

/** A file that passed its schema: the raw entry plus the schema's output. */
export interface CheckedEntry extends RawEntry {
  parsed: Record<string, unknown>;
}

const COLLECTION_NAMES = new Set(Object.keys(COLLECTION_LABELS));

function isRef(value: unknown): value is Ref {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return (
    keys.length === 2 &&
    typeof record['id'] === 'string' &&
    typeof record['collection'] === 'string' &&
    COLLECTION_NAMES.has(record['collection'])
  );
}

/** Every reference in a parsed entry, with the field path it sits at. */
export function referencesIn(value: unknown, at: PropertyKey[] = []): { path: PropertyKey[]; ref: Ref }[] {
  if (isRef(value)) return [{ path: at, ref: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => referencesIn(item, [...at, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => referencesIn(item, [...at, key]));
  }
  return [];
}

/** A reference must name an existing file of its collection. */
export function unresolvedReferences(entries: CheckedEntry[], knownIds: Set<string>): Problem[] {
  return entries.flatMap((entry) =>
    referencesIn(entry.parsed)
      .filter(({ ref }) => !knownIds.has(`${ref.collection}/${ref.id}`))
      .map(({ path, ref }) => ({
        severity: 'error' as const,
        file: entry.file,
        line: entry.lineOf(path),
        field: formatPath(path),
        message: `找不到${COLLECTION_LABELS[ref.collection]}“${ref.id}”：应为 ${ref.collection} 目录下已有文件的文件名（不带扩展名）`,
      })),
  );
}

/** Issue numbers are unique within a series and a year. */
export function duplicateIssues(entries: CheckedEntry[]): Problem[] {
  const seen = new Map<string, CheckedEntry>();
  const problems: Problem[] = [];
  for (const entry of entries.filter((e) => e.collection === 'bulletins')) {
    const { series, issue, date } = entry.parsed as { series: string; issue: number; date: string };
    const key = `${series}|${date.slice(0, 4)}|${issue}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf(['issue']),
        field: 'issue',
        message: `期号重复：${date.slice(0, 4)}年第${issue}期已由 ${first.file} 使用，同一刊名同一年内期号不能重复`,
      });
    } else seen.set(key, entry);
  }
  return problems;
}

/** Rules that look across files; each one is exported for its own test. */
export function crossEntryProblems(entries: CheckedEntry[], knownIds: Set<string>): Problem[] {
  return [
    ...unresolvedReferences(entries, knownIds),
    ...duplicateIssues(entries),
    ...indicatorProblems(entries),
    ...figureProblems(entries),
    ...quoteProblems(entries),
  ];
}
