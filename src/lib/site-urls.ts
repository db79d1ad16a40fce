import type { UrlOf } from './downloads.ts';
import { paths, withBase } from './urls.ts';

/** Absolute page addresses for downloads, from the configured site and base path. */
export function absoluteUrlOf(site: URL | undefined): UrlOf {
  return (kind, id) => {
    const path = withBase(kind === 'item' ? paths.item(id) : paths.bulletin(id));
    return site ? new URL(path, site).href : path;
  };
}
