import { paths } from './urls.ts';

/** A part of the site with an index page of its own. */
export interface Section {
  key:
    | 'bulletins'
    | 'villages'
    | 'units'
    | 'teams'
    | 'towns'
    | 'items'
    | 'lateItems'
    | 'cases'
    | 'progress'
    | 'search'
    | 'about';
  path: string;
  /** Listed in the site header; the rest are reached from the home page and the 404 page. */
  inHeader: boolean;
}

/** Every section, in the order the header and the home page list them. */
export const SECTIONS: readonly Section[] = [
  { key: 'bulletins', path: paths.bulletins(), inHeader: true },
  { key: 'villages', path: paths.villages(), inHeader: true },
  { key: 'units', path: paths.units(), inHeader: true },
  { key: 'teams', path: paths.teams(), inHeader: false },
  { key: 'towns', path: paths.towns(), inHeader: true },
  { key: 'items', path: paths.items(), inHeader: true },
  { key: 'lateItems', path: paths.lateItems(), inHeader: false },
  { key: 'cases', path: paths.cases(), inHeader: true },
  { key: 'progress', path: paths.progress(), inHeader: true },
  { key: 'search', path: paths.search(), inHeader: true },
  { key: 'about', path: paths.about(), inHeader: true },
];

/**
 * The section a page belongs to (the longest section path its address starts with), `home` for the
 * home page, undefined elsewhere (the 404 page). `based` adds the site's base path.
 */
export function sectionAt(
  pathname: string,
  based: (path: string) => string,
): Section['key'] | 'home' | undefined {
  if (pathname === based('/')) return 'home';
  const matches = SECTIONS.filter((s) => pathname.startsWith(based(s.path)));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.key;
}
