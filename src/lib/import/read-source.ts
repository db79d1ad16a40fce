/**
 * The first step of an import: a file's bytes to a {@link SourceDocument}, or the reason it cannot
 * be read. What a file is, is told from its first bytes, its name only where they say nothing
 * (text), so a PDF saved as `.docx` is still read as a PDF.
 */
import { readDocx } from './read-docx.ts';
import { readPdf } from './read-pdf.ts';
import { readText } from './read-text.ts';
import { refusal, type ReadResult } from './refusals.ts';
import type { SourceKind } from './source.ts';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Microsoft's compound file: .doc, .wps, .xls, and an encrypted .docx. */
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x42, 0x4d],
  [0x47, 0x49, 0x46, 0x38],
];
const WORD_ZIP = new Set(['.docx', '.docm', '.dotx', '.dotm']);
const IMAGE_NAMES = new Set(['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.bmp', '.gif']);

function isPdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk (some scanners write it).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** An encrypted Office file is a compound file holding a stream named `EncryptedPackage` (UTF-16). */
const ENCRYPTED_STREAM = [...'EncryptedPackage'].join('\0');
const isEncryptedOffice = (bytes: Uint8Array) =>
  new TextDecoder('latin1').decode(bytes).includes(ENCRYPTED_STREAM);

/** The kind of file, as far as its bytes and name tell, before it is read. */
export function sourceKind(extension: string, bytes: Uint8Array): SourceKind | undefined {
  if (isPdf(bytes)) return 'pdf';
  if (startsWith(bytes, ZIP)) return WORD_ZIP.has(extension) || extension === '' ? 'docx' : undefined;
  if (extension === '.txt' && !startsWith(bytes, COMPOUND)) return 'txt';
  return undefined;
}

/** Reads one file: `extension` is its name's, lower-case with the dot (`.docx`). */
export async function readSource(extension: string, bytes: Uint8Array): Promise<ReadResult> {
  const kind = sourceKind(extension, bytes);
  if (kind === 'pdf') return readPdf(bytes);
  if (kind === 'docx') return readDocx(bytes);
  if (kind === 'txt') return readText(bytes);
  if (startsWith(bytes, COMPOUND)) {
    if (isEncryptedOffice(bytes)) return refusal('encrypted');
    if (extension === '.wps') return refusal('wps');
    if (extension === '.doc' || extension === '.dot' || WORD_ZIP.has(extension)) return refusal('doc');
    return refusal('other');
  }
  if (IMAGES.some((signature) => startsWith(bytes, signature)) || IMAGE_NAMES.has(extension))
    return refusal('image');
  if (extension === '.doc' || extension === '.wps') return refusal(extension === '.doc' ? 'doc' : 'wps');
  if (extension === '.pdf' || WORD_ZIP.has(extension)) return refusal(bytes.length ? 'damaged' : 'empty');
  return refusal('other');
}
