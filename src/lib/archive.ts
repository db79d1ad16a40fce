import { getCollection } from 'astro:content';
import { buildArchive } from './archive-index.ts';

let archive: ReturnType<typeof load> | undefined;

async function load() {
  const [indicators, bulletins, towns, units, villages, teams, items, cases] = await Promise.all([
    getCollection('indicators'),
    getCollection('bulletins'),
    getCollection('towns'),
    getCollection('units'),
    getCollection('villages'),
    getCollection('teams'),
    getCollection('items'),
    getCollection('cases'),
  ]);
  return buildArchive(
    { indicators, bulletins, towns, units, villages, teams, items, cases },
    { includeDrafts: import.meta.env.ARCHIVE_PREVIEW_DRAFTS },
  );
}

/** The archive and its indexes, loaded once per build and shared by every page. */
export function getArchive() {
  archive ??= load();
  return archive;
}
