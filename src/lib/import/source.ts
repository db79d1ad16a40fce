/**
 * What a reader makes of a legacy bulletin file, before any bulletin rule is applied: its text,
 * already cleaned of what the medium added (chunk markers, page numbers, spaces between characters,
 * line breaks of justified lines), in reading order.
 */
export interface SourceDocument {
  /**
   * `lost`: one run of text whose paragraph breaks are gone (text copied out of a PDF); the body's
   * paragraphs are found from its wording. `known`: one block per paragraph, table row or text box
   * as laid out (Word, PDF layout), and the parser keeps those breaks.
   */
  breaks: 'lost' | 'known';
  blocks: string[];
  /**
   * Blocks the source set apart as headings: printed bold, or in a Word heading style. A hint
   * only: a block becomes a section heading when it also opens the next section (`二、`).
   */
  emphasised: ReadonlySet<string>;
  /** Printed page numbers found and removed. */
  pagesRemoved: number;
  /** What the reader noticed and the editor should check (pages without text, Word's warnings). */
  notes: string[];
}

/** The kinds of file the importer reads. */
export type SourceKind = 'txt' | 'docx' | 'pdf';

/** Between the cells of a table row, or issuer and date set apart on one line: a full-width space. */
export const COLUMN_SEPARATOR = '\u3000';
