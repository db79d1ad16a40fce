import type { Archive } from '../archive-index.ts';
import { groupBy } from '../relations.ts';
import { perArchive } from './memo.ts';
import { placedItems, reportAsOf, type PlacedItem } from './rounds.ts';
import { statusMatrix, type StatusMatrix } from './status-counts.ts';

/**
 * For each village with items: rows are the rounds that report any of its items, and each row counts
 * its items by the status last reported at or before that round.
 */
export const villageStatusTimelines = perArchive((archive: Archive) => {
  const result = new Map<string, StatusMatrix>();
  for (const [villageId, items] of groupBy(placedItems(archive), (p) => [p.place.villageId])) {
    result.set(villageId, villageTimeline(items));
  }
  return result;
});

function villageTimeline(items: readonly PlacedItem[]): StatusMatrix {
  const roundsReported = [
    ...new Map(items.flatMap((p) => p.reports.map((r) => [r.round.id, r.round]))).values(),
  ].sort((a, b) => a.index - b.index);
  const counted = roundsReported.flatMap((round) =>
    items.flatMap((p) => {
      const report = reportAsOf(p.reports, round.index);
      return report ? [{ row: round.id, status: report.status, round: report.round }] : [];
    }),
  );
  return statusMatrix(
    counted,
    roundsReported.map((r) => ({ key: r.id, label: r.label })),
  );
}

/** For each town with villages: its villages (by name) with their items counted by latest status. */
export const townVillageStatus = perArchive((archive: Archive) => {
  const itemsByVillage = groupBy(placedItems(archive), (p) => [p.place.villageId]);
  const result = new Map<string, StatusMatrix>();
  for (const [townId, villages] of groupBy(archive.villages, (v) => [v.data.town?.id])) {
    const rows = villages
      .map((v) => ({ key: v.id, label: v.data.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
    const counted = rows.flatMap((row) =>
      (itemsByVillage.get(row.key) ?? []).flatMap((p) =>
        p.latest ? [{ row: row.key, status: p.latest.status, round: p.latest.round }] : [],
      ),
    );
    result.set(townId, statusMatrix(counted, rows));
  }
  return result;
});
