import type { BulletinData } from '../schemas/bulletin.ts';
import type { TownData } from '../schemas/town.ts';
import type { UnitData } from '../schemas/unit.ts';
import type { VillageData } from '../schemas/village.ts';
import type { Entry } from './drafts.ts';
import { memoisedOn } from './memo.ts';
import { bulletinBlocks } from './paragraphs.ts';

export type MentionedCollection = 'villages' | 'units' | 'towns';

/** A name the bulletins may use for an entity. */
export interface Term {
  text: string;
  collection: MentionedCollection;
  id: string;
}

/** `villages/xigouzi`: the key mention lists are filed under. */
export const entityKey = (collection: MentionedCollection, id: string) => `${collection}/${id}`;

/** A village's name without 村 is used only from three characters on: 西沟子 is distinctive, 王家 is a surname. */
const MIN_SHORT_NAME = 3;

/**
 * Every name to look for: each entity's name, a unit's full name, and a village's name without the
 * trailing 村 (驻西沟子工作队) when that short form is long enough and no other entity uses it.
 */
export function termsOf(entities: {
  villages: readonly Entry<VillageData>[];
  units: readonly Entry<UnitData>[];
  towns: readonly Entry<TownData>[];
}): Term[] {
  const terms: Term[] = [
    ...entities.villages.map((v) => ({ text: v.data.name, collection: 'villages' as const, id: v.id })),
    ...entities.towns.map((t) => ({ text: t.data.name, collection: 'towns' as const, id: t.id })),
    ...entities.units.flatMap((u) => [
      { text: u.data.name, collection: 'units' as const, id: u.id },
      ...(u.data.fullName ? [{ text: u.data.fullName, collection: 'units' as const, id: u.id }] : []),
    ]),
  ];
  const shortForms = entities.villages
    .filter((v) => v.data.name.endsWith('村') && v.data.name.length - 1 >= MIN_SHORT_NAME)
    .map((v) => ({ text: v.data.name.slice(0, -1), collection: 'villages' as const, id: v.id }));
  const uses = new Map<string, number>();
  for (const term of [...terms, ...shortForms]) uses.set(term.text, (uses.get(term.text) ?? 0) + 1);
  return [...terms, ...shortForms.filter((short) => uses.get(short.text) === 1)];
}

/** A term found in a text: [start, end) in UTF-16 units. */
export interface TermMatch {
  term: Term;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  term?: Term;
}

/**
 * One matcher for every name, built once: a character trie walked from each position, taking the
 * longest name that starts there and continuing after it. So 小王家村 is never also read as 王家村,
 * and the time per text grows with its length and the longest name, not with the number of names.
 */
export function createMatcher(terms: readonly Term[]): (text: string) => TermMatch[] {
  const root: TrieNode = { next: new Map() };
  for (const term of terms) {
    let node = root;
    // UTF-16 units, the same steps the search below takes through the text.
    for (let i = 0; i < term.text.length; i++) {
      const unit = term.text[i]!;
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map() }));
      node = child;
    }
    node.term ??= term;
  }
  return (text) => {
    const matches: TermMatch[] = [];
    let start = 0;
    while (start < text.length) {
      let node: TrieNode | undefined = root;
      let found: TermMatch | undefined;
      for (let at = start; at < text.length && node; at++) {
        node = node.next.get(text[at]!);
        if (node?.term) found = { term: node.term, start, end: at + 1 };
      }
      if (found) {
        matches.push(found);
        start = found.end;
      } else start += 1;
    }
    return matches;
  };
}

/** A bulletin passage naming an entity: the excerpt around the name, and where to link. */
export interface Mention {
  bulletinId: string;
  anchor: string;
  before: string;
  match: string;
  after: string;
}

const CONTEXT = 40;

/** The passage cut to about `CONTEXT` characters each side of the name, marked with … where cut. */
export function excerpt(
  text: string,
  start: number,
  end: number,
): Pick<Mention, 'before' | 'match' | 'after'> {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}

export type BulletinWithBody = Entry<BulletinData> & { body?: string | undefined };

/**
 * Every passage (paragraph or heading, with the anchor the bulletin page gives it) that names each
 * entity, in bulletin order; one mention per entity per passage, excerpted at its first name.
 */
export function findMentions(
  bulletins: readonly BulletinWithBody[],
  match: (text: string) => TermMatch[],
): Map<string, Mention[]> {
  const mentions = new Map<string, Mention[]>();
  for (const bulletin of bulletins) {
    for (const block of bulletinBlocks(bulletin.body ?? '')) {
      const seen = new Set<string>();
      for (const { term, start, end } of match(block.text)) {
        const key = entityKey(term.collection, term.id);
        if (seen.has(key)) continue;
        seen.add(key);
        const mention = { bulletinId: bulletin.id, anchor: block.anchor, ...excerpt(block.text, start, end) };
        const list = mentions.get(key);
        if (list) list.push(mention);
        else mentions.set(key, [mention]);
      }
    }
  }
  return mentions;
}

/** The archive's mentions, found once per build for every village, unit and town. */
export const mentionsOf = memoisedOn(
  (archive: {
    bulletins: readonly BulletinWithBody[];
    villages: readonly Entry<VillageData>[];
    units: readonly Entry<UnitData>[];
    towns: readonly Entry<TownData>[];
  }) => findMentions(archive.bulletins, createMatcher(termsOf(archive))),
);
