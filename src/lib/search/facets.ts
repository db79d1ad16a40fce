/**
 * The filters a search page offers, in the order shown. Keys are Pagefind filter names. `county` (县市区)
 * is the member archive, set only by a portal's merged search (`mergeFilter`); a county site has no
 * page with it, so it never shows there.
 */
export const FILTER_KEYS = ['county', 'type', 'year', 'town', 'unit', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** One chosen value per filter; a missing key means "all". */
export type ActiveFilters = Partial<Record<FilterKey, string>>;

/** Which pages carry each value of each filter: filter → value → page ids. */
export type FilterMembership = ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;

export interface FacetValue {
  value: string;
  count: number;
}

const has = (membership: FilterMembership, key: string, value: string, id: string) =>
  membership.get(key)?.get(value)?.has(id) ?? false;

/** The pages among `ids` that carry every active filter value, in the order given. */
export function applyFilters(
  ids: readonly string[],
  membership: FilterMembership,
  active: ActiveFilters,
  except?: FilterKey,
): string[] {
  const chosen = Object.entries(pagefindFilters(active, except));
  return ids.filter((id) => chosen.every(([key, value]) => has(membership, key, value, id)));
}

const byCount = (a: FacetValue, b: FacetValue) =>
  b.count - a.count || a.value.localeCompare(b.value, 'zh-CN');
const byValueDescending = (a: FacetValue, b: FacetValue) => b.value.localeCompare(a.value);

/**
 * A filter's values with how many results each would leave (`counts`, value → count), as the page
 * lists them: values that would leave nothing are left out unless chosen; years newest first, other
 * values by count, then by name.
 */
export function facetValues(
  key: FilterKey,
  counts: Readonly<Record<string, number>>,
  chosen?: string,
): FacetValue[] {
  return Object.entries(counts)
    .map(([value, count]) => ({ value, count }))
    .filter(({ value, count }) => count > 0 || value === chosen)
    .sort(key === 'year' ? byValueDescending : byCount);
}

/** The active filters as Pagefind takes them, leaving out `except`. */
export function pagefindFilters(active: ActiveFilters, except?: FilterKey): Record<string, string> {
  return Object.fromEntries(
    Object.entries(active).filter(
      (entry): entry is [string, string] => entry[0] !== except && entry[1] !== undefined,
    ),
  );
}

/**
 * For each filter, how many of `ids` each of its values would leave, given the other active filters
 * (so a chosen value can be swapped for another), from the pages each value is set on.
 */
export function facetCounts(
  ids: readonly string[],
  membership: FilterMembership,
  active: ActiveFilters,
): Record<FilterKey, FacetValue[]> {
  const counts = {} as Record<FilterKey, FacetValue[]>;
  for (const key of FILTER_KEYS) {
    const pool = applyFilters(ids, membership, active, key);
    const values = [...(membership.get(key) ?? new Map<string, ReadonlySet<string>>())].map(
      ([value, pages]) => [value, pool.filter((id) => pages.has(id)).length] as const,
    );
    counts[key] = facetValues(key, Object.fromEntries(values), active[key]);
  }
  return counts;
}
