import { COLLECTION_LABELS } from '../../i18n/zh.ts';
import type { Problem } from './problem.ts';
import type { CheckedEntry } from './rules.ts';

export interface KnownName {
  name: string;
  collection: 'villages' | 'towns' | 'units';
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

function deletions(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, i) + text.slice(i + 1));
}

const CJK_RUN = /[\u3400-\u9fff]+/g;
const MIN_LENGTH = 3;

/**
 * Builds a finder for names one character off a known village, town or unit name ending in the same
 * character (西沟村 for 西沟子村, 温全街道 for 温泉街道). Text inside a known name is never a suspect,
 * so 宋家村 in 小宋家村 and 驻郭家村 are not flagged.
 */
export function nameTypoFinder(known: readonly KnownName[]) {
  const byName = new Map(known.filter((k) => k.name.length >= MIN_LENGTH).map((k) => [k.name, k]));
  // Each name under itself and every one-character deletion: a lookup of a suspect and its own
  // deletions then finds every name one edit away without comparing against all of them.
  const byVariant = new Map<string, KnownName[]>();
  for (const k of byName.values()) {
    for (const variant of new Set([k.name, ...deletions(k.name)])) {
      const list = byVariant.get(variant);
      if (list) list.push(k);
      else byVariant.set(variant, [k]);
    }
  }
  const lastChars = new Set([...byName.keys()].map((n) => n.at(-1)));
  const lengths = [...byName.keys()].map((n) => n.length);
  const maxLength = lengths.length ? Math.max(...lengths) + 1 : 0;
  const closest = (suspect: string) =>
    [suspect, ...deletions(suspect)]
      .flatMap((variant) => byVariant.get(variant) ?? [])
      .find((k) => k.name.at(-1) === suspect.at(-1) && editDistance(suspect, k.name, 1) === 1);

  return function find(text: string): { suspect: string; known: KnownName; index: number }[] {
    const found: { suspect: string; known: KnownName; index: number }[] = [];
    for (const run of text.matchAll(CJK_RUN)) {
      const chars = run[0];
      const covered = new Array<boolean>(chars.length).fill(false);
      for (let start = 0; start < chars.length; start++) {
        for (let len = MIN_LENGTH; len <= maxLength && start + len <= chars.length; len++) {
          if (byName.has(chars.slice(start, start + len))) covered.fill(true, start, start + len);
        }
      }
      for (let end = MIN_LENGTH; end <= chars.length; end++) {
        if (!lastChars.has(chars[end - 1])) continue;
        for (let len = MIN_LENGTH; len <= Math.min(maxLength, end); len++) {
          const start = end - len;
          if (covered.slice(start, end).some(Boolean)) break;
          const suspect = chars.slice(start, end);
          const match = closest(suspect);
          if (match) {
            found.push({ suspect, known: match, index: (run.index ?? 0) + start });
            break;
          }
        }
      }
    }
    return found;
  };
}

/** Names in bulletin bodies that look like a known village, town or unit but match none. */
export function nameTypoProblems(entries: readonly CheckedEntry[]): Problem[] {
  const known: KnownName[] = entries.flatMap((e) => {
    if (e.collection !== 'villages' && e.collection !== 'towns' && e.collection !== 'units') return [];
    const { name, fullName } = e.parsed as { name: string; fullName?: string };
    return [name, ...(fullName ? [fullName] : [])].map((n) => ({
      name: n,
      collection: e.collection as KnownName['collection'],
    }));
  });
  const find = nameTypoFinder(known);
  return entries
    .filter((e) => e.collection === 'bulletins')
    .flatMap((entry) =>
      entry.body.split('\n').flatMap((line, i) => {
        const seen = new Set<string>();
        return find(line)
          .filter(({ suspect }) => !seen.has(suspect) && seen.add(suspect))
          .map(({ suspect, known: match }) => ({
            severity: 'warning' as const,
            file: entry.file,
            line: entry.bodyLine + i,
            field: '（正文）',
            message: `“${suspect}”与已登记的${COLLECTION_LABELS[match.collection]}“${match.name}”只差一个字，可能写错了；若确是另一个${COLLECTION_LABELS[match.collection]}，请先在 ${match.collection} 目录中为它建立条目`,
          }));
      }),
    );
}
