import type { BulletinData } from '../schemas/bulletin.ts';
import type { Ref } from '../schemas/common.ts';
import type { ItemData, ItemStatus } from '../schemas/item.ts';
import { TEAM_STATES, type TeamData, type TeamState, type TeamStateReport } from '../schemas/team.ts';
import type { ListingReport, VillageData } from '../schemas/village.ts';
import { compareBulletins } from './archive-index.ts';
import type { Entry } from './drafts.ts';

type Bulletins = ReadonlyMap<string, Entry<BulletinData>>;

/** A report with the published bulletin that made it. */
export interface Reported<R> {
  report: R;
  bulletin: Entry<BulletinData>;
}

/**
 * Reports oldest bulletin first; reports of the same bulletin keep the order the editor wrote them.
 * Reports of bulletins not published are left out. Items, team states and village listings all use
 * this one ordering, so "the latest report" means the same everywhere.
 */
export function inBulletinOrder<R extends { bulletin: Ref }>(
  reports: readonly R[],
  bulletins: Bulletins,
): Reported<R>[] {
  const placed: Reported<R>[] = [];
  for (const report of reports) {
    const bulletin = bulletins.get(report.bulletin.id);
    if (bulletin) placed.push({ report, bulletin });
  }
  // Array.prototype.sort is stable, so equal bulletins keep the written order.
  return placed.sort((a, b) => compareBulletins(a.bulletin, b.bulletin));
}

/** One status report of an item, with the bulletin that made it. */
export interface StatusEvent {
  status: ItemStatus;
  bulletin: Entry<BulletinData>;
  quote?: string | undefined;
}

/** An item's status reports, oldest bulletin first. */
export function itemTimeline(item: Entry<ItemData>, bulletins: Bulletins): StatusEvent[] {
  return inBulletinOrder(item.data.history, bulletins).map(({ report, bulletin }) => ({
    status: report.status,
    bulletin,
    quote: report.quote,
  }));
}

/** An item's status as the latest bulletin reporting on it gave it. */
export function currentStatus(item: Entry<ItemData>, bulletins: Bulletins): StatusEvent | undefined {
  return itemTimeline(item, bulletins).at(-1);
}

/** One report of one team state, typed as the schema gives it, with its bulletin. */
export type StateEvent = {
  [S in TeamState]: { state: S } & Reported<TeamStateReport<S>>;
}[TeamState];

/** One state of a team: what the latest report says, and every report, oldest first. */
export interface StateHistory {
  state: TeamState;
  latest: StateEvent;
  timeline: StateEvent[];
}

/** The reports of one state of a team, oldest first. */
export function stateTimeline(team: Entry<TeamData>, state: TeamState, bulletins: Bulletins): StateEvent[] {
  const reports: readonly TeamStateReport[] = team.data[state];
  return inBulletinOrder(reports, bulletins).map((placed) => ({ state, ...placed }) as StateEvent);
}

/** Every state a published bulletin reported about a team, in the order the program checks them. */
export function teamStates(team: Entry<TeamData>, bulletins: Bulletins): StateHistory[] {
  return TEAM_STATES.flatMap((state) => {
    const timeline = stateTimeline(team, state, bulletins);
    const latest = timeline.at(-1);
    return latest ? [{ state, latest, timeline }] : [];
  });
}

/** A state as the latest published bulletin reporting it gave it. */
export function latestState<S extends TeamState>(
  team: Entry<TeamData>,
  state: S,
  bulletins: Bulletins,
): Extract<StateEvent, { state: S }> | undefined {
  return stateTimeline(team, state, bulletins).at(-1) as Extract<StateEvent, { state: S }> | undefined;
}

/** A village's place on the lagging list, report by report, oldest first. */
export function listingTimeline(
  village: Entry<VillageData>,
  bulletins: Bulletins,
): Reported<ListingReport>[] {
  return inBulletinOrder(village.data.listing, bulletins);
}

/** One line of a village's timeline. */
export type VillageEvent =
  | ({ kind: 'item'; item: Entry<ItemData> } & StatusEvent)
  | { kind: 'state'; team: Entry<TeamData>; event: StateEvent; bulletin: Entry<BulletinData> }
  | { kind: 'praise'; team: Entry<TeamData>; text: string; bulletin: Entry<BulletinData> }
  | ({ kind: 'listing' } & Reported<ListingReport>);

/**
 * Everything the bulletins reported about a village, its teams and its items, oldest bulletin first:
 * within one bulletin its place on the list, then its teams' states, then its items.
 */
export function villageTimeline(
  village: Entry<VillageData> | undefined,
  teams: readonly Entry<TeamData>[],
  items: readonly Entry<ItemData>[],
  bulletins: Bulletins,
): VillageEvent[] {
  const events: VillageEvent[] = village
    ? listingTimeline(village, bulletins).map((placed) => ({ kind: 'listing', ...placed }))
    : [];
  for (const team of teams) {
    for (const { timeline } of teamStates(team, bulletins)) {
      for (const event of timeline) events.push({ kind: 'state', team, event, bulletin: event.bulletin });
    }
    for (const { report, bulletin } of inBulletinOrder(team.data.praise, bulletins)) {
      events.push({ kind: 'praise', team, text: report.text, bulletin });
    }
  }
  for (const item of items) {
    for (const event of itemTimeline(item, bulletins)) events.push({ kind: 'item', item, ...event });
  }
  return events.sort((a, b) => compareBulletins(a.bulletin, b.bulletin));
}
