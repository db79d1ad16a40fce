import { parse } from 'yaml';
import type { ProposedFigure, ProposedIndicator } from '../../src/lib/import/figure-proposals.ts';
import type { Proposal } from '../../src/lib/import/proposals.ts';
import type { CheckedEntry } from '../../src/lib/integrity/rules.ts';
import { TEAM_STATES } from '../../src/schemas/team.ts';

/**
 * One fact a bulletin states: a report about one entry (what the answer key lists and a proposal
 * records), or a figure (`collection: 'figures'`, `id` the indicator, or `new` for one the archive
 * did not have).
 */
export interface Fact {
  collection: 'items' | 'teams' | 'villages' | 'figures';
  id: string;
  field: string;
  values: Record<string, unknown>;
}

interface AnswerKey {
  items?: { id: string; status: string }[];
  teams?: ({ id: string; state: string } & Record<string, unknown>)[];
  villages?: ({ id: string } & Record<string, unknown>)[];
  figures?: ({ indicator: string } & Record<string, unknown>)[];
}

/** The facts of a synthetic issue's answer key (`*.key.yaml`), read with the core schema so dates stay text. */
export function keyFacts(yamlText: string): Fact[] {
  const key = (parse(yamlText, { schema: 'core' }) ?? {}) as AnswerKey;
  return [
    ...(key.items ?? []).map(({ id, ...values }): Fact => ({
      collection: 'items',
      id,
      field: 'history',
      values,
    })),
    ...(key.teams ?? []).map(({ id, state, ...values }): Fact => ({
      collection: 'teams',
      id,
      field: state,
      values,
    })),
    ...(key.villages ?? []).map(({ id, ...values }): Fact => ({
      collection: 'villages',
      id,
      field: 'listing',
      values,
    })),
    ...(key.figures ?? []).map(({ indicator, ...values }): Fact => ({
      collection: 'figures',
      id: indicator,
      field: 'figures',
      values,
    })),
  ];
}

/** What a proposal records, without the bulletin and quote it is tied to. */
export function proposalFact(proposal: Proposal): Fact {
  const { bulletin: _bulletin, quote: _quote, ...values } = proposal.report;
  return { collection: proposal.collection, id: proposal.id, field: proposal.field, values };
}

/**
 * A proposed figure as a fact: against an indicator the archive had, or `new` with the unit and name
 * of the indicator proposed with it (an indicator proposed by an earlier issue of the same run is new too).
 */
export function figureFact(
  figure: ProposedFigure,
  proposed: readonly ProposedIndicator[],
  archiveIndicators: ReadonlySet<string>,
): Fact {
  const values: Record<string, unknown> = {
    value: figure.value,
    ...(figure.approx ? { approx: figure.approx } : {}),
  };
  if (archiveIndicators.has(figure.indicator))
    return { collection: 'figures', id: figure.indicator, field: 'figures', values };
  const indicator = proposed.find((i) => i.id === figure.indicator);
  return {
    collection: 'figures',
    id: 'new',
    field: 'figures',
    values: { ...values, unit: indicator?.unit, label: indicator?.label },
  };
}

const sameEntry = (a: Fact, b: Fact) => a.collection === b.collection && a.id === b.id && a.field === b.field;
const entries = (values: Record<string, unknown>, without: string[] = []) =>
  JSON.stringify(
    Object.entries(values)
      .filter(([key]) => !without.includes(key))
      .sort(),
  );
const unDe = (label: unknown) => (typeof label === 'string' ? label : '').replace(/的/g, '');
const same = (fact: Fact, proposal: Fact) => {
  if (!sameEntry(fact, proposal)) return false;
  if (fact.id !== 'new') return entries(fact.values) === entries(proposal.values);
  // A new indicator's name is the office's wording: one must hold the other (累计投入帮扶资金 / 投入帮扶资金).
  const [a, b] = [unDe(fact.values['label']), unDe(proposal.values['label'])];
  return (
    entries(fact.values, ['label']) === entries(proposal.values, ['label']) &&
    (a.includes(b) || b.includes(a))
  );
};
/** Every field the proposal records is one the fact records alike (the fact may say more). */
const within = (fact: Fact, proposal: Fact) =>
  sameEntry(fact, proposal) &&
  Object.entries(proposal.values).every(
    ([key, value]) => JSON.stringify(fact.values[key]) === JSON.stringify(value),
  );

/**
 * The reports an archive's entries tie to one bulletin, as facts: item statuses, team states and
 * village listings, less the reports an editor inferred from a total (a note saying 只报总数), and the
 * bulletin's own figures.
 */
export function transcribedFacts(all: readonly CheckedEntry[], bulletin: string): Fact[] {
  const fields = { items: ['history'], teams: [...TEAM_STATES], villages: ['listing'] } as const;
  const plain = (record: Record<string, unknown>, without: string[]) =>
    Object.fromEntries(
      Object.entries(record)
        .filter(([key]) => !without.includes(key))
        // Dates and references as written (2015-05-12, teams-total), as a proposal gives them.
        .map(([key, value]) => [key, (value as { text?: string; id?: string } | null)?.text ?? value]),
    );
  return all.flatMap((entry) => {
    if (entry.collection === 'bulletins' && entry.id === bulletin)
      return ((entry.parsed['figures'] ?? []) as Record<string, unknown>[]).map((f): Fact => ({
        collection: 'figures',
        id: (f['indicator'] as { id: string }).id,
        field: 'figures',
        values: plain(f, ['indicator', 'quote']),
      }));
    if (!(entry.collection in fields)) return [];
    const collection = entry.collection as keyof typeof fields;
    return fields[collection].flatMap((field) =>
      ((entry.parsed[field] ?? []) as Record<string, unknown>[])
        .filter((r) => (r['bulletin'] as { id: string }).id === bulletin)
        .filter((r) => !(typeof r['note'] === 'string' && r['note'].includes('只报总数')))
        .map((r): Fact => ({
          collection,
          id: entry.id,
          field,
          values: plain(r, ['bulletin', 'quote', 'note']),
        })),
    );
  });
}

export interface Score {
  facts: number;
  proposed: number;
  /** Proposals that equal a fact of the key, every field alike. */
  right: number;
  missed: Fact[];
  /** Proposals that are not a fact of the key: a wrong value, a wrong entry or something the text does not say. */
  wrong: Fact[];
}

/**
 * Proposed facts against the facts: each must equal a fact, or with `partial` lie within one (a hand
 * transcription records details the import does not try for, such as a plan's title).
 */
export function score(
  facts: readonly Fact[],
  proposed: readonly Fact[],
  { partial = false }: { partial?: boolean } = {},
): Score {
  const matches = partial ? within : same;
  const wrong = proposed.filter((p) => !facts.some((f) => matches(f, p)));
  const missed = facts.filter((f) => !proposed.some((p) => matches(f, p)));
  return {
    facts: facts.length,
    proposed: proposed.length,
    right: proposed.length - wrong.length,
    missed,
    wrong,
  };
}

export const describeFact = (f: Fact) => `${f.collection}/${f.id} ${f.field} ${JSON.stringify(f.values)}`;
