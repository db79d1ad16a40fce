import type { BulletinData } from '../schemas/bulletin.ts';
import type { ItemData, StatusReport } from '../schemas/item.ts';
import type { Entry } from './drafts.ts';

export interface Neighbours<B> {
  previous?: B;
  next?: B;
}

/** Each bulletin's previous and next issue, for bulletins already sorted oldest first. */
export function bulletinNeighbours<B extends Entry<BulletinData>>(
  bulletins: readonly B[],
): Map<string, Neighbours<B>> {
  return new Map(
    bulletins.map((b, i) => {
      const around: Neighbours<B> = {};
      if (i > 0) around.previous = bulletins[i - 1]!;
      if (i < bulletins.length - 1) around.next = bulletins[i + 1]!;
      return [b.id, around];
    }),
  );
}

/** One status report of an item, as printed in one bulletin. */
export interface ItemReport<I> {
  item: I;
  report: StatusReport;
}

/** The item status reports each bulletin carries, keyed by bulletin id, in the items' given order. */
export function reportsByBulletin<I extends Entry<Pick<ItemData, 'history'>>>(
  items: readonly I[],
): Map<string, ItemReport<I>[]> {
  const byBulletin = new Map<string, ItemReport<I>[]>();
  for (const item of items) {
    for (const report of item.data.history) {
      const list = byBulletin.get(report.bulletin.id) ?? [];
      list.push({ item, report });
      byBulletin.set(report.bulletin.id, list);
    }
  }
  return byBulletin;
}

/**
 * Bulletins grouped by the year of their date, newest year first and newest issue first within it,
 * for bulletins already sorted oldest first.
 */
export function bulletinsByYear<B extends Entry<BulletinData>>(
  bulletins: readonly B[],
): { year: string; bulletins: B[] }[] {
  const years = new Map<string, B[]>();
  for (const b of [...bulletins].reverse()) {
    const year = b.data.date.slice(0, 4);
    const list = years.get(year) ?? [];
    list.push(b);
    years.set(year, list);
  }
  return [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, list]) => ({ year, bulletins: list }));
}
