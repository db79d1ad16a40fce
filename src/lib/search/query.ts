import { phraseWords } from './grams.ts';
import { spaceHan } from './han-spacing.ts';

/** One word of a query, as typed and as sent to Pagefind. */
export interface QueryTerm {
  /** The word as the person typed it, normalised: 扬水站, 8249284, xigouzi. */
  text: string;
  /**
   * Pagefind's exact (quoted) search for the word's trigrams and characters side by side in the
   * index (`grams.ts`): a multi-character word matches as a whole, never as scattered characters.
   */
  exact: string;
  /** The same trigrams and characters as separate terms, for Pagefind's ranked (BM25) search. */
  loose: string;
}

/** More words than this are ignored: each word costs one search. */
export const MAX_TERMS = 8;

/**
 * Splits what a person typed into words: runs of letters and digits, separated by spaces or
 * punctuation. Full-width letters, digits and spaces count as their ASCII forms; Latin letters are
 * lower-cased as Pagefind indexes them.
 */
export function parseQuery(raw: string): QueryTerm[] {
  const words =
    raw
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS).map((text) => {
    const loose = phraseWords(spaceHan(text).split(' ')).join(' ');
    return { text, exact: `"${loose}"`, loose };
  });
}

/** The ranked search that orders the exact matches: the terms of every word. */
export function rankingQuery(terms: readonly QueryTerm[]): string {
  return terms.map((term) => term.loose).join(' ');
}
