/**
 * Reads a PDF's text layer with pdf.js (its Node build), with the CMaps and standard fonts the
 * package ships, read from node_modules: nothing is fetched.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  getDocument,
  PasswordException,
  VerbosityLevel,
  type PDFDocumentProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import { linesToDocument, pageLines, type TextRun } from './pdf-layout.ts';
import { refusal, type ReadResult } from './refusals.ts';

const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// pdf.js in Node reads these with fs; a trailing separator is required.
const asset = (folder: string) => path.join(PDFJS_DIR, folder) + path.sep;

/** Fewer characters than this in the whole file: no text layer, a scan. */
const MIN_TEXT = 20;

async function pageRuns(pdf: PDFDocumentProxy, number: number): Promise<TextRun[]> {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  page.cleanup();
  return content.items.flatMap((item) =>
    'str' in item
      ? [
          {
            text: item.str,
            x: item.transform[4] as number,
            y: item.transform[5] as number,
            width: item.width,
            size: Math.hypot(item.transform[2] as number, item.transform[3] as number),
          },
        ]
      : [],
  );
}

export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const task = getDocument({
    // pdf.js detaches the buffer it is given; the caller's bytes stay intact.
    data: bytes.slice(),
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts'),
    wasmUrl: asset('wasm'),
    iccUrl: asset('iccs'),
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    return error instanceof PasswordException ? refusal('encrypted') : refusal('damaged');
  }
  try {
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      pages.push(pageLines(await pageRuns(pdf, number), number));
    }
    const characters = pages.flat().reduce((sum, line) => sum + line.text.length, 0);
    if (characters < MIN_TEXT) return refusal('scan');
    return { ok: true, document: linesToDocument(pages) };
  } catch {
    return refusal('damaged');
  } finally {
    await task.destroy();
  }
}
