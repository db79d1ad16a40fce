import type { Archive } from '../archive-index.ts';
import type { ItemData, ItemStatus } from '../../schemas/item.ts';
import type { Entry } from '../drafts.ts';
import { perArchive } from './memo.ts';

/** A bulletin as a point on a time axis: its place among the published bulletins, oldest first. */
export interface Round {
  id: string;
  index: number;
  date: string;
  /** Short axis label, e.g. 2015年第2期. */
  label: string;
}

/** The published bulletins as rounds, oldest first, with a lookup by id. */
export const rounds = perArchive((archive) => {
  const list: Round[] = archive.bulletins.map((b, index) => ({
    id: b.id,
    index,
    date: b.data.date,
    label: `${b.data.date.slice(0, 4)}年第${b.data.issue}期`,
  }));
  return { list, byId: new Map(list.map((r) => [r.id, r])) };
});

/** One status report of an item, placed on the time axis. */
export interface PlacedReport {
  status: ItemStatus;
  round: Round;
}

/** An item's reports in bulletin order; reports tied to unknown bulletins are left out. */
export function placedReports(item: Entry<ItemData>, byId: ReadonlyMap<string, Round>): PlacedReport[] {
  return item.data.history
    .flatMap((report) => {
      const round = byId.get(report.bulletin.id);
      return round ? [{ status: report.status, round }] : [];
    })
    .sort((a, b) => a.round.index - b.round.index);
}

/** The last report made at or before the round with this index, if any. */
export function reportAsOf(reports: readonly PlacedReport[], roundIndex: number): PlacedReport | undefined {
  let found: PlacedReport | undefined;
  for (const report of reports) {
    if (report.round.index > roundIndex) break;
    found = report;
  }
  return found;
}

/** Where an item belongs: its unit, and its village and town when the source names them. */
export interface ItemPlace {
  unitId: string | undefined;
  villageId: string | undefined;
  townId: string | undefined;
}

/** Each published item with its ordered reports and its place, computed once per build. */
export const placedItems = perArchive((archive: Archive) => {
  const { byId } = rounds(archive);
  return archive.items.map((item) => {
    const team = archive.teamById.get(item.data.team.id);
    const villageId = team?.data.village?.id;
    const townId = villageId ? archive.villageById.get(villageId)?.data.town?.id : undefined;
    const place: ItemPlace = { unitId: team?.data.unit.id, villageId, townId };
    const reports = placedReports(item, byId);
    return { item, place, reports, latest: reports.at(-1) };
  });
});

export type PlacedItem = ReturnType<typeof placedItems>[number];
