import type { CaseData } from '../schemas/case.ts';
import type { ItemData } from '../schemas/item.ts';
import type { TeamData } from '../schemas/team.ts';
import type { TownData } from '../schemas/town.ts';
import type { UnitData } from '../schemas/unit.ts';
import type { VillageData } from '../schemas/village.ts';
import type { Archive } from './archive-index.ts';
import type { Entry } from './drafts.ts';
import { memoisedOn } from './memo.ts';

/** Where an item sits: its team, the team's unit, village and the village's town when stated. */
export interface ItemPlace {
  team: Entry<TeamData>;
  unit: Entry<UnitData> | undefined;
  village: Entry<VillageData> | undefined;
  town: Entry<TownData> | undefined;
}

/** Every backlink the entity pages show, each built once from the whole archive. */
export interface Relations {
  itemPlace: Map<string, ItemPlace>;
  teamsByUnit: Map<string, Entry<TeamData>[]>;
  teamsByVillage: Map<string, Entry<TeamData>[]>;
  villagesByTown: Map<string, Entry<VillageData>[]>;
  itemsByTeam: Map<string, Entry<ItemData>[]>;
  itemsByUnit: Map<string, Entry<ItemData>[]>;
  itemsByVillage: Map<string, Entry<ItemData>[]>;
  itemsByTown: Map<string, Entry<ItemData>[]>;
  casesByUnit: Map<string, Entry<CaseData>[]>;
  casesByVillage: Map<string, Entry<CaseData>[]>;
  casesByTown: Map<string, Entry<CaseData>[]>;
  casesByItem: Map<string, Entry<CaseData>[]>;
  casesByBulletin: Map<string, Entry<CaseData>[]>;
}

/** Groups entries under every key `keysOf` gives them, each entry once per key. */
export function groupBy<T>(
  entries: readonly T[],
  keysOf: (entry: T) => Iterable<string | undefined>,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

type RelationInput = Pick<
  Archive,
  'teams' | 'villages' | 'items' | 'cases' | 'teamById' | 'unitById' | 'villageById' | 'townById' | 'itemById'
>;

/**
 * Joins teams, villages, items and cases. A case is about the teams, villages, towns and items it
 * names, and also about what those imply: an item's team, a team's unit and village, a village's town.
 */
export function buildRelations(archive: RelationInput): Relations {
  const itemPlace = new Map<string, ItemPlace>();
  for (const item of archive.items) {
    const team = archive.teamById.get(item.data.team.id);
    if (!team) continue;
    const village = team.data.village ? archive.villageById.get(team.data.village.id) : undefined;
    itemPlace.set(item.id, {
      team,
      unit: archive.unitById.get(team.data.unit.id),
      village,
      town: village?.data.town ? archive.townById.get(village.data.town.id) : undefined,
    });
  }
  const placeOf = (item: Entry<ItemData>) => itemPlace.get(item.id);

  const caseScope = (c: Entry<CaseData>) => {
    const items = c.data.items.map((ref) => archive.itemById.get(ref.id)).filter((i) => i !== undefined);
    const teamIds = new Set([...c.data.teams.map((t) => t.id), ...items.map((i) => i.data.team.id)]);
    const teams = [...teamIds].map((id) => archive.teamById.get(id)).filter((t) => t !== undefined);
    const villageIds = new Set([
      ...c.data.villages.map((v) => v.id),
      ...teams.map((t) => t.data.village?.id),
    ]);
    villageIds.delete(undefined);
    const villageTowns = [...villageIds].map((id) => archive.villageById.get(id ?? '')?.data.town?.id);
    return {
      units: teams.map((t) => t.data.unit.id),
      villages: [...villageIds],
      towns: [...c.data.towns.map((t) => t.id), ...villageTowns],
      items: c.data.items.map((i) => i.id),
    };
  };
  const scopes = new Map(archive.cases.map((c) => [c.id, caseScope(c)]));
  const scopeOf = (c: Entry<CaseData>) => scopes.get(c.id)!;

  return {
    itemPlace,
    teamsByUnit: groupBy(archive.teams, (t) => [t.data.unit.id]),
    teamsByVillage: groupBy(archive.teams, (t) => [t.data.village?.id]),
    villagesByTown: groupBy(archive.villages, (v) => [v.data.town?.id]),
    itemsByTeam: groupBy(archive.items, (i) => [i.data.team.id]),
    itemsByUnit: groupBy(archive.items, (i) => [placeOf(i)?.unit?.id]),
    itemsByVillage: groupBy(archive.items, (i) => [placeOf(i)?.village?.id]),
    itemsByTown: groupBy(archive.items, (i) => [placeOf(i)?.town?.id]),
    casesByUnit: groupBy(archive.cases, (c) => scopeOf(c).units),
    casesByVillage: groupBy(archive.cases, (c) => scopeOf(c).villages),
    casesByTown: groupBy(archive.cases, (c) => scopeOf(c).towns),
    casesByItem: groupBy(archive.cases, (c) => scopeOf(c).items),
    casesByBulletin: groupBy(archive.cases, (c) => [c.data.bulletin.id]),
  };
}

/** The archive's relations, built on first use and shared by every page of the build. */
export const relationsOf = memoisedOn(buildRelations);
