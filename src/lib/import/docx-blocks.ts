/**
 * A Word document's paragraphs from the HTML mammoth makes of it, read with an HTML parser: one
 * block per paragraph, table row (cells separated by a full-width space) and text box (mammoth puts
 * its text after the paragraph holding it). Bold paragraphs and Word headings are marked as
 * emphasised; a bold `二、…` at the start of a paragraph is a heading of its own.
 */
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import { collapseSpaces, removeInvisible } from './extraction.ts';
import { COLUMN_SEPARATOR, type SourceDocument } from './source.ts';

const clean = (text: string) => collapseSpaces(removeInvisible(text)).trim();
const SECTION_START = /^[一二三四五六七八九十]+、/;

const isElement = (node: Node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE;

/** The bold text a paragraph opens with: its leading `<strong>` runs. */
function boldLead(paragraph: HTMLElement): string {
  let lead = '';
  for (const node of paragraph.childNodes) {
    if (isElement(node) && node.tagName === 'STRONG') lead += node.text;
    else if (node.text.trim() === '' && !(isElement(node) && node.tagName === 'IMG')) lead += node.text;
    else break;
  }
  return lead;
}

function addParagraph(paragraph: HTMLElement, blocks: string[], emphasised: Set<string>) {
  const text = clean(paragraph.text);
  if (!text) return;
  const heading = /^H[1-6]$/.test(paragraph.tagName);
  const lead = clean(boldLead(paragraph));
  if (heading || lead === text) {
    emphasised.add(text);
    blocks.push(text);
    return;
  }
  if (lead && SECTION_START.test(lead) && text.startsWith(lead)) {
    emphasised.add(lead);
    blocks.push(lead, clean(text.slice(lead.length)));
    return;
  }
  blocks.push(text);
}

function addTable(table: HTMLElement, blocks: string[]) {
  for (const row of table.querySelectorAll('tr')) {
    const cells = row.childNodes
      .filter(isElement)
      .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
      .map((cell) => clean(cell.text))
      .filter(Boolean);
    if (cells.length) blocks.push(cells.join(COLUMN_SEPARATOR));
  }
}

/** The document body as blocks; footnotes and endnotes (listed after the body) are left out. */
export function htmlToDocument(html: string): SourceDocument {
  const root = parse(html);
  const blocks: string[] = [];
  const emphasised = new Set<string>();
  const visit = (element: HTMLElement) => {
    if (element.tagName === 'TABLE') addTable(element, blocks);
    else if (element.tagName === 'P' || /^H[1-6]$/.test(element.tagName))
      addParagraph(element, blocks, emphasised);
    else if (element.tagName === 'LI' && /^(?:foot|end)note-/.test(element.id)) return;
    else if (element.tagName === 'LI' && !element.querySelector('p'))
      addParagraph(element, blocks, emphasised);
    else element.childNodes.filter(isElement).forEach(visit);
  };
  root.childNodes.filter(isElement).forEach(visit);
  return { breaks: 'known', blocks, emphasised, pagesRemoved: 0, notes: [] };
}
