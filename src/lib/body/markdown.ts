import type { Nodes, Root } from 'mdast';
import { markdownToMdast } from 'satteri';

/**
 * The one comment an editor may write in a body: MDX's own `{/* … *\/}`. It never publishes: it is
 * cut out before the body is parsed, for the page, the passages and the validator alike.
 */
export const COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

/** The body with its comments cut out; line breaks inside a comment are kept, so lines still count. */
export function withoutComments(body: string): string {
  return body.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ''));
}

/**
 * A body as a Markdown tree (CommonMark with GFM tables, footnotes and strikethrough), parsed by
 * Sätteri, Astro's own Markdown parser. Bodies are read as plain Markdown, never compiled as MDX,
 * so nothing in a content file can run; `{…}`, `import` and tags are text to it.
 */
export function parseBody(body: string): Root {
  return markdownToMdast(withoutComments(body), { features: { frontmatter: false } }) as Root;
}

/** Every node of a tree, depth first, with its ancestors (nearest last). */
export function* walk(node: Nodes, ancestors: Nodes[] = []): Generator<{ node: Nodes; ancestors: Nodes[] }> {
  yield { node, ancestors };
  if ('children' in node) for (const child of node.children) yield* walk(child, [...ancestors, node]);
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Joins the lines of a wrapped paragraph the way the printed text reads: Chinese runs on without a
 * space (a line break inside a sentence is only where the typist pressed Enter), other text gets one.
 */
export function joinLines(text: string): string {
  return text.replace(/\s*\n\s*/g, (gap, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + gap.length] ?? '';
    return CJK.test(before) || CJK.test(after) || !before || !after ? '' : ' ';
  });
}

/**
 * Where a link or image may point: the site itself (`/villages/x/`, `#p3`, a relative path) or an
 * address that loads nothing (`mailto:`, `tel:`). Anything with another scheme or host is refused by
 * the validator and rendered as plain text.
 */
export function isSiteUrl(url: string): boolean {
  const href = url.trim();
  if (href.startsWith('//') || href.startsWith('\\')) return false;
  if (/^(mailto|tel):/i.test(href)) return true;
  // A scheme is letters before the first colon that comes before any / ? #.
  return !/^[^/?#]*:/.test(href);
}
