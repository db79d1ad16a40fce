import {
  facetCounts,
  facetValues,
  FILTER_KEYS,
  pagefindFilters,
  type ActiveFilters,
  type FacetValue,
  type FilterKey,
} from './facets.ts';
import { unspaceHan } from './han-spacing.ts';
import { memoisedOn } from '../memo.ts';
import { hitHref, type FragmentAnchor } from './hit.ts';
import { markWords } from './marks.ts';
import { parseQuery, rankingQuery, type QueryTerm } from './query.ts';
import type { SearchState } from './state.ts';

/** The part of Pagefind's browser API (`pagefind.js`) the archive uses. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
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

/**
 * Options of each Pagefind instance the archive creates (not of merged indexes, which would warn):
 * search on the page's own thread. Pagefind's worker costs a script of 12 KB gzip before the first
 * result, on a slow link more than the few milliseconds of searching a few index chunks it saves.
 */
export const MAIN_THREAD = { noWorker: true };

/** The indexes a query searches: Pagefind over them, and their pages' dates for date order. */
export interface SearchIndex {
  pagefind: PagefindApi;
  /** Result id → ISO date; read only when a date order is chosen. */
  dates(): Promise<ReadonlyMap<string, string>>;
}

/** The indexes that can hold these words (all of a small archive; the routed shards of a large one). */
export type IndexFor = (words: readonly string[]) => Promise<SearchIndex>;

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
  /** How many results each filter value would leave; loads the filter index on first call. */
  counts(): Promise<Record<FilterKey, FacetValue[]>>;
  /** Loads the hits from `start`, `count` of them. */
  hits(start: number, count: number): Promise<SearchHit[]>;
}

type Counts = Record<FilterKey, FacetValue[]>;

/**
 * Search over Pagefind with whole-word precision for Chinese: each word is an exact (quoted) search
 * for its characters side by side, the words are intersected, and the result is ordered by Pagefind's
 * ranked search of the same characters (title, `name`, headings and page length count).
 *
 * A search loads no filter data: the active filters go to Pagefind with each word's search (it loads
 * only those filters' chunks), and the counts beside each filter value are computed only when asked
 * for (`counts()`, when the filter panel is opened), since they need the whole filter index. For one
 * word they are Pagefind's own (one search, plus one per chosen filter so its other values keep
 * their counts); for several words, whose results are intersected here, from one search per filter
 * value that every word's results carry, so the work follows the values that can be shown.
 */
export function createSearchEngine(indexFor: IndexFor) {
  // Each search is marked, so the benchmark can count what a query costs (performance.getEntriesByName);
  // one wrapper per set of indexes, so what is memoised on it below holds for every query over them.
  const marked = memoisedOn((api: PagefindApi): PagefindApi => ({
    search: (term, options) => {
      performance.mark('pagefind-search');
      return api.search(term, options);
    },
    filters: () => api.filters(),
  }));
  // Once per set of indexes: Pagefind counts filter values only after their whole index is loaded.
  const loadFilters = memoisedOn((api: PagefindApi) => api.filters());

  async function oneWordCounts(
    pagefind: PagefindApi,
    term: QueryTerm,
    active: ActiveFilters,
  ): Promise<Counts> {
    // Pagefind counts filter values only once their index is loaded; filters() loads all of it.
    await loadFilters(pagefind);
    const [main, ...without] = await Promise.all([
      pagefind.search(term.exact, { filters: pagefindFilters(active) }),
      ...FILTER_KEYS.map((key) =>
        active[key] ? pagefind.search(term.exact, { filters: pagefindFilters(active, key) }) : undefined,
      ),
    ]);
    return Object.fromEntries(
      FILTER_KEYS.map((key, i) => [
        key,
        facetValues(key, (without[i] ?? main)?.filters[key] ?? {}, active[key]),
      ]),
    ) as Counts;
  }

  async function severalWordsCounts(
    pagefind: PagefindApi,
    terms: readonly QueryTerm[],
    active: ActiveFilters,
  ): Promise<Counts> {
    await loadFilters(pagefind);
    const searches = await Promise.all(terms.map((term) => pagefind.search(term.exact)));
    const matched = intersect(searches.map((search) => search.results)).map((r) => r.id);
    // A value can count only if every word's results carry it; a chosen value is always counted.
    const candidates = FILTER_KEYS.flatMap((key) => {
      const values = Object.keys(searches[0]?.filters[key] ?? {}).filter((value) =>
        searches.every((search) => (search.filters[key]?.[value] ?? 0) > 0),
      );
      const chosen = active[key];
      if (chosen && !values.includes(chosen)) values.push(chosen);
      return values.map((value) => [key, value] as const);
    });
    const pages = await Promise.all(
      candidates.map(async ([key, value]) => {
        const { results } = await pagefind.search(terms[0]!.exact, { filters: { [key]: value } });
        return [key, value, new Set(results.map((r) => r.id))] as const;
      }),
    );
    const membership = new Map<string, Map<string, ReadonlySet<string>>>();
    for (const [key, value, ids] of pages) {
      const values = membership.get(key) ?? new Map<string, ReadonlySet<string>>();
      membership.set(key, values.set(value, ids));
    }
    return facetCounts(matched, membership, active);
  }

  async function run(state: SearchState): Promise<SearchOutcome> {
    const terms = parseQuery(state.q);
    const none = Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as Counts;
    if (terms.length === 0)
      return { terms, total: 0, counts: () => Promise.resolve(none), hits: () => Promise.resolve([]) };
    const index = await indexFor(terms.map((term) => term.text));
    const pagefind = marked(index.pagefind);
    const filters = pagefindFilters(state.filters);
    const [searches, ranked, dates] = await Promise.all([
      Promise.all(terms.map((term) => pagefind.search(term.exact, { filters }))),
      pagefind.search(rankingQuery(terms)),
      state.sort === 'relevance' ? undefined : index.dates(),
    ]);
    const results = intersect(searches.map((search) => search.results));
    const score = new Map(ranked.results.map((r) => [r.id, r.score]));
    const byScore = (a: PagefindResult, b: PagefindResult) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0);
    // Undated pages come last in either date order; equal dates keep relevance order.
    const byDate = (sign: 1 | -1) => (a: PagefindResult, b: PagefindResult) => {
      const [x, y] = [dates?.get(a.id), dates?.get(b.id)];
      if (x === y) return byScore(a, b);
      if (x === undefined || y === undefined) return x === undefined ? 1 : -1;
      return sign * x.localeCompare(y);
    };
    const order: Record<SearchState['sort'], (a: PagefindResult, b: PagefindResult) => number> = {
      relevance: byScore,
      newest: byDate(-1),
      oldest: byDate(1),
    };
    const shown = [...results].sort(order[state.sort]);
    const words = terms.map((term) => term.text);
    let counts: Promise<Counts> | undefined;
    return {
      terms,
      total: shown.length,
      counts: () =>
        (counts ??=
          terms.length === 1
            ? oneWordCounts(pagefind, terms[0]!, state.filters)
            : severalWordsCounts(pagefind, terms, state.filters)),
      hits: (start, count) =>
        Promise.all(shown.slice(start, start + count).map((result) => toHit(result, words))),
    };
  }

  return { run };
}

/** The results of the first list that every other list holds too, in the first list's order. */
function intersect(lists: readonly (readonly PagefindResult[])[]): PagefindResult[] {
  const [first = [], ...rest] = lists;
  const others = rest.map((results) => new Set(results.map((r) => r.id)));
  return first.filter((r) => others.every((ids) => ids.has(r.id)));
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
    excerpt: markWords(unspaceHan(fragment.excerpt), words),
  };
}
