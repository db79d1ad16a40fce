import { parse } from 'yaml';
import type { Proposal } from '../../src/lib/import/proposals.ts';
import type { CheckedEntry } from '../../src/lib/integrity/rules.ts';
import { TEAM_STATES } from '../../src/schemas/team.ts';

/** One fact a bulletin states about one entry: what the answer key lists and a proposal records. */
export interface Fact {
  collection: 'items' | 'teams' | 'villages';
  id: string;
  field: string;
  values: Record<string, unknown>;
}

interface AnswerKey {
  items?: { id: string; status: string }[];
  teams?: ({ id: string; state: string } & Record<string, unknown>)[];
  villages?: ({ id: string } & Record<string, unknown>)[];
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
  ];
}

/** What a proposal records, without the bulletin and quote it is tied to. */
export function proposalFact(proposal: Proposal): Fact {
  const { bulletin: _bulletin, quote: _quote, ...values } = proposal.report;
  return { collection: proposal.collection, id: proposal.id, field: proposal.field, values };
}

const sameEntry = (a: Fact, b: Fact) => a.collection === b.collection && a.id === b.id && a.field === b.field;
const same = (a: Fact, b: Fact) =>
  sameEntry(a, b) &&
  JSON.stringify(Object.entries(a.values).sort()) === JSON.stringify(Object.entries(b.values).sort());
/** Every field the proposal records is one the fact records alike (the fact may say more). */
const within = (fact: Fact, proposal: Fact) =>
  sameEntry(fact, proposal) &&
  Object.entries(proposal.values).every(
    ([key, value]) => JSON.stringify(fact.values[key]) === JSON.stringify(value),
  );

/**
 * The reports an archive's entries tie to one bulletin, as facts: item statuses, team states and
 * village listings, less the reports an editor inferred from a total (a note saying 只报总数).
 */
export function transcribedFacts(entries: readonly CheckedEntry[], bulletin: string): Fact[] {
  const fields = { items: ['history'], teams: [...TEAM_STATES], villages: ['listing'] } as const;
  return entries.flatMap((entry) => {
    if (!(entry.collection in fields)) return [];
    const collection = entry.collection as keyof typeof fields;
    return fields[collection].flatMap((field) =>
      ((entry.parsed[field] ?? []) as Record<string, unknown>[])
        .filter((r) => (r['bulletin'] as { id: string }).id === bulletin)
        .filter((r) => !(typeof r['note'] === 'string' && r['note'].includes('只报总数')))
        .map((r): Fact => {
          const { bulletin: _b, quote: _q, note: _n, ...rest } = r;
          // Dates as written (2015-05-12), as a proposal gives them.
          const values = Object.fromEntries(
            Object.entries(rest).map(([key, value]) => [
              key,
              (value as { text?: string } | null)?.text ?? value,
            ]),
          );
          return { collection, id: entry.id, field, values };
        }),
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
 * Proposals against the facts: each must equal a fact, or with `partial` lie within one (a hand
 * transcription records details the import does not try for, such as a plan's title).
 */
export function score(
  facts: readonly Fact[],
  proposals: readonly Proposal[],
  { partial = false }: { partial?: boolean } = {},
): Score {
  const matches = partial ? within : same;
  const proposed = proposals.map(proposalFact);
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
