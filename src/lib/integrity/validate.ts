import path from 'node:path';
import { z } from 'astro/zod';
import {
  ENTRY_ID,
  withoutUnstated,
  type CollectionName,
  type Ref,
  type RefFactory,
} from '../../schemas/common.ts';
import { collectionSpecs } from '../../schemas/index.ts';
import { FACETS } from '../ledger-query.ts';
import { formatPath, type Problem } from './problem.ts';
import { bodyProblems } from './body-rules.ts';
import { contentFiles, readContentFile } from './content-files.ts';
import { parseEntry, type RawEntry } from './read-entries.ts';
import { indexNumberProblems } from './index-numbers.ts';
import { crossEntryProblems, type CheckedEntry } from './rules.ts';
import { readSiteConfig } from './site-config.ts';
import { warningProblems } from './warnings.ts';
import { zodIssueMessage } from './zod-messages.ts';

/** The validator's stand-in for Astro's `reference()`: same output, resolution checked afterwards. */
export const plainRef: RefFactory = <C extends CollectionName>(collection: C) =>
  z
    .string()
    .min(1)
    .transform((id): Ref<C> => ({ collection, id })) as unknown as z.ZodType<Ref<C>, unknown>;

const specs = collectionSpecs(plainRef);

/** Item ids the ledger's own pages use under /items/: a page number, the late list, a facet name. */
const RESERVED_ITEM_IDS = new Set<string>(['late', ...FACETS]);
const isReservedId = (collection: CollectionName, id: string) =>
  collection === 'items' && (RESERVED_ITEM_IDS.has(id) || /^\d+$/.test(id));
export const COLLECTIONS = Object.keys(specs) as CollectionName[];

/** Checks one parsed file against its collection's schema. */
export function checkEntry(raw: RawEntry): { entry?: CheckedEntry; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!ENTRY_ID.test(raw.id)) {
    problems.push({
      severity: 'error',
      file: raw.file,
      line: 1,
      field: '（文件名）',
      message: `文件名“${raw.id}”不能用作网址：只能用小写英文字母、数字和连字符，如 xigouzi.md 或 2015-02.mdx`,
    });
  }
  if (isReservedId(raw.collection, raw.id)) {
    problems.push({
      severity: 'error',
      file: raw.file,
      line: 1,
      field: '（文件名）',
      message: `文件名“${raw.id}”已被帮扶事项台账的网页占用（纯数字、late、${FACETS.join('、')}），请换一个，如 guojia-yangshuizhan.md`,
    });
  }
  const result = specs[raw.collection].schema.safeParse(withoutUnstated(raw.data), { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const fieldPath = issue.code === 'unrecognized_keys' ? issue.path : issue.path.length ? issue.path : [];
      problems.push({
        severity: 'error',
        file: raw.file,
        line: raw.lineOf(fieldPath),
        field: formatPath(fieldPath),
        message: zodIssueMessage(issue),
      });
    }
    return { problems };
  }
  return { problems, entry: { ...raw, parsed: result.data } };
}

export interface ValidationResult {
  entries: CheckedEntry[];
  problems: Problem[];
}

/**
 * Validates the site configuration and every file of the archive under `dir` and returns every problem found, errors and
 * warnings, in a stable order. The build and `npm run check` both call this.
 */
export function validateArchive(dir: string, root: string = process.cwd()): ValidationResult {
  const site = readSiteConfig(dir, root);
  const problems: Problem[] = [...site.problems];
  const entries: CheckedEntry[] = [];
  const knownIds = new Set<string>();
  const found = contentFiles(dir, root);
  problems.push(...found.problems);
  for (const { collection, path: file, id } of found.files) {
    const shown = path.relative(root, file) || file;
    // The file exists even when it cannot be read: references to it are not errors too.
    knownIds.add(`${collection}/${id}`);
    const read = readContentFile(file, shown);
    problems.push(...read.problems);
    if (read.text === undefined) continue;
    const parsed = parseEntry(collection, shown, read.text);
    problems.push(...parsed.problems);
    if (!parsed.entry) continue;
    problems.push(...bodyProblems(parsed.entry));
    const checked = checkEntry(parsed.entry);
    problems.push(...checked.problems);
    if (checked.entry) entries.push(checked.entry);
  }
  problems.push(...crossEntryProblems(entries, knownIds));
  problems.push(...indexNumberProblems(entries, site.config?.officeCode));
  problems.push(...warningProblems(entries));
  return { entries, problems };
}
