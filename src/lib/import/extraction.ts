/**
 * Undoing what PDF and Word text extraction does to a printed bulletin: chunk markers at line starts,
 * printed page numbers interleaved with the text, spaces between characters. Removes these and
 * nothing else, so every character of the source text survives in order.
 */

/**
 * Joins the extracted lines, dropping the `N、` chunk marker that starts each one. Markers count
 * 1, 2, 3… line by line, so a real point number (`1、帮扶…`) at a line start is kept.
 */
export function joinChunks(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let expected = 1;
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
const MEASURE_AFTER = new Set([...'个条亩米间处口份元万亿千百年月日号期名人户次项家座台辆吨平公天组批类种届栋眼倍成余多%‰']);
const NUMBER_TOKEN = /(?<=^|\s)\d{1,3}(?=\s|$)/g;

export interface PageNumber {
  value: number;
  /** Where the number's digits start and end in the text. */
  start: number;
  end: number;
}

/** Numbers standing alone between spaces that are not followed by a measure word or preceded by 第. */
function pageNumberCandidates(text: string): PageNumber[] {
  return [...text.matchAll(NUMBER_TOKEN)].flatMap((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const after = /\S/.exec(text.slice(end))?.[0];
    const before = /\S(?=\s*$)/.exec(text.slice(Math.max(0, start - 8), start))?.[0];
    if ((after && MEASURE_AFTER.has(after)) || before === '第') return [];
    return [{ value: Number(m[0]), start, end }];
  });
}

/**
 * The printed page numbers: the longest run 1, 2, 3 … n of stand-alone numbers in document order.
 * That sequence is what separates them from real numbers, which also stand between spaces
 * after extraction. Ties go to the earliest number that still lets the run reach n.
 */
export function findPageNumbers(text: string): PageNumber[] {
  const candidates = pageNumberCandidates(text);
  // reach[i]: how long a run value, value + 1, … can continue from candidate i onwards.
  const reach = new Array<number>(candidates.length).fill(1);
  for (let i = candidates.length - 1; i >= 0; i--) {
    for (let j = i + 1; j < candidates.length; j++) {
      if (candidates[j]!.value === candidates[i]!.value + 1) reach[i] = Math.max(reach[i]!, reach[j]! + 1);
    }
  }
  const total = Math.max(0, ...candidates.map((c, i) => (c.value === 1 ? reach[i]! : 0)));
  const pages: PageNumber[] = [];
  let from = 0;
  for (let page = 1; page <= total; page++) {
    const index = candidates.findIndex((c, i) => i >= from && c.value === page && reach[i]! >= total - page + 1);
    if (index < 0) break;
    pages.push(candidates[index]!);
    from = index + 1;
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

/** The three steps in order: the text as it was printed, on one line. */
export function cleanExtractedText(text: string): { text: string; pages: number } {
  const joined = joinChunks(text);
  const pages = findPageNumbers(joined);
  return { text: collapseSpaces(removePageNumbers(joined, pages)), pages: pages.length };
}
