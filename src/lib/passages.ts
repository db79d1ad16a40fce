import { quoteText } from './integrity/quotes.ts';
import type { BulletinWithBody } from './mentions.ts';
import { memoisedOn } from './memo.ts';
import { bulletinBlocks } from './paragraphs.ts';

/** Finds the paragraph anchor (`p12`) of the passage a quote comes from, in a bulletin by id. */
export type PassageFinder = (bulletinId: string, quote: string | undefined) => string | undefined;

/**
 * The anchor of the first paragraph or heading of a bulletin holding the quote, compared the way the
 * validator compares quotes; undefined when no single passage holds it (it spans two, or there is none).
 */
export function passageFinder(bulletins: readonly BulletinWithBody[]): PassageFinder {
  const byId = new Map(bulletins.map((b) => [b.id, b]));
  const blocks = new Map<string, { anchor: string; text: string }[]>();
  const blocksOf = (id: string) => {
    let found = blocks.get(id);
    if (!found) {
      found = bulletinBlocks(byId.get(id)?.body ?? '').map((b) => ({
        anchor: b.anchor,
        text: quoteText(b.text),
      }));
      blocks.set(id, found);
    }
    return found;
  };
  return (bulletinId, quote) => {
    const wanted = quote && quoteText(quote);
    if (!wanted) return undefined;
    return blocksOf(bulletinId).find((block) => block.text.includes(wanted))?.anchor;
  };
}

/** The archive's passage finder, built once per build; each bulletin is split only when first asked. */
export const passagesOf = memoisedOn((archive: { bulletins: readonly BulletinWithBody[] }) =>
  passageFinder(archive.bulletins),
);
