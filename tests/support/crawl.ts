import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The site address the bundled build is configured with (astro.config.mjs's default). */
export const DEFAULT_SITE = 'https://bangfu.example.org';

export interface CrawlOptions {
  /** The configured site URL: absolute links to its origin are internal. */
  site?: string;
  /** The configured base path, e.g. `/archive/`. */
  base?: string;
}

export interface CrawlReport {
  pages: number;
  links: number;
  /** One line per problem: page, what it points at, what is wrong. */
  problems: string[];
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .map((name) => name.split(path.sep).join('/'));
}

/** The site path a built file is served at: `bulletins/2015-02/index.html` → `/bulletins/2015-02/`. */
function servedPath(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

const NAVIGATION =
  'a[href], area[href], link[rel~=canonical][href], link[rel~=alternate][href], link[rel~=prev][href], link[rel~=next][href]';
const RESOURCE_ATTRS = ['src', 'poster', 'data'] as const;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

/** Every URL a page loads by itself (not by being followed): scripts, styles, images, CSS url()s. */
function resourcesOf(root: HTMLElement): string[] {
  const urls: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of RESOURCE_ATTRS) {
      const value = el.getAttribute(attr);
      if (value) urls.push(value);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset)
      urls.push(
        ...srcset
          .split(',')
          .map((part) => part.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );
    if (el.tagName === 'LINK' && !/\b(canonical|alternate|prev|next)\b/.test(el.getAttribute('rel') ?? '')) {
      const href = el.getAttribute('href');
      if (href) urls.push(href);
    }
    const style = el.getAttribute('style');
    if (style) urls.push(...[...style.matchAll(CSS_URL)].map((m) => m[2]!));
  }
  for (const style of root.querySelectorAll('style'))
    urls.push(...[...style.text.matchAll(CSS_URL)].map((m) => m[2]!));
  return urls;
}

/** Scripts that are data, not code: the charts' numbers. */
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;
const CODE_URL = /^\s*(javascript|vbscript):/i;

/** What on a page could run code from content, or embed another page. */
function scriptingOf(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    // The site's own inline scripts live in its chrome; a bulletin or case body holds none.
    if (tag === 'script' && el.closest('.body') && !DATA_SCRIPT.test(el.getAttribute('type') ?? ''))
      found.push('runs a script inside a body');
    if (['iframe', 'frame', 'object', 'embed'].includes(tag)) found.push(`embeds <${tag}>`);
    for (const [name, value] of Object.entries(el.attributes)) {
      if (/^on/i.test(name)) found.push(`has an inline event handler ${name}`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name.toLowerCase()) &&
        CODE_URL.test(value)
      )
        found.push(`runs code from the address ${value}`);
    }
  }
  return found;
}

/**
 * Reads every HTML page and stylesheet of a built site and reports each internal link or anchor that
 * leads nowhere, each internal path outside the base, each resource from another origin, anything that
 * could run code besides the site's own script files, and each link out of a bulletin or case body
 * (the site's own chrome may link away, e.g. to the ICP record; what editors write may not).
 */
export function crawlDist(dist: string, { site = DEFAULT_SITE, base = '/' }: CrawlOptions = {}): CrawlReport {
  const files = filesUnder(dist);
  const fileSet = new Set(files);
  const origin = new URL(site).origin;
  const idCache = new Map<string, Set<string>>();
  const problems = new Set<string>();
  let links = 0;

  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      const root = parse(fs.readFileSync(path.join(dist, file), 'utf8'));
      ids = new Set(
        root
          .querySelectorAll('[id], a[name]')
          .map((el) => el.getAttribute('id') ?? el.getAttribute('name') ?? ''),
      );
      idCache.set(file, ids);
    }
    return ids;
  };

  /** The dist file an internal path is served from, or undefined. */
  const fileFor = (pathname: string): string | undefined => {
    const rest = decodeURIComponent(pathname.slice(base.length));
    const candidates = pathname.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
    return candidates.find((c) => fileSet.has(c));
  };

  const check = (from: string, raw: string, kind: 'link' | 'resource') => {
    if (/^(data|mailto|tel|javascript|vbscript):/i.test(raw.trim())) return;
    links += 1;
    const url = new URL(raw, origin + servedPath(from, base));
    if (url.origin !== origin) {
      if (kind === 'resource') problems.add(`${from}: loads ${raw} from another origin`);
      return;
    }
    if (!url.pathname.startsWith(base)) {
      problems.add(`${from}: ${raw} leaves the base path ${base}`);
      return;
    }
    const target = fileFor(url.pathname);
    if (!target) {
      problems.add(`${from}: ${raw} leads to no page or file`);
      return;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) {
      problems.add(`${from}: ${raw} points at #${anchor}, which ${target} does not have`);
    }
  };

  const pages = files.filter((f) => f.endsWith('.html'));
  for (const file of pages) {
    const root = parse(fs.readFileSync(path.join(dist, file), 'utf8'));
    for (const el of root.querySelectorAll(NAVIGATION)) check(file, el.getAttribute('href')!, 'link');
    for (const url of resourcesOf(root)) check(file, url, 'resource');
    for (const what of scriptingOf(root)) problems.add(`${file}: ${what}`);
    for (const el of root.querySelectorAll('.body a[href]')) {
      const href = el.getAttribute('href')!;
      if (new URL(href, origin + servedPath(file, base)).origin !== origin)
        problems.add(`${file}: the body links to ${href} on another origin`);
    }
  }
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    for (const m of fs.readFileSync(path.join(dist, file), 'utf8').matchAll(CSS_URL))
      check(file, m[2]!, 'resource');
  }
  return { pages: pages.length, links, problems: [...problems] };
}
