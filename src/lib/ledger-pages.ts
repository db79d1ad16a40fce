/**
 * How the ledger tables are split into numbered pages, and the rows of every facet value grouped
 * once per build. A table of at most one page stays whole, so the browser can filter and sort it
 * all; a longer one is cut into pages so no page carries tens of megabytes of HTML.
 */
import { facetCountsOf, type LedgerRow } from './ledger.ts';
import { FACETS, type Facet } from './ledger-query.ts';
import { memoisedOn } from './memo.ts';

/**
 * Rows per ledger page unless ARCHIVE_LEDGER_PAGE_SIZE says otherwise (tests build with a small one).
 * 250, not more: a phone lays out every row before its first paint, and a 1,000-row page kept a throttled
 * one blank for about 3 s (`npm run bench:phone`); `content-visibility` skips neither table rows nor a
 * table that starts within half a screen of the view.
 */
export const DEFAULT_LEDGER_PAGE_SIZE = 250;

/** Reads a page size from the environment's text; anything but a positive whole number gives the default. */
export function parsePageSize(text: string | undefined): number {
  const size = Number(text);
  return Number.isInteger(size) && size > 0 ? size : DEFAULT_LEDGER_PAGE_SIZE;
}

export const LEDGER_PAGE_SIZE = parsePageSize(process.env['ARCHIVE_LEDGER_PAGE_SIZE']);

/** How many pages a table of `total` rows takes; an empty table still has its one page. */
export const pageCount = (total: number, size = LEDGER_PAGE_SIZE) => Math.max(1, Math.ceil(total / size));

/** The rows of page `page` (1-based). */
export const pageRows = <T>(rows: readonly T[], page: number, size = LEDGER_PAGE_SIZE): T[] =>
  rows.slice((page - 1) * size, page * size);

/** The page numbers after the first, which get a URL of their own (…/2/, …/3/). */
export const laterPages = (total: number, size = LEDGER_PAGE_SIZE): number[] =>
  Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);

/** The URL of page `page` of a table whose first page is at `first` (a path ending in '/'). */
export const pagePath = (first: string, page: number) => (page === 1 ? first : `${first}${page}/`);

/**
 * The page numbers a pagination bar links to: the first, the last and `radius` either side of the
 * current one, with null where two or more numbers are left out, so a ledger of thousands of pages lists a few.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const near = Array.from({ length: 2 * radius + 1 }, (_, i) => current - radius + i);
  const pages = [...new Set([1, ...near, total])].filter((p) => p >= 1 && p <= total).sort((a, b) => a - b);
  // A gap of a single page shows that page: a number takes no more room than the mark for a gap.
  return pages.flatMap((page, i) => {
    const gap = i > 0 ? page - pages[i - 1]! : 1;
    return gap === 1 ? [page] : gap === 2 ? [page - 1, page] : [null, page];
  });
}

/** The rows of each value of each facet, in ledger order, found in one pass over the ledger. */
export function groupByFacet(rows: readonly LedgerRow[]): Record<Facet, Map<string, LedgerRow[]>> {
  const groups = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, LedgerRow[]>()])) as Record<
    Facet,
    Map<string, LedgerRow[]>
  >;
  for (const row of rows) {
    for (const facet of FACETS) {
      const value = row.facets[facet];
      const list = groups[facet].get(value);
      if (list) list.push(row);
      else groups[facet].set(value, [row]);
    }
  }
  return groups;
}

/** The facet groups of a ledger, computed once per ledger array. */
export const facetGroupsOf = memoisedOn(groupByFacet);

/** One page of the ledger filtered to one facet value. */
export interface FacetPage {
  facet: Facet;
  value: string;
  label: string;
  /** Every row with that value, across all its pages. */
  rows: LedgerRow[];
  page: number;
}

/** Every page of every facet value's table, from one grouping of the ledger. */
export function facetPages(rows: readonly LedgerRow[], size = LEDGER_PAGE_SIZE): FacetPage[] {
  const counts = facetCountsOf(rows);
  const groups = facetGroupsOf(rows);
  return FACETS.flatMap((facet) =>
    counts[facet].flatMap(({ value, label }) => {
      const group = groups[facet].get(value) ?? [];
      return Array.from({ length: pageCount(group.length, size) }, (_, i) => ({
        facet,
        value,
        label,
        rows: group,
        page: i + 1,
      }));
    }),
  );
}
