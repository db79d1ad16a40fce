import { ITEM_CATEGORY_LABELS, ITEM_STATUS_LABELS, UNSTATED } from '../i18n/zh.ts';
import type { BulletinData } from '../schemas/bulletin.ts';
import type { Money, PartialDate, Quantity } from '../schemas/common.ts';
import { ITEM_CATEGORIES, ITEM_STATUSES, type ItemCategory, type ItemStatus } from '../schemas/item.ts';
import type { Archive } from './archive-index.ts';
import type { Entry } from './drafts.ts';
import { formatYesNo } from './format.ts';
import { isLate, partialDateEnd } from './late.ts';
import { FACETS, UNSTATED_VALUE, type Facet, type SortColumn } from './ledger-query.ts';
import { memoisedOn } from './memo.ts';
import { relationsOf } from './relations.ts';
import { currentStatus } from './timeline.ts';

/** An entity a row points at: its id for links, its name for people. */
export interface Named {
  id: string;
  name: string;
}

/**
 * One line of the assistance-item ledger, as data: undefined where the bulletins are silent. Pages
 * and downloads word it (item-format.ts, 未载明) only when they show it.
 */
export interface LedgerRow {
  id: string;
  title: string;
  category: ItemCategory;
  /** One of the team's three major items; undefined when the bulletin does not say. */
  major: boolean | undefined;
  quantities: readonly Quantity[];
  money: Money | undefined;
  status: ItemStatus | undefined;
  expected: PartialDate | undefined;
  /** Last day of the expected completion period, YYYY-MM-DD. */
  expectedEnd: string | undefined;
  late: boolean;
  lastReport: Entry<BulletinData> | undefined;
  quote: string | undefined;
  village: Named | undefined;
  town: Named | undefined;
  unit: Named | undefined;
  /** The value the row has under each facet: a status or category key, an id, yes/no, or UNSTATED_VALUE. */
  facets: Record<Facet, string>;
}

export const named = (entry: { id: string; data: { name: string } } | undefined): Named | undefined =>
  entry && { id: entry.id, name: entry.data.name };

const collator = new Intl.Collator('zh-Hans-CN');
/** Orders names the way Chinese readers look them up (pinyin), unknowns last. */
const byName = (a: Named | undefined, b: Named | undefined) =>
  a && b ? collator.compare(a.name, b.name) : a ? -1 : b ? 1 : 0;

type LedgerInput = Parameters<typeof relationsOf>[0] & Pick<Archive, 'bulletinById' | 'latestBulletin'>;

/**
 * Every item as a ledger row, late measured against the latest published bulletin, ordered by town,
 * village, unit and title so the table reads place by place.
 */
export function buildLedger(archive: LedgerInput): LedgerRow[] {
  const { itemPlace } = relationsOf(archive);
  const asOf = archive.latestBulletin?.data.date;
  const rows = archive.items.map((item): LedgerRow => {
    const place = itemPlace.get(item.id);
    const current = currentStatus(item, archive.bulletinById);
    const { data } = item;
    const major = data.major;
    return {
      id: item.id,
      title: data.title,
      category: data.category,
      major,
      quantities: data.quantities,
      money: data.money,
      status: current?.status,
      expected: data.expectedCompletion,
      expectedEnd: data.expectedCompletion && partialDateEnd(data.expectedCompletion),
      late: isLate(data.expectedCompletion, current?.status, asOf),
      lastReport: current?.bulletin,
      quote: current?.quote,
      village: named(place?.village),
      town: named(place?.town),
      unit: named(place?.unit),
      facets: {
        status: current?.status ?? UNSTATED_VALUE,
        category: data.category,
        town: place?.town?.id ?? UNSTATED_VALUE,
        unit: place?.unit?.id ?? UNSTATED_VALUE,
        major: major === undefined ? UNSTATED_VALUE : major ? 'yes' : 'no',
      },
    };
  });
  return rows.sort(
    (a, b) =>
      byName(a.town, b.town) ||
      byName(a.village, b.village) ||
      byName(a.unit, b.unit) ||
      collator.compare(a.title, b.title),
  );
}

/** The ledger, built once per build. */
export const ledgerOf = memoisedOn(buildLedger);

/** The items flagged 逾期, in ledger order. */
export const lateRows = (rows: readonly LedgerRow[]) => rows.filter((row) => row.late);

/** A facet value with the words shown for it and how many rows have it. */
export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

/** The words shown for a facet value. */
export function facetLabel(row: LedgerRow, facet: Facet): string {
  switch (facet) {
    case 'status':
      return row.status ? ITEM_STATUS_LABELS[row.status] : UNSTATED;
    case 'category':
      return ITEM_CATEGORY_LABELS[row.category];
    case 'town':
      return row.town?.name ?? UNSTATED;
    case 'unit':
      return row.unit?.name ?? UNSTATED;
    case 'major':
      return formatYesNo(row.major);
  }
}

const VOCABULARY_ORDER: Partial<Record<Facet, readonly string[]>> = {
  status: ITEM_STATUSES,
  category: ITEM_CATEGORIES,
  major: ['yes', 'no'],
};

/**
 * For each facet, the values present in `rows` with their counts: statuses and categories in the
 * schema's order, towns and units by name, 未载明 last.
 */
export function facetCounts(rows: readonly LedgerRow[]): Record<Facet, FacetCount[]> {
  const result = {} as Record<Facet, FacetCount[]>;
  for (const facet of FACETS) {
    const counts = new Map<string, FacetCount>();
    for (const row of rows) {
      const value = row.facets[facet];
      const entry = counts.get(value);
      if (entry) entry.count += 1;
      else counts.set(value, { value, label: facetLabel(row, facet), count: 1 });
    }
    const order = VOCABULARY_ORDER[facet];
    const rank = (c: FacetCount) => (c.value === UNSTATED_VALUE ? 1 : 0);
    result[facet] = [...counts.values()].sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (order ? order.indexOf(a.value) - order.indexOf(b.value) : collator.compare(a.label, b.label)),
    );
  }
  return result;
}

/** What each sortable column sorts by; '' for 未载明, which always sorts last. */
export function sortKeys(row: LedgerRow): Record<SortColumn, string> {
  return {
    village: row.village?.name ?? '',
    town: row.town?.name ?? '',
    unit: row.unit?.name ?? '',
    title: row.title,
    category: String(ITEM_CATEGORIES.indexOf(row.category)),
    money: row.money ? String(row.money.max) : '',
    status: row.status ? String(ITEM_STATUSES.indexOf(row.status)) : '',
    expected: row.expectedEnd ?? '',
    lastReport: row.lastReport?.data.date ?? '',
  };
}

/** Ledger rows by item id, for the pages that show a few items. */
export const ledgerRowsById = memoisedOn(
  (archive: LedgerInput) => new Map(ledgerOf(archive).map((row) => [row.id, row])),
);

/** The facet counts of a whole ledger, computed once however many of its pages show them. */
export const facetCountsOf = memoisedOn((rows: readonly LedgerRow[]) => facetCounts(rows));

/** The late rows of a ledger, found once however many pages list them. */
export const lateRowsOf = memoisedOn((rows: readonly LedgerRow[]) => lateRows(rows));
