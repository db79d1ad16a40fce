import { segmentBlocks, segmentBody, type Block } from './body.ts';
import { takeDate, takeFooter, takeMasthead, type BulletinHead, type Unparsed } from './masthead.ts';
import type { SourceDocument } from './source.ts';
import { suggestEntities, suggestFigures, type FigureSuggestion, type KnownEntity } from './suggestions.ts';

/**
 * A legacy bulletin as the import understood it: the model every later step works on (the draft's
 * frontmatter and body, and whatever else is proposed from its text).
 */
export interface ImportedBulletin {
  head: BulletinHead;
  blocks: Block[];
  figures: FigureSuggestion[];
  entities: KnownEntity[];
  /** Printed page numbers found and removed. */
  pages: number;
  /** What could not be read, for the editor. */
  unparsed: Unparsed;
  /** What was read but may be wrong (a heading that may run on into its paragraph, a page without text). */
  doubts: string[];
}

const SENTENCE_END = /[。；;！!？?]/;

/**
 * Reads a legacy bulletin's masthead, footer and body blocks from its source document, with the
 * figures and known entities it mentions as suggestions. One set of rules for every kind of source:
 * where the document knows its paragraph breaks they are kept, and they bound the masthead.
 * Pure: the archive's known entities are passed in.
 */
export function parseBulletin(source: SourceDocument, known: readonly KnownEntity[] = []): ImportedBulletin {
  const unparsed: Unparsed = [];
  const doubts = [...source.notes];
  const head: BulletinHead = { sentTo: [], distributedTo: [], filed: false };
  const text = source.blocks.join('\n');
  // Where breaks are known the masthead ends before the first block that reads as sentences, and
  // a date after it belongs to the body.
  const firstSentences = source.blocks.findIndex((block) => SENTENCE_END.test(block));
  const mastheadEnd =
    source.breaks === 'known' && firstSentences >= 0
      ? source.blocks.slice(0, firstSentences).join('\n').length
      : text.length;
  // The date first: where it sits in place, between issuer and title, it would run into the title.
  const dated = takeDate(text, mastheadEnd);
  if (dated.date) head.date = dated.date;
  else unparsed.push('日期：没有找到“YYYY年M月D日”形式的印发日期，请填写 date');
  const body = takeFooter(takeMasthead(dated.text, head, unparsed), head, unparsed);
  const names = known.map((k) => k.name);
  const blocks =
    source.breaks === 'lost'
      ? segmentBody(body, names, unparsed, doubts)
      : segmentBlocks(
          body
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          source.emphasised,
          names,
          unparsed,
          doubts,
        );
  return {
    head,
    blocks,
    figures: suggestFigures(body),
    entities: suggestEntities(body, known),
    pages: source.pagesRemoved,
    unparsed,
    doubts,
  };
}

/** Whether anything of a bulletin's masthead was found: without it the file is not taken for one. */
export const looksLikeBulletin = (imported: ImportedBulletin) =>
  imported.head.issue !== undefined || imported.head.series !== undefined || imported.head.date !== undefined;
