import type { FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';
import { joinLines, parseBody } from './body/markdown.ts';

/** One citable block of a body, with the anchor its rendered element carries. */
export interface BodyBlock {
  /** `block` is a list, table, quotation or code block; `footnote` a footnote's text. */
  kind: 'heading' | 'paragraph' | 'block' | 'footnote';
  /** `s1`, `s2`… for headings, `p1`, `p2`… for the other blocks, `fn1`… for footnotes, in document order. */
  anchor: string;
  /** The block's text as a reader sees it, Markdown markers removed. */
  text: string;
}

/** A block with the Markdown node it renders from. */
export interface ParsedBlock extends BodyBlock {
  node: RootContent;
  /** For headings, the HTML level: `##` is 2; `#` is also 2, since the page title is the only h1. */
  level: number;
}

/** An indented code block in a bulletin is a paragraph typed with leading spaces, not code. */
export const isIndentedCode = (node: Nodes, body: string) =>
  node.type === 'code' && !/^\s*(```|~~~)/.test(body.slice(node.position?.start.offset ?? 0));

/** The text a node shows, in the pieces the page renders (so a paragraph's text is its element's text). */
export function nodeText(node: Nodes, body: string): string {
  switch (node.type) {
    case 'text':
      return joinLines(node.value);
    case 'inlineCode':
      return node.value;
    case 'code':
      return isIndentedCode(node, body) ? joinLines(node.value) : node.value;
    case 'html':
      return node.value;
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'break':
    case 'footnoteReference':
    case 'definition':
    case 'footnoteDefinition':
    case 'thematicBreak':
      return '';
    case 'list':
    case 'blockquote':
    case 'listItem':
    case 'table':
      return node.children.map((child) => nodeText(child, body)).join('\n');
    case 'tableRow':
      return node.children.map((child) => nodeText(child, body)).join(' ');
    default:
      return 'children' in node ? node.children.map((child) => nodeText(child, body)).join('') : '';
  }
}

function footnotesIn(node: Nodes): FootnoteDefinition[] {
  if (node.type === 'footnoteDefinition') return [node];
  return 'children' in node ? node.children.flatMap(footnotesIn) : [];
}

/**
 * Splits a body into its citable blocks, numbered the way the rendered page numbers its elements.
 * Mentions, citations and search hits link to these anchors, so the numbering must stay the same in
 * both places: this is the one place it is decided. Link definitions and rules are not blocks.
 */
export function parsedBlocks(body: string, root: Root = parseBody(body)): ParsedBlock[] {
  let headings = 0;
  let others = 0;
  const blocks: ParsedBlock[] = [];
  for (const node of root.children) {
    if (node.type === 'definition' || node.type === 'footnoteDefinition' || node.type === 'thematicBreak')
      continue;
    if (node.type === 'html' && !node.value.trim()) continue;
    if (node.type === 'heading') {
      headings += 1;
      blocks.push({
        kind: 'heading',
        anchor: `s${headings}`,
        text: nodeText(node, body).trim(),
        node,
        level: Math.max(2, node.depth),
      });
      continue;
    }
    others += 1;
    const paragraph = node.type === 'paragraph' || isIndentedCode(node, body);
    blocks.push({
      kind: paragraph ? 'paragraph' : 'block',
      anchor: `p${others}`,
      text: nodeText(node, body).trim(),
      node,
      level: 0,
    });
  }
  footnotesIn(root).forEach((node, i) => {
    const text = node.children.map((child) => nodeText(child, body)).join('\n');
    blocks.push({ kind: 'footnote', anchor: `fn${i + 1}`, text: text.trim(), node, level: 0 });
  });
  return blocks;
}

/** A body's citable blocks without their Markdown nodes: what mentions, quotes and search compare. */
export function bulletinBlocks(body: string): BodyBlock[] {
  return parsedBlocks(body).map(({ kind, anchor, text }) => ({ kind, anchor, text }));
}
