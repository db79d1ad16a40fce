/** Prefixes a site path with the configured base path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/**
 * Permanent paths of each kind of page. Ids are file names and never change once published, so
 * these paths are citable for good. Pages link through these helpers only.
 */
export const paths = {
  home: () => '/',
  about: () => '/about/',
  search: () => '/search/',
  progress: () => '/progress/',
  bulletins: () => '/bulletins/',
  bulletin: (id: string) => `/bulletins/${id}/`,
  /** A paragraph or heading of a bulletin; anchors come from `bulletinBlocks`. */
  passage: (bulletinId: string, anchor: string) => `/bulletins/${bulletinId}/#${anchor}`,
  villages: () => '/villages/',
  village: (id: string) => `/villages/${id}/`,
  units: () => '/units/',
  unit: (id: string) => `/units/${id}/`,
  teams: () => '/teams/',
  team: (id: string) => `/teams/${id}/`,
  towns: () => '/towns/',
  town: (id: string) => `/towns/${id}/`,
  items: () => '/items/',
  item: (id: string) => `/items/${id}/`,
  lateItems: () => '/items/late/',
  /** The ledger filtered to one facet value (/items/status/completed/), built so filtering needs no JavaScript. */
  itemsFacet: (facet: string, value: string) => `/items/${facet}/${value}/`,
  cases: () => '/cases/',
  case: (id: string) => `/cases/${id}/`,
  feed: () => '/rss.xml',
  data: (file: string) => `/data/${file}`,
} as const;
