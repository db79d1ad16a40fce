/**
 * Reads text already extracted from a PDF or Word file. Windows saves such text as UTF-8, as
 * UTF-16 ("Unicode" in Notepad) or in the GBK/GB18030 code page; all three are read.
 */
import { cleanExtractedText } from './extraction.ts';
import { refusal, type ReadResult } from './refusals.ts';

function decode(bytes: Uint8Array): string | undefined {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe && 'utf-16le') ||
    (bytes[0] === 0xfe && bytes[1] === 0xff && 'utf-16be');
  for (const encoding of utf16 ? [utf16] : ['utf-8', 'gb18030']) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      // Control characters other than line breaks and tabs: not text in this encoding.
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
      if (!/[\0-\x08\x0E-\x1F]/.test(text)) return text;
    } catch {
      // Not this encoding; try the next.
    }
  }
  return undefined;
}

export function readText(bytes: Uint8Array): ReadResult {
  const text = decode(bytes);
  if (text === undefined) return refusal('encoding');
  const { text: cleaned, pages } = cleanExtractedText(text);
  if (!cleaned) return refusal('empty');
  return {
    ok: true,
    document: { breaks: 'lost', blocks: [cleaned], emphasised: new Set(), pagesRemoved: pages, notes: [] },
  };
}
