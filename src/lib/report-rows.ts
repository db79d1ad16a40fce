import type { BulletinData } from '../schemas/bulletin.ts';
import type { PartialDate } from '../schemas/common.ts';
import type { ItemStatus } from '../schemas/item.ts';
import type { TeamState } from '../schemas/team.ts';
import type { ListingReport } from '../schemas/village.ts';
import type { Archive } from './archive-index.ts';
import type { Entry } from './drafts.ts';
import { ledgerOf, named, type Named } from './ledger.ts';
import { memoisedOn } from './memo.ts';
import { relationsOf } from './relations.ts';
import { stateDate } from './state-format.ts';
import { inBulletinOrder, teamStates, type StateEvent } from './timeline.ts';

type RowsInput = Parameters<typeof ledgerOf>[0] & Pick<Archive, 'units'>;

/** One status report of one item, as data. */
export interface ItemReportRow {
  item: { id: string; title: string };
  village: Named | undefined;
  town: Named | undefined;
  unit: Named | undefined;
  status: ItemStatus;
  bulletin: Entry<BulletinData>;
  quote: string | undefined;
}

/** Every item's status reports, items in ledger order, each item's reports oldest first. */
export const itemReportRowsOf = memoisedOn((archive: RowsInput): ItemReportRow[] => {
  const byId = new Map(archive.items.map((i) => [i.id, i]));
  return ledgerOf(archive).flatMap((row) =>
    inBulletinOrder(byId.get(row.id)?.data.history ?? [], archive.bulletinById).map(
      ({ report, bulletin }) => ({
        item: { id: row.id, title: row.title },
        village: row.village,
        town: row.town,
        unit: row.unit,
        status: report.status,
        bulletin,
        quote: report.quote,
      }),
    ),
  );
});

interface StateRowBase {
  /** The team's id; undefined for a village's own report. */
  team: string | undefined;
  unit: Named | undefined;
  village: Named | undefined;
  bulletin: Entry<BulletinData>;
  quote: string;
  note: string | undefined;
  /** When the bulletin says the thing happened, as precise as it says. */
  date: PartialDate | undefined;
}

/** One report of a team's state or of a village's place on the list, as data. */
export type StateRow =
  | (StateRowBase & { subject: 'team'; state: TeamState; event: StateEvent })
  | (StateRowBase & { subject: 'village'; state: 'listing'; listing: ListingReport });

const collator = new Intl.Collator('zh-Hans-CN');
const byName = (a: Named | undefined, b: Named | undefined) =>
  a && b ? collator.compare(a.name, b.name) : a ? -1 : b ? 1 : 0;

/**
 * Every state report of every team and village in long form: villages' own reports first, then
 * teams by unit name, each subject's reports by state and oldest first. Drafts' reports are gone
 * already (the archive strips them).
 */
export const stateRowsOf = memoisedOn((archive: RowsInput): StateRow[] => {
  const villages = [...archive.villages].sort((a, b) => collator.compare(a.data.name, b.data.name));
  const villageRows = villages.flatMap((village) =>
    inBulletinOrder(village.data.listing, archive.bulletinById).map(({ report, bulletin }): StateRow => ({
      subject: 'village',
      state: 'listing',
      listing: report,
      team: undefined,
      unit: undefined,
      village: named(village),
      bulletin,
      quote: report.quote,
      note: report.note,
      date: report.date,
    })),
  );
  const { teamsByUnit } = relationsOf(archive);
  const units = archive.units.map(named).sort(byName);
  const teamRows = units.flatMap((unit) =>
    (teamsByUnit.get(unit?.id ?? '') ?? []).flatMap((team) => {
      const village = named(team.data.village && archive.villageById.get(team.data.village.id));
      return teamStates(team, archive.bulletinById).flatMap(({ timeline }) =>
        timeline.map((event): StateRow => ({
          subject: 'team',
          state: event.state,
          event,
          team: team.id,
          unit,
          village,
          bulletin: event.bulletin,
          quote: event.report.quote,
          note: event.report.note,
          date: stateDate(event),
        })),
      );
    }),
  );
  return [...villageRows, ...teamRows];
});
