import type { Definition, FootnoteDefinition, Nodes } from 'mdast';
import { isSiteUrl, joinLines, parseBody, walk } from './body/markdown.ts';
import type { TermMatch } from './mentions.ts';
import { linkSegments } from './name-links.ts';
import { isIndentedCode, parsedBlocks, type BodyBlock } from './paragraphs.ts';
import { paths, withBase } from './urls.ts';

/** A block of a body as the page renders it. */
export interface RenderedBlock extends BodyBlock {
  /** For headings, the HTML level (2–6). */
  level: number;
  /**
   * The block's HTML: for a heading or paragraph its content, for the other blocks the whole
   * element. Built here from the Markdown tree, tag by tag from a short list, so it can hold no
   * script, no raw HTML and nothing loaded from another site.
   */
  html: string;
}

const NAME_PAGE = { villages: paths.village, units: paths.unit, towns: paths.town } as const;

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A site address as the built page links it: root paths get the base path, the rest stay as written. */
function siteHref(url: string): string | undefined {
  if (!isSiteUrl(url)) return undefined;
  const href = url.trim();
  return href.startsWith('/') ? withBase(href) : href;
}

interface Context {
  body: string;
  findNames: (text: string) => TermMatch[];
  /** Entities already linked in the current block: each is linked at its first name only. */
  linked: Set<string>;
  definitions: Map<string, Definition>;
  footnotes: Map<string, number>;
  /** Footnote references already rendered, so only the first carries the back-link target id. */
  referenced: Set<string>;
}

function namedText(text: string, ctx: Context): string {
  const segments = linkSegments(text, ctx.findNames(text), ctx.linked);
  return segments
    .map((s, i) => {
      if (!s.link) return escape(s.text);
      const adjoining = segments[i - 1]?.link ? ' adjoining' : '';
      const href = withBase(NAME_PAGE[s.link.collection](s.link.id));
      return `<a class="name${adjoining}" href="${escape(href)}">${escape(s.text)}</a>`;
    })
    .join('');
}

/** A plain-text rendering (for link text that cannot be a link, and image alt text). */
const plain = (node: Nodes, ctx: Context): string =>
  'children' in node ? node.children.map((c) => plain(c, ctx)).join('') : 'value' in node ? node.value : '';

function link(url: string | undefined, title: string | null | undefined, inner: string): string {
  const href = url === undefined ? undefined : siteHref(url);
  if (href === undefined) return inner;
  return `<a href="${escape(href)}"${title ? ` title="${escape(title)}"` : ''}>${inner}</a>`;
}

function image(url: string | undefined, alt: string): string {
  const src = url === undefined ? undefined : siteHref(url);
  if (src === undefined || src.startsWith('mailto:') || src.startsWith('tel:')) return escape(alt);
  return `<img src="${escape(src)}" alt="${escape(alt)}" loading="lazy">`;
}

const children = (node: Nodes, ctx: Context, inLink = false) =>
  'children' in node ? node.children.map((c) => html(c, ctx, inLink)).join('') : '';

