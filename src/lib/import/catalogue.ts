import type { CheckedEntry } from '../integrity/rules.ts';
import type { Ref } from '../../schemas/common.ts';
import type { KnownIndicator } from './figure-proposals.ts';
import type { ProposalCatalogue } from './proposals.ts';

/** What the proposer needs to know of the archive, from the entries the validator read. */
export function proposalCatalogue(
  entries: readonly CheckedEntry[],
): ProposalCatalogue & { indicators: KnownIndicator[] } {
  const of = (collection: string) => entries.filter((e) => e.collection === collection);
  const text = (entry: CheckedEntry, key: string) => entry.parsed[key] as string;
  const ref = (entry: CheckedEntry, key: string) => (entry.parsed[key] as Ref | undefined)?.id;
  return {
    indicators: of('indicators').map((e) => ({ id: e.id, label: text(e, 'label'), unit: text(e, 'unit') })),
    villages: of('villages').map((e) => ({ id: e.id, name: text(e, 'name') })),
    units: of('units').map((e) => ({
      id: e.id,
      name: text(e, 'name'),
      fullName: e.parsed['fullName'] as string | undefined,
    })),
    teams: of('teams').map((e) => ({ id: e.id, unit: ref(e, 'unit')!, village: ref(e, 'village') })),
    items: of('items').map((e) => ({ id: e.id, title: text(e, 'title'), team: ref(e, 'team')! })),
  };
}
