import type { TermMatch } from './mentions.ts';
import { linkSegments, type TextSegment } from './name-links.ts';
import { bulletinBlocks, type BodyBlock } from './paragraphs.ts';

/** A block of a bulletin body as the page renders it. */
export interface RenderedBlock extends BodyBlock {
  /** For headings, the HTML level: `##` is 2; `#` is also 2, since the page title is the only h1. */
  level: number;
  segments: TextSegment[];
}

/** The `#` runs that open heading blocks, in order: the same block starts `bulletinBlocks` sees. */
function headingLevels(body: string): number[] {
  return [...body.matchAll(/(?:^|\r?\n\s*\r?\n)\s*(#{1,6})\s/g)].map((m) => Math.max(2, m[1]!.length));
}

/**
 * A bulletin body as headings and paragraphs with their citable anchors (from `bulletinBlocks`, so
 * mentions and search hits land on the same element) and the known names in each linked.
 * The body is a transcription of the printed 简报: headings and paragraphs, nothing else.
 */
export function renderBulletinBody(body: string, findNames: (text: string) => TermMatch[]): RenderedBlock[] {
  const levels = headingLevels(body);
  let heading = 0;
  return bulletinBlocks(body).map((block) => ({
    ...block,
    level: block.kind === 'heading' ? (levels[heading++] ?? 2) : 0,
    segments: linkSegments(block.text, findNames(block.text)),
  }));
}
