import type { PagefindApi, PagefindResult, SearchIndex } from '../../src/lib/search/engine.ts';
import { withTrigrams } from '../../src/lib/search/grams.ts';
import { spaceHan } from '../../src/lib/search/han-spacing.ts';

/** Each position's words: its own and, where one starts there, its trigram (both parts of `测-<trigram>`). */
const indexedWords = (text: string) =>
  withTrigrams(spaceHan(text).toLowerCase().split(/\s+/).filter(Boolean)).map((word) => word.split('-'));

/** A page as the stand-in indexes it: its text, and the filters, name and date its SearchMeta gives. */
export interface StandInPage {
  url: string;
  title: string;
  text: string;
  name?: string;
  date?: string;
  filters?: Record<string, string[]>;
}

/**
 * A stand-in for Pagefind's browser API over a few pages indexed as the archive indexes them (every
 * Han character a word, with the trigram it starts at the same position): a quoted search matches the words side by side, an unquoted one every word
 * anywhere, ranked by how often they occur with a match in `name` weighted ×10; filters as Pagefind
 * applies them, and the pages' dates as the archive's dates file gives them. It records every call, so a test can count what a query costs.
 */
export function pagefindStandIn(pages: readonly StandInPage[]) {
  const indexed = pages.map((page, i) => ({
    ...page,
    id: `p${i}`,
    // Each position holds its word and, where one starts there, its trigram (both parts of `测-<trigram>`).
    words: indexedWords(`${page.title} ${page.text}`),
    nameWords: indexedWords(page.name ?? '').flat(),
  }));
  const calls: { term: string | null; filters: Record<string, string> }[] = [];
  let filtersLoaded = 0;

  const carries = (page: (typeof indexed)[number], filters: Record<string, string>) =>
    Object.entries(filters).every(([key, value]) => page.filters?.[key]?.includes(value));

  function positions(page: (typeof indexed)[number], term: string): number[] | undefined {
    const exact = /^"(.*)"$/.exec(term.trim());
    const words = (exact ? exact[1]! : term).split(/\s+/).filter(Boolean);
    if (exact) {
      const found = page.words.flatMap((_, i) =>
        words.every((w, j) => page.words[i + j]?.includes(w)) ? [i] : [],
      );
      return found.length > 0 ? found : undefined;
    }
    const each = words.map((w) => page.words.flatMap((p, i) => (p.includes(w) ? [i] : [])));
    return each.every((list) => list.length > 0) ? each.flat().sort((a, b) => a - b) : undefined;
  }

  const counts = (list: readonly (typeof indexed)[number][]) => {
    const out: Record<string, Record<string, number>> = {};
    for (const page of indexed)
      for (const [key, values] of Object.entries(page.filters ?? {}))
        for (const value of values) (out[key] ??= {})[value] ??= 0;
    for (const page of list)
      for (const [key, values] of Object.entries(page.filters ?? {}))
        for (const value of values) out[key]![value]! += 1;
    return out;
  };

  const api: PagefindApi = {
    search(term, options = {}) {
      const filters = options.filters ?? {};
      calls.push({ term, filters });
      let matched = indexed
        .map((page) => ({ page, at: term === null ? [] : positions(page, term) }))
        .filter((m): m is { page: (typeof indexed)[number]; at: number[] } => m.at !== undefined)
        .filter(({ page }) => carries(page, filters));
      const score = ({ page, at }: (typeof matched)[number]) => {
        const inName = term
          ? term
              .replace(/"/g, '')
              .split(/\s+/)
              .filter((w) => page.nameWords.includes(w)).length
          : 0;
        return at.length / page.words.length + inName * 10;
      };
      // Pagefind's exact search does not rank; the stand-in keeps index order for it, as Pagefind does.
      if (term && !term.trim().startsWith('"')) matched = matched.sort((a, b) => score(b) - score(a));
      const results: PagefindResult[] = matched.map(({ page, at }) => ({
        id: page.id,
        score: term ? score({ page, at }) : 0,
        words: at,
        data: () =>
          Promise.resolve({
            url: page.url,
            excerpt: page.text.slice(0, 36),
            meta: { title: page.title, type: page.filters?.['type']?.[0], date: page.date },
            anchors: [],
          }),
      }));
      // Pagefind counts the values of a filter only once that filter's index is loaded.
      const filterCounts = filtersLoaded > 0 ? counts(matched.map((m) => m.page)) : {};
      return Promise.resolve({ results, filters: filterCounts });
    },
    filters() {
      filtersLoaded += 1;
      return Promise.resolve(counts(indexed));
    },
  };
  const index: SearchIndex = {
    pagefind: api,
    dates: () =>
      Promise.resolve(new Map(indexed.flatMap((page) => (page.date ? [[page.id, page.date]] : [])))),
  };
  return {
    api,
    index,
    calls,
    get filtersLoaded() {
      return filtersLoaded;
    },
  };
}