/** Renders one node; `inLink` keeps names inside a link from becoming links of their own. */
function html(node: Nodes, ctx: Context, inLink = false): string {
  switch (node.type) {
    case 'text': {
      const text = joinLines(node.value);
      return inLink ? escape(text) : namedText(text, ctx);
    }
    case 'paragraph':
      return `<p>${children(node, ctx, inLink)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(2, node.depth));
      return `<h${level}>${children(node, ctx, inLink)}</h${level}>`;
    }
    case 'emphasis':
      return `<em>${children(node, ctx, inLink)}</em>`;
    case 'strong':
      return `<strong>${children(node, ctx, inLink)}</strong>`;
    case 'delete':
      return `<del>${children(node, ctx, inLink)}</del>`;
    case 'inlineCode':
      return `<code>${escape(node.value)}</code>`;
    case 'code':
      return isIndentedCode(node, ctx.body)
        ? `<p>${namedText(joinLines(node.value), ctx)}</p>`
        : `<pre><code>${escape(node.value)}</code></pre>`;
    case 'break':
      return '<br>';
    case 'thematicBreak':
      return '<hr>';
    case 'blockquote':
      return `<blockquote>${children(node, ctx, inLink)}</blockquote>`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const start = node.ordered && node.start !== null && node.start !== undefined && node.start !== 1;
      const items = node.children.map((item) => {
        const mark = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
        const content = item.children
          .map((child) =>
            child.type === 'paragraph' && !(node.spread || item.spread)
              ? children(child, ctx, inLink)
              : html(child, ctx, inLink),
          )
          .join('');
        return `<li>${mark}${content}</li>`;
      });
      return `<${tag}${start ? ` start="${node.start}"` : ''}>${items.join('')}</${tag}>`;
    }
    case 'table': {
      const [head, ...rows] = node.children;
      const cell = (tag: string, c: Nodes, i: number) => {
        const align = node.align?.[i];
        return `<${tag}${align ? ` style="text-align:${align}"` : ''}>${children(c, ctx, inLink)}</${tag}>`;
      };
      const row = (tag: string) => (r: Nodes) =>
        `<tr>${'children' in r ? r.children.map((c, i) => cell(tag, c, i)).join('') : ''}</tr>`;
      const body = rows.length ? `<tbody>${rows.map(row('td')).join('')}</tbody>` : '';
      return `<table><thead>${head ? row('th')(head) : ''}</thead>${body}</table>`;
    }
    case 'link':
      return link(node.url, node.title, children(node, ctx, true));
    case 'linkReference': {
      const definition = ctx.definitions.get(node.identifier);
      return link(definition?.url, definition?.title, children(node, ctx, true));
    }
    case 'image':
      return image(node.url, node.alt ?? '');
    case 'imageReference':
      return image(ctx.definitions.get(node.identifier)?.url, node.alt ?? '');
    case 'footnoteReference': {
      const n = ctx.footnotes.get(node.identifier);
      if (n === undefined) return escape(`[^${node.label ?? node.identifier}]`);
      const id = ctx.referenced.has(node.identifier) ? '' : ` id="fnref${n}"`;
      ctx.referenced.add(node.identifier);
      return `<sup><a href="#fn${n}"${id} class="footnote-ref">${n}</a></sup>`;
    }
    case 'definition':
    case 'footnoteDefinition':
      return '';
    case 'html':
      // The validator refuses raw HTML; if it reaches a page (a preview), it shows as the text it is.
      return escape(node.value);
    default:
      return 'children' in node ? children(node, ctx, inLink) : escape(plain(node, ctx));
  }
}

/**
 * A bulletin's or a case's body as citable blocks (from `parsedBlocks`, so mentions and search hits
 * land on the same element), rendered from its Markdown with the known names in each linked.
 */
export function renderBulletinBody(body: string, findNames: (text: string) => TermMatch[]): RenderedBlock[] {
  const root = parseBody(body);
  const blocks = parsedBlocks(body, root);
  const definitions = new Map<string, Definition>();
  const footnoteNodes: FootnoteDefinition[] = [];
  for (const { node } of walk(root)) if (node.type === 'definition') definitions.set(node.identifier, node);
  for (const block of blocks) if (block.node.type === 'footnoteDefinition') footnoteNodes.push(block.node);
  const ctx: Context = {
    body,
    findNames,
    linked: new Set(),
    definitions,
    footnotes: new Map(footnoteNodes.map((node, i) => [node.identifier, i + 1])),
    referenced: new Set(),
  };
  return blocks.map(({ node, ...block }) => {
    ctx.linked = new Set();
    const inner =
      block.kind === 'heading' || block.kind === 'paragraph'
        ? node.type === 'code'
          ? namedText(joinLines(node.value), ctx)
          : children(node, ctx)
        : block.kind === 'footnote'
          ? children(node, ctx)
          : html(node, ctx);
    return { ...block, html: inner };
  });
}
