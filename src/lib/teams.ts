import { teamName } from '../i18n/zh.ts';
import type { TeamData, TeamState } from '../schemas/team.ts';
import type { TownData } from '../schemas/town.ts';
import type { UnitData } from '../schemas/unit.ts';
import type { VillageData } from '../schemas/village.ts';
import type { Archive } from './archive-index.ts';
import type { Entry } from './drafts.ts';
import { memoisedOn } from './memo.ts';
import { latestDate } from './search/as-of.ts';
import { teamStates, type StateEvent, type StateHistory } from './timeline.ts';

/** The latest report of each state, typed by state. */
export type LatestStates = { [S in TeamState]?: Extract<StateEvent, { state: S }> };

/** A team with its place, its name as the bulletins word it, and its states as reported. */
export interface TeamSummary {
  team: Entry<TeamData>;
  unit: Entry<UnitData> | undefined;
  village: Entry<VillageData> | undefined;
  town: Entry<TownData> | undefined;
  /** 市住建局驻西沟子村工作队 */
  name: string;
  states: StateHistory[];
  /** The latest report of each state that has one. */
  latest: LatestStates;
  /** Date of the latest bulletin reporting any of its states. */
  lastReported: string | undefined;
}

type TeamsInput = Pick<Archive, 'teams' | 'unitById' | 'villageById' | 'townById' | 'bulletinById'>;

/** Every team's summary, by team id, built once per build for the team, unit and village pages. */
export const teamSummariesOf = memoisedOn((archive: TeamsInput): Map<string, TeamSummary> => {
  const summaries = new Map<string, TeamSummary>();
  for (const team of archive.teams) {
    const unit = archive.unitById.get(team.data.unit.id);
    const village = team.data.village && archive.villageById.get(team.data.village.id);
    const town = village?.data.town && archive.townById.get(village.data.town.id);
    const states = teamStates(team, archive.bulletinById);
    summaries.set(team.id, {
      team,
      unit,
      village,
      town,
      name: teamName(unit?.data.name, village?.data.name),
      states,
      latest: Object.fromEntries(states.map((s) => [s.state, s.latest])),
      lastReported: latestDate(states.map((s) => s.latest.bulletin.data.date)),
    });
  }
  return summaries;
});

/** The name a first secretary's latest report gives, if any. */
export const currentFirstSecretary = (summary: TeamSummary | undefined): string | undefined =>
  summary?.latest.firstSecretary?.report.name;
