import type { UrlOf } from './downloads.ts';
import { paths, withBase } from './urls.ts';

const PAGE_OF = {
  item: paths.item,
  bulletin: paths.bulletin,
  team: paths.team,
  village: paths.village,
} as const;

/** Absolute page addresses for downloads, from the configured site and base path. */
export function absoluteUrlOf(site: URL | undefined): UrlOf {
  return (kind, id, anchor) => {
    const path = withBase(kind === 'bulletin' && anchor ? paths.passage(id, anchor) : PAGE_OF[kind](id));
    return site ? new URL(path, site).href : path;
  };
}
