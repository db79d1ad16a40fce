/** Reads a Word (.docx) file through mammoth's HTML: paragraphs, tables and text boxes as text. */
import mammoth from 'mammoth';
import { htmlToDocument } from './docx-blocks.ts';
import { refusal, type ReadResult } from './refusals.ts';

// Images carry no text; leaving them out keeps mammoth from base64-encoding each one.
const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: noImages, ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch {
    return refusal('damaged');
  }
  const document = htmlToDocument(html);
  if (document.blocks.join('').length === 0) return refusal('scan');
  return { ok: true, document };
}
