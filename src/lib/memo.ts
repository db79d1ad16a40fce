/**
 * Wraps a derivation of the archive so it runs once per archive object: every page of a build gets
 * the same archive from `getArchive()`, so each index is computed once per build, not once per page.
 */
export function memoisedOn<A extends object, R>(derive: (archive: A) => R): (archive: A) => R {
  const cache = new WeakMap<A, R>();
  return (archive) => {
    if (!cache.has(archive)) cache.set(archive, derive(archive));
    return cache.get(archive) as R;
  };
}
