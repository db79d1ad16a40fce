import type { MentionedCollection, TermMatch } from './mentions.ts';

/** A run of body text, and the page it links to when it is a known name. */
export interface TextSegment {
  text: string;
  link?: { collection: MentionedCollection; id: string };
}

/**
 * Cuts one passage into plain runs and linked names, from the matches of the archive's name matcher
 * (the one that finds mentions, so a passage listed on a village's page links to that village).
 * Each entity is linked at its first name in the passage only, like the mention that points here:
 * a cited passage stands alone, and repeating one link only lengthens a screen reader's link list.
 * Joining the runs gives back `text` exactly.
 */
export function linkSegments(
  text: string,
  matches: readonly TermMatch[],
  /** Entities linked earlier in the same passage (a passage may be cut into several runs of text). */
  linked: Set<string> = new Set(),
): TextSegment[] {
  const segments: TextSegment[] = [];
  let plainFrom = 0;
  for (const { term, start, end } of matches) {
    const key = `${term.collection}/${term.id}`;
    if (linked.has(key)) continue;
    linked.add(key);
    if (start > plainFrom) segments.push({ text: text.slice(plainFrom, start) });
    segments.push({ text: text.slice(start, end), link: { collection: term.collection, id: term.id } });
    plainFrom = end;
  }
  if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom) });
  return segments;
}
