import path from 'node:path';
import { buildArchive, type ArchiveInput } from '../../src/lib/archive-index.ts';
import { validateArchive } from '../../src/lib/integrity/validate.ts';
import { ROOT } from '../support/paths.ts';

export const ROUNDS_FIXTURE = path.join(ROOT, 'tests/fixtures/rounds');

/**
 * An archive read the way the validator reads it, without Astro: the statistics are pure functions
 * of the Archive, so unit tests reach them without a build.
 */
export function loadArchive(dir: string) {
  const { entries, problems } = validateArchive(dir, ROOT);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`${dir} breaks the validator: ${JSON.stringify(errors)}`);
  const of = (collection: string) =>
    entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.parsed }));
  const input = Object.fromEntries(
    ['indicators', 'bulletins', 'towns', 'units', 'villages', 'teams', 'items', 'cases'].map((c) => [
      c,
      of(c),
    ]),
  ) as unknown as ArchiveInput;
  return buildArchive(input, { includeDrafts: false });
}
