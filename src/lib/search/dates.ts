/**
 * The date of each indexed page, by Pagefind result id, for date order. Kept out of Pagefind's own
 * sort, which would put a list of every page into the page list every search loads first (a third
 * of it); this file is read only when someone chooses a date order, and merges across shards and
 * across a portal's members, which Pagefind's per-index sort cannot.
 */

/** Each bundle's page dates, beside Pagefind's files in its folder. */
export const DATES_FILE = 'archive-dates.json';

/** The file's JSON: each date once, with the ids of its pages. */
export type DatesFile = Record<string, string[]>;

export function datesFile(pages: readonly { id: string; date: string | undefined }[]): DatesFile {
  const out: DatesFile = {};
  for (const { id, date } of [...pages].sort((a, b) => a.id.localeCompare(b.id)))
    if (date) (out[date] ??= []).push(id);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Result id → date, over any number of files (one per bundle). */
export function readDates(files: readonly (DatesFile | undefined)[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const file of files)
    for (const [date, ids] of Object.entries(file ?? {})) for (const id of ids) dates.set(id, date);
  return dates;
}

/** The dates of every bundle given (folder URLs ending in `/`), read once, when first asked for. */
export function datesLoader(
  bundles: readonly string[],
  readJson: (url: string) => Promise<unknown>,
): () => Promise<ReadonlyMap<string, string>> {
  let dates: Promise<ReadonlyMap<string, string>> | undefined;
  return () =>
    (dates ??= Promise.all(
      bundles.map((bundle) =>
        // A bundle without dates (built before them) leaves its pages undated, last in date order.
        readJson(`${bundle}${DATES_FILE}`).then(
          (file) => file as DatesFile | undefined,
          () => undefined,
        ),
      ),
    ).then(readDates));
}
