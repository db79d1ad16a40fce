import { segmentBody, type Block } from './body.ts';
import { cleanExtractedText } from './extraction.ts';
import { takeDate, takeFooter, takeMasthead, type BulletinHead, type Unparsed } from './masthead.ts';
import { suggestEntities, suggestFigures, type FigureSuggestion, type KnownEntity } from './suggestions.ts';

export interface ImportedBulletin {
  head: BulletinHead;
  blocks: Block[];
  figures: FigureSuggestion[];
  entities: KnownEntity[];
  /** Printed page numbers found and removed. */
  pages: number;
  /** What could not be read, for the editor. */
  unparsed: Unparsed;
}

/**
 * Turns the text extracted from a legacy bulletin (PDF or Word) into its masthead, footer and body
 * blocks, with the figures and known entities it mentions as suggestions. Pure: the archive's known
 * entities are passed in.
 */
export function importLegacyBulletin(
  extracted: string,
  known: readonly KnownEntity[] = [],
): ImportedBulletin {
  const unparsed: Unparsed = [];
  const head: BulletinHead = { sentTo: [], distributedTo: [], filed: false };
  const { text, pages } = cleanExtractedText(extracted);
  // The date first: where it sits in place, between issuer and title, it would run into the title.
  const dated = takeDate(text);
  if (dated.date) head.date = dated.date;
  else unparsed.push('日期：没有找到“YYYY年M月D日”形式的印发日期，请填写 date');
  const body = takeFooter(takeMasthead(dated.text, head, unparsed), head, unparsed);
  const blocks = segmentBody(
    body,
    known.map((k) => k.name),
    unparsed,
  );
  return {
    head,
    blocks,
    figures: suggestFigures(body),
    entities: suggestEntities(body, known),
    pages,
    unparsed,
  };
}
