/** Prefixes a site path with the configured base path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** Permanent paths of each kind of page; ids are file names and never change once published. */
export const paths = {
  home: () => '/',
  bulletins: () => '/bulletins/',
  bulletin: (id: string) => `/bulletins/${id}/`,
} as const;
