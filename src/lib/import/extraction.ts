/**
 * Undoing what PDF and Word text extraction does to a printed bulletin: chunk markers at line starts,
 * printed page numbers interleaved with the text, spaces between characters. Removes these and
 * nothing else, so every character of the source text survives in order.
 */

/**
 * Joins the extracted lines, dropping the `N、` chunk marker that starts each one. Markers count
 * 1, 2, 3… line by line from the first line, so a real point number (`1、帮扶…`) at a line start is
 * kept, and text whose first line has no marker (copied from Word) has none.
 */
export function joinChunks(text: string): string {
  const lines = text.split(/\r?\n/);
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  let expected = /^\s*1、/.test(firstLine) ? 1 : Number.POSITIVE_INFINITY;
  return lines
    .map((line) => {
      const marker = /^\s*(\d+)、/.exec(line);
      if (marker && Number(marker[1]) === expected) {
        expected++;
        return line.slice(marker[0].length);
      }
      return line;
    })
    .join('');
}

/** Characters after which a number is a count or a date part in running text, never a page number. */
const MEASURE_AFTER = new Set([
  ...'个条亩米间处口份元万亿千百年月日号期名人户次项家座台辆吨平公天组批类种届栋眼倍成余多%‰',
]);
const NUMBER_TOKEN = /(?<=^|\s)\d{1,3}(?=\s|$)/g;

export interface PageNumber {
  value: number;
  /** Where the number's digits start and end in the text. */
  start: number;
  end: number;
}

interface Candidate extends PageNumber {
  /** Followed by a measure word or preceded by 第: a real number unless the run needs it. */
  unlikely: boolean;
}

/** Numbers standing alone between spaces, as extraction leaves both page numbers and real numbers. */
function pageNumberCandidates(text: string): Candidate[] {
  return [...text.matchAll(NUMBER_TOKEN)].map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const after = /\S/.exec(text.slice(end))?.[0];
    const before = /\S(?=\s*$)/.exec(text.slice(Math.max(0, start - 8), start))?.[0];
    return {
      value: Number(m[0]),
      start,
      end,
      unlikely: (after !== undefined && MEASURE_AFTER.has(after)) || before === '第',
    };
  });
}

/**
 * The printed page numbers: the run 1, 2, 3 … n of stand-alone numbers in document order. That
 * sequence is what separates them from real numbers, which also stand between spaces after
 * extraction. The run ends on a likely page number; a number followed by a measure word (`万 3 元`)
 * joins it only to fill a gap; between equals the one nearest an even spread of pages wins.
 */
export function findPageNumbers(text: string): PageNumber[] {
  const candidates = pageNumberCandidates(text);
  // reachable[i]: some run 1, 2, …, value ends at candidate i.
  const reachable = candidates.map(() => false);
  candidates.forEach((c, i) => {
    reachable[i] =
      c.value === 1 || candidates.some((p, j) => j < i && reachable[j] && p.value === c.value - 1);
  });
  const ends = candidates.filter((c, i) => reachable[i] && !c.unlikely);
  if (ends.length === 0) return [];
  const total = Math.max(...ends.map((c) => c.value));
  const last = ends.filter((c) => c.value === total).at(-1)!;
  const first = candidates.find((c) => c.value === 1)!;
  const ideal = (page: number) =>
    total === 1 ? first.start : first.start + ((page - 1) / (total - 1)) * (last.start - first.start);
  // Cheapest run 1 … total ending at `last`: unlikely numbers cost a page's length, drift from the
  // even spread costs its distance.
  const spread = Math.max(1, text.length);
  const cost = new Map<Candidate, { cost: number; previous?: Candidate }>();
  for (const c of candidates) {
    if (c.start > last.start || c.value > total) continue;
    const own = (c.unlikely ? spread : 0) + Math.abs(c.start - ideal(c.value));
    if (c.value === 1) {
      cost.set(c, { cost: own });
      continue;
    }
    let best: { cost: number; previous?: Candidate } | undefined;
    for (const [p, entry] of cost) {
      if (p.value === c.value - 1 && p.start < c.start && (!best || entry.cost < best.cost)) {
        best = { cost: entry.cost, previous: p };
      }
    }
    if (best) cost.set(c, { cost: best.cost + own, previous: best.previous! });
  }
  const pages: PageNumber[] = [];
  for (let c: Candidate | undefined = last; c; c = cost.get(c)?.previous) {
    pages.unshift({ value: c.value, start: c.start, end: c.end });
  }
  return pages;
}

/** Removes the page numbers with the spaces around them, so a number they split (`11 2 0`) joins up again. */
export function removePageNumbers(text: string, pages: readonly PageNumber[]): string {
  let out = '';
  let at = 0;
  for (const page of pages) {
    out += text.slice(at, page.start).replace(/\s+$/, '');
    at = page.end;
    while (at < text.length && /\s/.test(text[at]!)) at++;
  }
  return out + text.slice(at);
}

/**
 * Drops the spaces extraction puts between characters (`基 层 党 组 织`, `116 个`), keeping one
 * space only where it separates two Latin letters or digits.
 */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, (space, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + space.length] ?? '';
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });
}

/** Zero-width characters Word and PDF text carry invisibly (U+200B–U+200D, U+2060, U+FEFF, soft hyphen). */
export function removeInvisible(text: string): string {
  return text.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
}

/** A line holding nothing but a printed page number: `— 3 —`, `-3-`, `- 3 -`, `第3页`. */
export function isPageNumberLine(line: string): boolean {
  return /^\s*(?:[—–―－-]+\s*\d{1,3}\s*[—–―－-]+|\d{1,3}|第\s*\d{1,3}\s*页)\s*$/.test(line);
}

/**
 * Joins two printed lines of one paragraph. Justified Chinese text breaks lines anywhere, also
 * inside a number (`34` / `20万元`), so nothing is put between them, except a space between two
 * Latin words.
 */
export function joinLines(before: string, after: string): string {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? `${before} ${after}` : before + after;
}

/** The three steps in order: the text as it was printed, on one line. */
export function cleanExtractedText(text: string): { text: string; pages: number } {
  const lines = removeInvisible(text).split(/\r?\n/);
  // Some viewers copy the page foot as a line of its own (`— 3 —`); others interleave it.
  const footLines = lines.filter((line) => line.trim() !== '' && isPageNumberLine(line));
  const joined = joinChunks(lines.filter((line) => !footLines.includes(line)).join('\n'));
  const pages = findPageNumbers(joined);
  return {
    text: collapseSpaces(removePageNumbers(joined, pages)),
    pages: footLines.length + pages.length,
  };
}
