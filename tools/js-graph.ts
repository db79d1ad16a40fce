import fs from 'node:fs';
import path from 'node:path';

/** Marker of the chart loader: the custom element every chart sits in. */
export const CHART_ELEMENT = 'chart-figure';

/** The `src` of every module script a page references, as written in its HTML. */
export function moduleScriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
}

/** Relative imports of a bundled module: static (`import … from "./x.js"`) and dynamic (`import("./x.js")`). */
export function jsImports(code: string): { static: string[]; dynamic: string[] } {
  const q = String.raw`["'\`]([^"'\`]+\.js)["'\`]`;
  const dynamic = [...code.matchAll(new RegExp(String.raw`\bimport\(\s*` + q, 'g'))].map((m) => m[1]!);
  const statics = [...code.matchAll(new RegExp(String.raw`(?:\bfrom\s*|\bimport\s*)` + q, 'g'))].map(
    (m) => m[1]!,
  );
  return { static: statics, dynamic };
}

/** A script URL of a page, as a file of the built site; undefined for anything outside it. */
export function distFile(dist: string, src: string, from?: string, base = '/'): string | undefined {
  if (/^[a-z]+:/i.test(src) || src.startsWith('//')) return undefined;
  const file = src.startsWith('/')
    ? path.join(dist, src.slice(base.length - 1).split(/[?#]/)[0]!)
    : path.resolve(from ? path.dirname(from) : dist, src.split(/[?#]/)[0]!);
  return fs.existsSync(file) ? file : undefined;
}

/** Every file reachable from `entries` through static imports, and through dynamic ones when asked. */
export function jsClosure(dist: string, entries: readonly string[], { dynamic = false } = {}): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const imports = jsImports(fs.readFileSync(file, 'utf8'));
    for (const spec of dynamic ? [...imports.static, ...imports.dynamic] : imports.static) {
      const next = distFile(dist, spec, file);
      if (next) queue.push(next);
    }
  }
  return seen;
}

/** The scripts a page loads before any dynamic import: its module scripts and their static imports. */
export function pageScripts(dist: string, htmlFile: string, base = '/'): Set<string> {
  const entries = moduleScriptSources(fs.readFileSync(htmlFile, 'utf8')).flatMap(
    (src) => distFile(dist, src, undefined, base) ?? [],
  );
  return jsClosure(dist, entries);
}

/**
 * The site's chart code: the loader that defines <chart-figure> and everything it imports,
 * statically or lazily (Chart.js itself), less the shared chunks other scripts import too.
 */
export function chartCode(dist: string, base = '/'): Set<string> {
  const entries = new Set(
    htmlPages(dist).flatMap((page) =>
      moduleScriptSources(fs.readFileSync(page, 'utf8')).flatMap(
        (src) => distFile(dist, src, undefined, base) ?? [],
      ),
    ),
  );
  const isLoader = (file: string) =>
    /customElements\.define\(\s*["'`]chart-figure["'`]/.test(fs.readFileSync(file, 'utf8'));
  const loaders = [...entries].filter(isLoader);
  const shared = jsClosure(
    dist,
    [...entries].filter((file) => !isLoader(file)),
    { dynamic: true },
  );
  return new Set([...jsClosure(dist, loaders, { dynamic: true })].filter((file) => !shared.has(file)));
}

/** Every built HTML page under `dist`. */
export function htmlPages(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(dist, name));
}

/** True when a page carries at least one drawn chart. */
export const hasCanvasChart = (html: string) => html.includes(`<${CHART_ELEMENT}`);
