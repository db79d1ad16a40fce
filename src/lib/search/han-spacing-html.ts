import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { withTrigrams } from './grams.ts';
import { spaceHan } from './han-spacing.ts';
import type { PlacedPage } from './shards.ts';

// Build time only (the search index integration): the parser never reaches the browser's bundle.

/** Elements whose text is code or styling, never page text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Elements Pagefind reads as blocks or leaves out (its parser's sentence, space and remove lists): a
 * run of Han words never crosses one, so no trigram joins text Pagefind may keep apart.
 */
const BREAKS = new Set([
  ...'H1 H2 H3 H4 H5 H6 P TD TH TR TABLE DIV UL OL LI DL DT DD'.split(' '),
  ...'ARTICLE SECTION HEADER MAIN ASIDE BLOCKQUOTE FIGURE FIGCAPTION BR'.split(' '),
  ...'HEAD LABEL FORM SVG FOOTER NAV IFRAME'.split(' '),
]);

/** An entity Pagefind reads as whitespace, so it is no word. */
const SPACE_ENTITY = /^(?:&nbsp;|&#160;|&#xa0;|&#12288;|&#x3000;)+$/i;

/** Han text spaced, with a space also at an end that is Han, so it never runs into the next element. */
const spacedText = (text: string) =>
  spaceHan(text).replace(/^(?=\p{Script=Han})|(?<=\p{Script=Han})$/gu, ' ');

/** Text nodes in the order Pagefind reads them, grouped into runs that no block or left-out element cuts. */
function textRuns(root: Node): TextNode[][] {
  const runs: TextNode[][] = [[]];
  const cut = () => {
    if (runs.at(-1)!.length > 0) runs.push([]);
  };
  const walk = (node: Node) => {
    if (node instanceof TextNode) return void runs.at(-1)!.push(node);
    if (!(node instanceof HTMLElement)) return;
    const skipped = NOT_TEXT.has(node.tagName) || node.hasAttribute('data-pagefind-ignore');
    const breaks = skipped || BREAKS.has(node.tagName);
    if (breaks) cut();
    if (!skipped) for (const child of node.childNodes) walk(child);
    if (breaks) cut();
  };
  walk(root);
  return runs.filter((run) => run.length > 0);
}

/**
 * Consecutive texts as Pagefind's words: trigrams added (`grams.ts`) over all of them, since a run of
 * Han words goes on from one text node into the next; the whitespace between words is kept.
 */
function indexTexts(texts: readonly string[]): string[] {
  const parts = texts.map((text) => text.split(/(\s+)/));
  const isWord = (part: string) => part !== '' && !/^\s+$/.test(part) && !SPACE_ENTITY.test(part);
  const words = withTrigrams(parts.flat().filter(isWord));
  let next = 0;
  return parts.map((each) => each.map((part) => (isWord(part) ? words[next++]! : part)).join(''));
}

function indexRun(nodes: readonly TextNode[]): void {
  const texts = indexTexts(nodes.map((node) => spacedText(node.rawText)));
  nodes.forEach((node, i) => (node.rawText = texts[i]!));
}

/** Meta values as Pagefind's words: Pagefind also searches `data-pagefind-meta`. */
function indexMeta(root: HTMLElement): void {
  for (const node of root.querySelectorAll('[data-pagefind-meta]')) {
    const meta = node.getAttribute('data-pagefind-meta')!;
    const colon = meta.indexOf(':');
    if (colon > 0) {
      const [value] = indexTexts([spaceHan(meta.slice(colon + 1))]);
      node.setAttribute('data-pagefind-meta', `${meta.slice(0, colon + 1)}${value}`);
    }
  }
}

/** The page as Pagefind is given it, and the towns and kind its SearchMeta files it under (which pick its shard). */
export interface IndexedPage extends PlacedPage {
  html: string;
}

/**
 * An HTML document as Pagefind's words: the Han characters of its text and of its
 * `data-pagefind-meta` values (which Pagefind also searches) spaced apart, also from the text of
 * neighbouring elements, and trigrams added (`grams.ts`). The document is read with an HTML parser,
 * so text in scripts and styles and attribute values are never taken for page text; other
 * attributes are left alone, so filters keep their values.
 */
export function prepareForIndex(html: string): IndexedPage {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const filters = root
    .querySelectorAll('[data-pagefind-filter]')
    .map((node) => node.getAttribute('data-pagefind-filter') ?? '');
  const valuesOf = (key: string) =>
    filters.filter((filter) => filter.startsWith(`${key}:`)).map((filter) => filter.slice(key.length + 1));
  for (const run of textRuns(root)) indexRun(run);
  indexMeta(root);
  return {
    html: root.toString(),
    towns: [...new Set(valuesOf('town'))],
    type: valuesOf('type')[0],
  };
}
