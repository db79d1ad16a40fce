import type { Archive } from '../archive-index.ts';

/**
 * Wraps a derivation of the whole archive so it runs once per build: every page that asks for it
 * shares the first result, however many pages there are.
 */
export function perArchive<T>(derive: (archive: Archive) => T): (archive: Archive) => T {
  const cache = new WeakMap<Archive, T>();
  return (archive) => {
    if (!cache.has(archive)) cache.set(archive, derive(archive));
    return cache.get(archive) as T;
  };
}
