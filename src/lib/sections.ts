import { paths } from './urls.ts';

/** A part of the site with an index page of its own. */
export interface Section {
  key: 'bulletins' | 'villages' | 'units' | 'towns' | 'items' | 'lateItems' | 'cases' | 'progress' | 'search' | 'about';
  path: string;
  /** Listed in the site header; the rest are reached from the home page. */
  inHeader: boolean;
}

/** Every section, in the order the header and the home page list them. */
export const SECTIONS: readonly Section[] = [
  { key: 'bulletins', path: paths.bulletins(), inHeader: true },
  { key: 'progress', path: paths.progress(), inHeader: true },
  { key: 'about', path: paths.about(), inHeader: true },
];
