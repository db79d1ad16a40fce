import {
  applyFilters,
  facetCounts,
  facetValues,
  FILTER_KEYS,
  pagefindFilters,
  type ActiveFilters,
  type FacetValue,
  type FilterKey,
  type FilterMembership,
} from './facets.ts';
import { unspaceHan } from './han-spacing.ts';
import { hitHref, type FragmentAnchor } from './hit.ts';
import { parseQuery, rankingQuery, type QueryTerm } from './query.ts';
import type { SearchState } from './state.ts';

/** The part of Pagefind's browser API (`pagefind.js`) the archive uses. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindFragment>;
}

export interface PagefindFragment {
  /** The page's address: the indexed URL after the index's `baseUrl` (another origin for a remote member). */
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors: FragmentAnchor[];
}

/**
 * Pagefind options: excerpts of about 36 characters (the index counts each Han character as a word),
 * and a strong boost for a match in the `name` of the thing a page is about (see SearchMeta), so
 * 郭家村 ranks the village's own page above the many pages that mention it.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 36,
  ranking: { metaWeights: { name: 10 } },
  // Indexed URLs already hold the site's base path; Pagefind would prefix the bundle's folder again.
  baseUrl: '/',
};

/** A result as the page shows it. */
export interface SearchHit {
  title: string;
  href: string;
  type: string;
  date: string;
  /** HTML: Pagefind's escaped text with the hit in `<mark>`. */
  excerpt: string;
}

export interface SearchOutcome {
  terms: QueryTerm[];
  total: number;
  counts: Record<FilterKey, FacetValue[]>;
  /** Loads the hits from `start`, `count` of them. */
  hits(start: number, count: number): Promise<SearchHit[]>;
}

type Counts = Record<FilterKey, FacetValue[]>;

/**
 * Search over Pagefind with whole-word precision for Chinese: each word is an exact (quoted) search
 * for its characters side by side, the words are intersected, and the result is ordered by Pagefind's
 * ranked search of the same characters (title, `name`, headings and page length count).
 *
 * Filters and their counts come from Pagefind itself for a one-word query (one search, plus one per
 * chosen filter so its other values keep their counts). Several words are intersected here, so their
 * counts need each filter value's pages: one filter-only search per value, made once per visit.
 */
export function createSearchEngine(pagefind: PagefindApi) {
  let membership: Promise<FilterMembership> | undefined;
  let dates: Promise<Map<string, number>> | undefined;
  let filterIndex: ReturnType<PagefindApi['filters']> | undefined;

  async function loadMembership(): Promise<FilterMembership> {
    const all = await (filterIndex ??= pagefind.filters());
    const entries = await Promise.all(
      Object.entries(all).map(async ([key, values]) => {
        const pages = await Promise.all(
          Object.keys(values).map(async (value) => {
            const { results } = await pagefind.search(null, { filters: { [key]: value } });
            return [value, new Set(results.map((r) => r.id))] as const;
          }),
        );
        return [key, new Map(pages)] as const;
      }),
    );
    return new Map(entries);
  }

  async function loadDates(): Promise<Map<string, number>> {
    const { results } = await pagefind.search(null, { sort: { date: 'desc' } });
    return new Map(results.map((r, rank) => [r.id, rank]));
  }

  async function oneWord(term: QueryTerm, active: ActiveFilters): Promise<[PagefindResult[], Counts]> {
    // Pagefind counts filter values only once their index is loaded; filters() loads all of it.
    await (filterIndex ??= pagefind.filters());
    const [main, ...without] = await Promise.all([
      pagefind.search(term.exact, { filters: pagefindFilters(active) }),
      ...FILTER_KEYS.map((key) =>
        active[key] ? pagefind.search(term.exact, { filters: pagefindFilters(active, key) }) : undefined,
      ),
    ]);
    const counts = Object.fromEntries(
      FILTER_KEYS.map((key, i) => [
        key,
        facetValues(key, (without[i] ?? main)?.filters[key] ?? {}, active[key]),
      ]),
    ) as Counts;
    return [main?.results ?? [], counts];
  }

  async function severalWords(
    terms: readonly QueryTerm[],
    active: ActiveFilters,
  ): Promise<[PagefindResult[], Counts]> {
    const [searches, members] = await Promise.all([
      Promise.all(terms.map((term) => pagefind.search(term.exact))),
      (membership ??= loadMembership()),
    ]);
    const [first = [], ...rest] = searches.map((search) => search.results);
    const others = rest.map((results) => new Set(results.map((r) => r.id)));
    const matched = first.filter((r) => others.every((ids) => ids.has(r.id)));
    const kept = new Set(
      applyFilters(
        matched.map((r) => r.id),
        members,
        active,
      ),
    );
    return [
      matched.filter((r) => kept.has(r.id)),
      facetCounts(
        matched.map((r) => r.id),
        members,
        active,
      ),
    ];
  }

  async function run(state: SearchState): Promise<SearchOutcome> {
    const terms = parseQuery(state.q);
    const none = Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as Counts;
    if (terms.length === 0) return { terms, total: 0, counts: none, hits: () => Promise.resolve([]) };
    const [[results, counts], ranked, newest] = await Promise.all([
      terms.length === 1 ? oneWord(terms[0]!, state.filters) : severalWords(terms, state.filters),
      pagefind.search(rankingQuery(terms)),
      state.sort === 'relevance' ? undefined : (dates ??= loadDates()),
    ]);
    const score = new Map(ranked.results.map((r) => [r.id, r.score]));
    const undated = Number.MAX_SAFE_INTEGER;
    const order: Record<SearchState['sort'], (a: PagefindResult, b: PagefindResult) => number> = {
      relevance: (a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0),
      newest: (a, b) => (newest?.get(a.id) ?? undated) - (newest?.get(b.id) ?? undated),
      oldest: (a, b) => (newest?.get(b.id) ?? -1) - (newest?.get(a.id) ?? -1),
    };
    const shown = [...results].sort(order[state.sort]);
    const words = terms.map((term) => term.text);
    return {
      terms,
      total: shown.length,
      counts,
      hits: (start, count) =>
        Promise.all(shown.slice(start, start + count).map((result) => toHit(result, words))),
    };
  }

  return { run };
}

async function toHit(result: PagefindResult, words: readonly string[]): Promise<SearchHit> {
  const fragment = await result.data();
  const meta = fragment.meta;
  const title = unspaceHan(meta['title'] ?? '');
  // A page whose title holds the words opens at its top, not at a later mention.
  const hit = words.some((word) => title.toLowerCase().includes(word)) ? undefined : result.words[0];
  return {
    title,
    href: hitHref(fragment.url, words, fragment.anchors, hit),
    type: unspaceHan(meta['type'] ?? ''),
    date: meta['date'] ?? '',
    excerpt: unspaceHan(fragment.excerpt),
  };
}
