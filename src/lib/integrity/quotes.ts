import type { Ref } from '../../schemas/common.ts';
import { withoutComments } from '../body/markdown.ts';
import { formatPath, type Problem } from './problem.ts';
import type { CheckedEntry } from './rules.ts';

/**
 * The text a quote is compared on: full-width and half-width forms made one (NFKC: `，` is `,`), and
 * whitespace and Markdown's emphasis and escape marks dropped, so a quote typed with other commas or
 * copied across a line break still matches the bulletin it cites.
 */
export function quoteText(text: string): string {
  return text.normalize('NFKC').replace(/[\s*_\\]/g, '');
}

/** True when `quote` is, up to `quoteText`, a passage of `body`. */
export function quoteIsIn(quote: string, body: string): boolean {
  return quoteText(body).includes(quoteText(quote));
}

interface QuoteAt {
  path: PropertyKey[];
  quote: string;
  /** The bulletin cited next to the quote; none for a bulletin's own figures. */
  bulletin?: string;
}

function quotesIn(value: unknown, at: PropertyKey[] = []): QuoteAt[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => quotesIn(item, [...at, i]));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const found: QuoteAt[] = [];
  if (typeof record['quote'] === 'string' && record['quote'].trim() !== '') {
    const ref = record['bulletin'] as Ref | undefined;
    found.push({ path: [...at, 'quote'], quote: record['quote'], ...(ref ? { bulletin: ref.id } : {}) });
  }
  for (const [key, item] of Object.entries(record)) {
    if (key !== 'quote') found.push(...quotesIn(item, [...at, key]));
  }
  return found;
}

/**
 * Every `quote` must be a verbatim passage of the bulletin it is tied to: the `bulletin` beside it,
 * or, in a bulletin's own fields, that bulletin. A report is only as good as the sentence it rests on.
 */
export function quoteProblems(entries: readonly CheckedEntry[]): Problem[] {
  const bulletins = new Map(entries.filter((e) => e.collection === 'bulletins').map((e) => [e.id, e]));
  return entries.flatMap((entry) =>
    quotesIn(entry.parsed).flatMap(({ path, quote, bulletin }) => {
      const cited =
        bulletin === undefined
          ? entry.collection === 'bulletins'
            ? entry
            : undefined
          : bulletins.get(bulletin);
      // An unknown bulletin is already reported as an unresolved reference.
      // A comment never publishes, so a quote of one quotes nothing a reader can find.
      if (!cited || quoteIsIn(quote, withoutComments(cited.body))) return [];
      return [
        {
          severity: 'error' as const,
          file: entry.file,
          line: entry.lineOf(path),
          field: formatPath(path),
          message: `引文在 ${cited.file} 的正文中找不到：“${quote}”。引文必须逐字摘自该期简报正文（全角半角标点、空格和换行不计），请对照原文改正或删去`,
        },
      ];
    }),
  );
}
