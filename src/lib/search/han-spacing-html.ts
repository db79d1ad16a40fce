import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { spaceHan } from './han-spacing.ts';

// Build time only (the search index integration): the parser never reaches the browser's bundle.

/** Elements whose text is code or styling, never page text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Han text spaced, with a space also at an end that is Han, so it never runs into the next element. */
const spacedText = (text: string) =>
  spaceHan(text).replace(/^(?=\p{Script=Han})|(?<=\p{Script=Han})$/gu, ' ');

function spaceNode(node: Node): void {
  if (node instanceof TextNode) {
    node.rawText = spacedText(node.rawText);
    return;
  }
  if (node instanceof HTMLElement) {
    if (NOT_TEXT.has(node.tagName)) return;
    const meta = node.getAttribute('data-pagefind-meta');
    const colon = meta?.indexOf(':') ?? -1;
    if (meta && colon > 0)
      node.setAttribute(
        'data-pagefind-meta',
        `${meta.slice(0, colon + 1)}${spaceHan(meta.slice(colon + 1))}`,
      );
  }
  for (const child of node.childNodes) spaceNode(child);
}

/** The page as Pagefind is given it, and the towns its SearchMeta files it under (which pick its shard). */
export interface IndexedPage {
  html: string;
  towns: string[];
}

/**
 * An HTML document with the Han characters of its text and of its `data-pagefind-meta` values (which
 * Pagefind also searches) spaced apart, also from the text of neighbouring elements. The document is
 * read with an HTML parser, so text in scripts and styles and attribute values are never taken for
 * page text; other attributes are left alone, so filters keep their values.
 */
export function prepareForIndex(html: string): IndexedPage {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const towns = root
    .querySelectorAll('[data-pagefind-filter]')
    .map((node) => node.getAttribute('data-pagefind-filter') ?? '')
    .filter((filter) => filter.startsWith('town:'))
    .map((filter) => filter.slice('town:'.length));
  spaceNode(root);
  return { html: root.toString(), towns: [...new Set(towns)] };
}
