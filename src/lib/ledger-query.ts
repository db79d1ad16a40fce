/**
 * The ledger's filter and sort state as it appears in a shareable URL (?status=completed&town=biguo
 * &sort=money&order=desc). Shared by the build, which pre-builds one page per facet value, and by
 * the browser, which filters the full table in place; so this file imports nothing.
 */

export const FACETS = ['status', 'category', 'town', 'unit', 'major'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Facets with a fixed, short list of values. Pre-built filtered pages list only these, so that the
 * build grows with the number of towns and units, not with its square.
 */
export const BOUNDED_FACETS = ['status', 'category', 'major'] as const satisfies readonly Facet[];

/** The facet value of rows whose town, unit or major flag the bulletins do not state. */
export const UNSTATED_VALUE = '_unstated';

/** Columns the ledger can be sorted by. */
export const SORT_COLUMNS = [
  'village',
  'town',
  'unit',
  'title',
  'category',
  'money',
  'status',
  'expected',
  'lastReport',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface LedgerQuery {
  filters: Partial<Record<Facet, string>>;
  sort?: { column: SortColumn; descending: boolean };
}

const isFacet = (key: string): key is Facet => (FACETS as readonly string[]).includes(key);
const isSortColumn = (key: string): key is SortColumn => (SORT_COLUMNS as readonly string[]).includes(key);

/** Reads a query string; unknown keys and values are ignored, so an old or mistyped link still opens. */
export function parseLedgerQuery(search: string): LedgerQuery {
  const params = new URLSearchParams(search);
  const query: LedgerQuery = { filters: {} };
  for (const [key, value] of params) {
    if (isFacet(key) && value) query.filters[key] = value;
  }
  const sort = params.get('sort');
  if (sort && isSortColumn(sort)) query.sort = { column: sort, descending: params.get('order') === 'desc' };
  return query;
}

/** The query string of a state, facets in a fixed order, '' when nothing is chosen. */
export function formatLedgerQuery(query: LedgerQuery): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    const value = query.filters[facet];
    if (value) params.set(facet, value);
  }
  if (query.sort) {
    params.set('sort', query.sort.column);
    if (query.sort.descending) params.set('order', 'desc');
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when a row's facet values satisfy every chosen filter, optionally ignoring one facet. */
export function matchesFilters(
  values: Partial<Record<Facet, string | undefined>>,
  filters: Partial<Record<Facet, string>>,
  ignore?: Facet,
): boolean {
  return FACETS.every(
    (facet) => facet === ignore || filters[facet] === undefined || values[facet] === filters[facet],
  );
}

/** Chooses a facet value, or clears it when it is already the one chosen. */
export function toggleFilter(query: LedgerQuery, facet: Facet, value: string): LedgerQuery {
  const filters = { ...query.filters };
  if (filters[facet] === value) delete filters[facet];
  else filters[facet] = value;
  return { ...query, filters };
}

/** Sorts by a column ascending, or flips the order when it is already the sort column. */
export function toggleSort(query: LedgerQuery, column: SortColumn): LedgerQuery {
  const descending = query.sort?.column === column ? !query.sort.descending : false;
  return { ...query, sort: { column, descending } };
}

/** Compares two sort keys: numbers as numbers, text in Chinese order, empty (未载明) last either way. */
export function compareSortKeys(a: string, b: string, collator: Intl.Collator, descending = false): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const x = Number(a);
  const y = Number(b);
  const order = !Number.isNaN(x) && !Number.isNaN(y) ? x - y : collator.compare(a, b);
  return descending ? -order : order;
}
