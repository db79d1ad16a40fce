import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { withoutUnstated, type CollectionName } from '../schemas/common.ts';
import { contentFiles, readContentFile } from './integrity/content-files.ts';
import { parseEntry } from './integrity/read-entries.ts';

/**
 * Loads one collection from the content folder with the validator's own reader: the same files
 * (`contentFiles`), the same UTF-8 check and the same YAML reading, so the site never holds an entry
 * the check did not see, or sees it differently. Bodies are kept as text, never compiled: the pages
 * render them as Markdown (`src/lib/bulletin-body.ts`), so no content file can run code.
 */
export function archiveLoader(collection: CollectionName, dir: string): Loader {
  return {
    name: 'archive-content',
    load: async (context) => {
      const { store, watcher, config } = context;
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        for (const file of contentFiles(dir, root).files.filter((f) => f.collection === collection)) {
          const filePath = path.relative(root, file.path);
          const { text } = readContentFile(file.path, filePath);
          if (text === undefined) continue;
          const { entry } = parseEntry(collection, filePath, text);
          // The validator has reported why an entry cannot be read; the build stops on it, and a
          // preview (`astro dev`) goes on without the entry.
          if (!entry) continue;
          try {
            const data = await context.parseData({
              id: file.id,
              // As the validator reads it: a field a form left empty is not stated.
              data: withoutUnstated(entry.data) as Record<string, unknown>,
              filePath,
            });
            store.set({
              id: file.id,
              data,
              body: entry.body,
              filePath,
              digest: context.generateDigest(text),
            });
          } catch {
            continue;
          }
        }
      };
      await sync();
      if (watcher) {
        const folder = path.join(dir, collection);
        watcher.add(folder);
        watcher.on('all', (_event, changed) => {
          if (path.resolve(changed).startsWith(folder)) void sync();
        });
      }
    },
  };
}
