/** One top-level block of a bulletin body, with the anchor its rendered element carries. */
export interface BodyBlock {
  kind: 'heading' | 'paragraph';
  /** `s1`, `s2`… for headings, `p1`, `p2`… for paragraphs, counted separately in document order. */
  anchor: string;
  /** The block's text with Markdown markers removed. */
  text: string;
}

/**
 * Splits a bulletin's Markdown body into its headings and paragraphs, numbered the way the rendered
 * page numbers its `<h2>`/`<h3>` and `<p>` elements. Mentions, citations and search hits link to
 * these anchors, so the numbering must stay the same in both places.
 */
export function bulletinBlocks(body: string): BodyBlock[] {
  let headings = 0;
  let paragraphs = 0;
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0 && !block.startsWith('import ') && !block.startsWith('export '))
    .map((block): BodyBlock => {
      const heading = /^#{1,6}\s+/.exec(block);
      if (heading) {
        headings += 1;
        return { kind: 'heading', anchor: `s${headings}`, text: block.slice(heading[0].length).trim() };
      }
      paragraphs += 1;
      return { kind: 'paragraph', anchor: `p${paragraphs}`, text: block.replace(/\s*\n\s*/g, '') };
    });
}
