import { FILTER_KEYS, type ActiveFilters } from './facets.ts';

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Everything that defines a search, as kept in the address so it can be shared or bookmarked. */
export interface SearchState {
  q: string;
  filters: ActiveFilters;
  sort: SortOrder;
}

/** Reads `?q=…&type=…&sort=…`; unknown parameters and values are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: ActiveFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    sort: SORT_ORDERS.find((order) => order === sort) ?? 'relevance',
  };
}

/** The query string for a state, with defaults left out so shared addresses stay short. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}
