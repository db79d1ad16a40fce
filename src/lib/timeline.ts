import { TEAM_STATE_LABELS, YES_NO_LABELS } from '../i18n/zh.ts';
import type { BulletinData } from '../schemas/bulletin.ts';
import type { ItemData, ItemStatus } from '../schemas/item.ts';
import type { TeamData } from '../schemas/team.ts';
import { compareBulletins } from './archive-index.ts';
import type { Entry } from './drafts.ts';
import { formatPartialDate } from './item-format.ts';

type Bulletins = ReadonlyMap<string, Entry<BulletinData>>;

/** One status report of an item, with the bulletin that made it. */
export interface StatusEvent {
  status: ItemStatus;
  bulletin: Entry<BulletinData>;
  quote?: string | undefined;
}

/**
 * An item's status reports, oldest bulletin first; reports of the same bulletin keep the order the
 * editor wrote them. Reports of bulletins not published are left out.
 */
export function itemTimeline(item: Entry<ItemData>, bulletins: Bulletins): StatusEvent[] {
  const events: StatusEvent[] = [];
  for (const report of item.data.history) {
    const bulletin = bulletins.get(report.bulletin.id);
    if (bulletin) events.push({ status: report.status, bulletin, quote: report.quote });
  }
  // Array.prototype.sort is stable, so equal bulletins keep the written order.
  return events.sort((a, b) => compareBulletins(a.bulletin, b.bulletin));
}

/** An item's status as the latest bulletin reporting on it gave it. */
export function currentStatus(item: Entry<ItemData>, bulletins: Bulletins): StatusEvent | undefined {
  return itemTimeline(item, bulletins).at(-1);
}

export type TeamStateField = keyof typeof TEAM_STATE_LABELS;

/** One state a bulletin reported about a team, worded for the page. */
export interface TeamReport {
  field: TeamStateField;
  label: string;
  /** 是 / 否 and the details the bulletin gave: who, title, date, the plan's name, the praise. */
  text: string;
  bulletinId: string;
  note?: string | undefined;
}

const yesNo = (value: boolean) => (value ? YES_NO_LABELS.yes : YES_NO_LABELS.no);
const details = (parts: (string | undefined)[]) => {
  const shown = parts.filter((p): p is string => Boolean(p));
  return shown.length ? `（${shown.join('，')}）` : '';
};

/** Everything a team entry records as reported by a bulletin, in the order the program checks it. */
export function teamReports({ data }: Entry<TeamData>): TeamReport[] {
  const reports: TeamReport[] = [];
  const push = (field: TeamStateField, text: string, bulletinId: string, note?: string) =>
    reports.push({ field, label: TEAM_STATE_LABELS[field], text, bulletinId, note });
  if (data.docked) push('docked', yesNo(data.docked.value), data.docked.bulletin.id, data.docked.note);
  const visit = data.headVisit;
  if (visit) {
    const who = [visit.who, visit.title].filter(Boolean).join(' ') || undefined;
    const date = visit.date ? formatPartialDate(visit.date) : undefined;
    const repeated = visit.repeated ? '多次' : undefined;
    push('headVisit', yesNo(visit.visited) + details([who, date, repeated]), visit.bulletin.id, visit.note);
  }
  for (const field of ['threeYearPlan', 'annualPlan'] as const) {
    const plan = data[field];
    if (plan) push(field, yesNo(plan.value) + details([plan.title]), plan.bulletin.id, plan.note);
  }
  const major = data.majorItemsSubmitted;
  if (major) push('majorItemsSubmitted', yesNo(major.value), major.bulletin.id, major.note);
  for (const praise of data.praise) push('praise', praise.text, praise.bulletin.id);
  return reports;
}

/** One line of a village's timeline: an item's status report or a report about its team. */
export type VillageEvent =
  | ({ kind: 'item'; item: Entry<ItemData> } & StatusEvent)
  | { kind: 'team'; team: Entry<TeamData>; report: TeamReport; bulletin: Entry<BulletinData> };

/** Everything the bulletins reported about a village's teams and items, oldest bulletin first. */
export function villageTimeline(
  teams: readonly Entry<TeamData>[],
  items: readonly Entry<ItemData>[],
  bulletins: Bulletins,
): VillageEvent[] {
  const events: VillageEvent[] = [];
  for (const team of teams) {
    for (const report of teamReports(team)) {
      const bulletin = bulletins.get(report.bulletinId);
      if (bulletin) events.push({ kind: 'team', team, report, bulletin });
    }
  }
  for (const item of items) {
    for (const event of itemTimeline(item, bulletins)) events.push({ kind: 'item', item, ...event });
  }
  return events.sort((a, b) => compareBulletins(a.bulletin, b.bulletin));
}
