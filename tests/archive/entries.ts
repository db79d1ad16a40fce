import { buildArchive, type ArchiveInput } from '../../src/lib/archive-index.ts';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import { checkEntry, validateArchive } from '../../src/lib/integrity/validate.ts';
import type { BulletinWithBody } from '../../src/lib/mentions.ts';
import type { CollectionName } from '../../src/schemas/common.ts';
import { ISSUE2_FIXTURE, ROOT } from '../support/paths.ts';

/** An entry as the site would get it: a file's text run through the real reader and schema. */
export function entryFrom(collection: CollectionName, id: string, frontmatter: string, body = '') {
  const parsed = parseEntry(collection, `${collection}/${id}.md`, `---\n${frontmatter.trim()}\n---\n${body}`);
  const checked = parsed.entry && checkEntry(parsed.entry);
  if (!checked?.entry)
    throw new Error(
      `synthetic ${collection}/${id} is invalid: ${JSON.stringify(checked?.problems ?? parsed.problems)}`,
    );
  return { id, data: checked.entry.parsed, body: checked.entry.body } as {
    id: string;
    data: never;
    body: string;
  };
}

type Input = ArchiveInput<BulletinWithBody>;

/** Synthetic collections, empty unless given, built into an archive the way the site builds it. */
export function archiveOf(parts: Partial<Record<keyof Input, ReturnType<typeof entryFrom>[]>>) {
  const input = {
    indicators: [],
    bulletins: [],
    towns: [],
    units: [],
    villages: [],
    teams: [],
    items: [],
    cases: [],
    ...parts,
  } as Input;
  return buildArchive(input, { includeDrafts: false });
}

/** The issue-2 fixture, validated and built into an archive, without an Astro build. */
export function realArchive() {
  const { entries } = validateArchive(ISSUE2_FIXTURE, ROOT);
  const of = (collection: CollectionName) =>
    entries
      .filter((e) => e.collection === collection)
      .map((e) => ({ id: e.id, data: e.parsed, body: e.body }) as { id: string; data: never; body: string });
  return archiveOf({
    indicators: of('indicators'),
    bulletins: of('bulletins'),
    towns: of('towns'),
    units: of('units'),
    villages: of('villages'),
    teams: of('teams'),
    items: of('items'),
    cases: of('cases'),
  });
}

/** A synthetic bulletin; its issuer says so, so it can never pass for a real issue. */
export const bulletin = (id: string, date: string, issue = 900, body = '') =>
  entryFrom(
    'bulletins',
    id,
    `issue: ${issue}\ndate: ${date}\nissuer: 测试用合成数据\ntitle: 合成简报${issue}`,
    body,
  );
