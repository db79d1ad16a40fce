import type { BulletinData } from '../schemas/bulletin.ts';
import type { CaseData } from '../schemas/case.ts';
import type { IndicatorData } from '../schemas/indicator.ts';
import type { ItemData } from '../schemas/item.ts';
import type { TeamData } from '../schemas/team.ts';
import type { TownData } from '../schemas/town.ts';
import type { UnitData } from '../schemas/unit.ts';
import type { VillageData } from '../schemas/village.ts';
import { draftBulletinIds, withoutHiddenReports, type Entry } from './drafts.ts';
import { compareIndicators } from './figures.ts';

export interface ArchiveInput<
  B extends Entry<BulletinData> = Entry<BulletinData>,
  C extends Entry<CaseData> = Entry<CaseData>,
> {
  indicators: readonly Entry<IndicatorData>[];
  bulletins: readonly B[];
  towns: readonly Entry<TownData>[];
  units: readonly Entry<UnitData>[];
  villages: readonly Entry<VillageData>[];
  teams: readonly Entry<TeamData>[];
  items: readonly Entry<ItemData>[];
  cases: readonly C[];
}

/** Oldest first; same day by issue number. */
export function compareBulletins(a: Entry<BulletinData>, b: Entry<BulletinData>): number {
  return a.data.date.localeCompare(b.data.date) || a.data.issue - b.data.issue || a.id.localeCompare(b.id);
}

const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((e) => [e.id, e]));

/**
 * Everything the pages show, published entries only when `includeDrafts` is false, with the lookups
 * every page needs built once.
 */
export function buildArchive<B extends Entry<BulletinData>, C extends Entry<CaseData>>(
  input: ArchiveInput<B, C>,
  { includeDrafts }: { includeDrafts: boolean },
) {
  const hidden = includeDrafts ? new Set<string>() : draftBulletinIds(input.bulletins);
  const strip = <T extends Entry<unknown>>(entry: T): T => ({
    ...entry,
    data: withoutHiddenReports(entry.data, hidden),
  });
  const bulletins = input.bulletins.filter((b) => !hidden.has(b.id)).sort(compareBulletins);
  const cases = input.cases
    .filter((c) => includeDrafts || (!c.data.draft && !hidden.has(c.data.bulletin.id)))
    .map(strip);
  const items = input.items.map(strip).filter((item) => item.data.history.length > 0);
  const teams = input.teams.map(strip);
  const villages = input.villages.map(strip);

  // An indicator the import proposed with a bulletin still in draft waits for it.
  const indicators = input.indicators
    .filter((i) => !i.data.proposedIn || !hidden.has(i.data.proposedIn.id))
    .sort(compareIndicators);

  return {
    indicators,
    bulletins,
    towns: [...input.towns],
    units: [...input.units],
    villages,
    teams,
    items,
    cases,
    indicatorById: byId(indicators),
    bulletinById: byId(bulletins),
    townById: byId(input.towns),
    unitById: byId(input.units),
    villageById: byId(villages),
    teamById: byId(teams),
    itemById: byId(items),
    caseById: byId(cases),
    latestBulletin: bulletins.at(-1),
  };
}

export type Archive = ReturnType<typeof buildArchive>;
