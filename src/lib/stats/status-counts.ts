import type { Archive } from '../archive-index.ts';
import { ITEM_CATEGORY_LABELS, UNSTATED } from '../../i18n/zh.ts';
import { ITEM_CATEGORIES, ITEM_STATUSES, type ItemStatus } from '../../schemas/item.ts';
import { perArchive } from './memo.ts';
import { placedItems, type PlacedItem, type Round } from './rounds.ts';

/** The key of the row that gathers items whose village or town the source does not name. */
export const UNSTATED_KEY = '';

/** Item counts per row and status: `counts[status][row]`. Statuses no item has are left out. */
export interface StatusMatrix {
  rows: { key: string; label: string }[];
  statuses: ItemStatus[];
  counts: Partial<Record<ItemStatus, number[]>>;
  /** The bulletins the counted reports come from, oldest first. */
  sources: Round[];
}

interface Counted {
  row: string;
  status: ItemStatus;
  round: Round;
}

/** Counts reports into rows in the given order; a row key not listed is added at the end. */
export function statusMatrix(
  counted: readonly Counted[],
  rows: { key: string; label: string }[],
): StatusMatrix {
  const allRows = [...rows];
  const rowIndex = new Map(allRows.map((r, i) => [r.key, i]));
  for (const c of counted) {
    if (!rowIndex.has(c.row)) {
      rowIndex.set(c.row, allRows.length);
      allRows.push({ key: c.row, label: c.row === UNSTATED_KEY ? UNSTATED : c.row });
    }
  }
  const statuses = ITEM_STATUSES.filter((s) => counted.some((c) => c.status === s));
  const counts: Partial<Record<ItemStatus, number[]>> = {};
  for (const s of statuses) counts[s] = allRows.map(() => 0);
  for (const c of counted) (counts[c.status] as number[])[rowIndex.get(c.row) as number]! += 1;
  const sources = [...new Map(counted.map((c) => [c.round.id, c.round])).values()].sort(
    (a, b) => a.index - b.index,
  );
  return { rows: allRows, statuses, counts, sources };
}

const latestCounted = (items: readonly PlacedItem[], row: (p: PlacedItem) => string): Counted[] =>
  items.flatMap((p) => (p.latest ? [{ row: row(p), status: p.latest.status, round: p.latest.round }] : []));

const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'zh-CN');

/** Latest status of every item, by category in the schema's order (categories without items left out). */
export const statusByCategory = perArchive((archive: Archive) => {
  const items = placedItems(archive);
  const used = new Set(items.map((p) => p.item.data.category));
  const rows = ITEM_CATEGORIES.filter((c) => used.has(c)).map((c) => ({
    key: c,
    label: ITEM_CATEGORY_LABELS[c],
  }));
  return statusMatrix(
    latestCounted(items, (p) => p.item.data.category),
    rows,
  );
});

/** Latest status of every item by town, towns by name, items of an unnamed town under 未载明 last. */
export const statusByTown = perArchive((archive: Archive) => {
  const items = placedItems(archive);
  const used = new Set(items.map((p) => p.place.townId ?? UNSTATED_KEY));
  const rows = archive.towns
    .filter((t) => used.has(t.id))
    .map((t) => ({ key: t.id, label: t.data.name }))
    .sort(byName);
  if (used.has(UNSTATED_KEY)) rows.push({ key: UNSTATED_KEY, label: UNSTATED });
  return statusMatrix(
    latestCounted(items, (p) => p.place.townId ?? UNSTATED_KEY),
    rows,
  );
});

/** Latest status of every item by unit, most items first. */
export const statusByUnit = perArchive((archive: Archive) => {
  const items = placedItems(archive);
  const perUnit = new Map<string, number>();
  for (const p of items)
    perUnit.set(p.place.unitId ?? UNSTATED_KEY, (perUnit.get(p.place.unitId ?? UNSTATED_KEY) ?? 0) + 1);
  const rows = [...perUnit.keys()]
    .map((key) => ({ key, label: archive.unitById.get(key)?.data.name ?? UNSTATED }))
    .sort((a, b) => (perUnit.get(b.key) ?? 0) - (perUnit.get(a.key) ?? 0) || byName(a, b));
  return statusMatrix(
    latestCounted(items, (p) => p.place.unitId ?? UNSTATED_KEY),
    rows,
  );
});
