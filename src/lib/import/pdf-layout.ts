/**
 * Rebuilds a printed bulletin's paragraphs from where PDF text sits on the page: runs into lines by
 * their baseline, the page-number line at each foot dropped, lines into paragraphs by the layout
 * rules of GB/T 9704 (a paragraph opens indented two characters, its last line ends short, headings
 * and titles differ in size). Pure: pdf.js's text runs are passed in.
 */
import { collapseSpaces, isPageNumberLine, joinLines, removeInvisible } from './extraction.ts';
import { COLUMN_SEPARATOR, type SourceDocument } from './source.ts';

/** One run of text as pdf.js reports it, in PDF points, y growing upwards. */
export interface TextRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

/** A printed line. */
export interface PrintedLine {
  text: string;
  x: number;
  xEnd: number;
  y: number;
  size: number;
  page: number;
  /** Holds a wide gap: a table row, or issuer and date on one line. */
  columns: boolean;
}

/** A gap this many font sizes wide separates columns (table cells, a right-aligned date). */
const COLUMN_GAP = 1.2;
const WORD_GAP = 0.2;

/** The page's runs as lines, top to bottom, each cleaned of spaces between characters. */
export function pageLines(runs: readonly TextRun[], page: number): PrintedLine[] {
  const visible = runs
    .filter((run) => run.text.trim() !== '' && run.size > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of visible) {
    const line = groups.at(-1);
    if (line && Math.abs(line[0]!.y - run.y) < 0.3 * Math.min(line[0]!.size, run.size)) line.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    const ordered = group.sort((a, b) => a.x - b.x);
    const cells: string[] = [''];
    ordered.forEach((run, i) => {
      const previous = ordered[i - 1];
      const gap = previous ? run.x - (previous.x + previous.width) : 0;
      if (previous && gap > COLUMN_GAP * run.size) cells.push('');
      else if (previous && gap > WORD_GAP * run.size) cells[cells.length - 1] += ' ';
      cells[cells.length - 1] += run.text;
    });
    const last = ordered.at(-1)!;
    return {
      text: cells.map((cell) => collapseSpaces(removeInvisible(cell)).trim()).join(COLUMN_SEPARATOR),
      x: ordered[0]!.x,
      xEnd: last.x + last.width,
      y: ordered[0]!.y,
      size: Math.max(...ordered.map((run) => run.size)),
      page,
      columns: cells.length > 1,
    };
  });
}

/** The most frequent value after rounding to `step`. */
function mode(values: readonly number[], step: number): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) {
    const key = Math.round(value / step) * step;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
  return best;
}

interface Frame {
  bodySize: number;
  /** Where continuation lines start and justified lines end. */
  left: number;
  right: number;
  /** Baseline distance of two body lines of one paragraph. */
  leading: number;
}

function measureFrame(lines: readonly PrintedLine[]): Frame {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  const bodySize = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
  const prose = lines.filter((line) => Math.abs(line.size - bodySize) < 0.5 && !line.columns);
  // A document of table rows only has no prose lines to measure by.
  const body = prose.length ? prose : lines;
  const left = Math.min(...body.map((line) => line.x));
  const right = mode(
    body.map((line) => line.xEnd),
    1,
  )!;
  const gaps = body.slice(1).flatMap((line, i) => {
    const before = body[i]!;
    return before.page === line.page && before.y > line.y ? [before.y - line.y] : [];
  });
  return { bodySize, left, right, leading: mode(gaps, 0.5) ?? bodySize * 1.5 };
}

/** Whether `line` opens a new paragraph after `before`. */
function opensBlock(line: PrintedLine, before: PrintedLine, frame: Frame): boolean {
  if (Math.abs(line.size - before.size) >= 0.5 || line.columns || before.columns) return true;
  const em = line.size;
  const sameColumn = line.page === before.page && before.y > line.y;
  if (sameColumn && before.y - line.y > 1.6 * Math.max(frame.leading, 1.2 * em)) return true;
  const centred = (l: PrintedLine) =>
    l.x - frame.left > em && Math.abs(l.x - frame.left - (frame.right - l.xEnd)) < em;
  // A masthead or title set over two lines.
  if (centred(line) && centred(before)) return false;
  const indented = Math.abs(line.size - frame.bodySize) < 0.5 && line.x - frame.left > 1.2 * em;
  const endedShort = frame.right - before.xEnd > 1.5 * em;
  return indented || endedShort;
}

/**
 * The document's paragraphs from its pages' lines: the page-number line at the foot of a page is
 * dropped (and counted), then lines are joined into blocks.
 */
export function linesToDocument(pages: readonly PrintedLine[][]): SourceDocument {
  let pagesRemoved = 0;
  const notes: string[] = [];
  const lines: PrintedLine[] = [];
  pages.forEach((page, index) => {
    const foot = page.at(-1);
    const kept = foot && isPageNumberLine(foot.text) ? page.slice(0, -1) : page;
    if (kept.length < page.length) pagesRemoved++;
    if (kept.length === 0)
      notes.push(`第${index + 1}页没有文字（可能是扫描的图片），这一页的内容没有导入，请照原件补上`);
    lines.push(...kept);
  });
  const blocks: string[] = [];
  if (lines.length) {
    const frame = measureFrame(lines);
    let block = lines[0]!.text;
    lines.slice(1).forEach((line, i) => {
      if (opensBlock(line, lines[i]!, frame)) {
        blocks.push(block);
        block = line.text;
      } else {
        block = joinLines(block, line.text);
      }
    });
    blocks.push(block);
  }
  return { breaks: 'known', blocks, emphasised: new Set(), pagesRemoved, notes };
}
