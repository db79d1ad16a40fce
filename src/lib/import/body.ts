import type { Unparsed } from './masthead.ts';

export type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string };

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** How section headings of these bulletins end (一、督查基本情况 / 二、督查发现的问题 / 三、下步工作要求). */
const HEADING_ENDS = [
  '情况',
  '问题',
  '要求',
  '措施',
  '做法',
  '成效',
  '经验',
  '建议',
  '打算',
  '安排',
  '意见',
  '内容',
  '部署',
  '计划',
  '亮点',
  '特点',
  '体会',
  '启示',
  '成绩',
  '原因',
];
/** Endings that also occur inside headings (下步工作要求): used only when no ending above fits. */
const WEAK_HEADING_ENDS = ['工作', '进展', '目标', '任务', '思路'];
const SENTENCE_END = /[。:：!！?？;；]/;
const MAX_HEADING = 20;

/**
 * Splits the body, which extraction left on one line, into headings and paragraphs: a section
 * `一、` … `十、` in order starts a `##` heading, and a new paragraph starts at each numbered point
 * (`1、` in order within a section), at each `一是` / `一要` … in order, and at each sentence that
 * opens with a known unit, town or village name (the office writes one paragraph per unit).
 * Only breaks are added: the characters stay exactly those of the source, in order.
 */
export function segmentBody(
  body: string,
  knownNames: readonly string[],
  unparsed: Unparsed,
  doubts: string[],
): Block[] {
  const names = longestFirst(knownNames);
  const blocks: Block[] = [];
  let paragraph = '';
  let section = 0;
  let point = 1;
  const enumerations = new Map<string, number>([
    ['是', 0],
    ['要', 0],
  ]);
  const flush = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph });
    paragraph = '';
  };
  let at = 0;
  while (at < body.length) {
    const last = paragraph.at(-1);
    if (last === undefined || SENTENCE_END.test(last)) {
      const rest = body.slice(at, at + 64);
      const sectionMarker = `${NUMERALS[section] ?? ''}、`;
      if (section < NUMERALS.length && rest.startsWith(sectionMarker)) {
        const heading = headingAt(rest, sectionMarker.length, names, doubts);
        if (heading) {
          flush();
          blocks.push({ kind: 'heading', text: heading });
          at += heading.length;
          section++;
          point = 1;
          enumerations.set('是', 0).set('要', 0);
          continue;
        }
        unparsed.push(headingNotFound(section));
        section++;
      }
      const pointMarker = `${point}、`;
      const enumeration = /^([一二三四五六七八九十])([是要])/.exec(rest);
      const startsPoint = rest.startsWith(pointMarker) && !/^\d/.test(rest.slice(pointMarker.length));
      const startsEnumeration =
        enumeration !== null && NUMERALS.indexOf(enumeration[1]!) === enumerations.get(enumeration[2]!);
      const startsWithName = last === '。' && names.some((name) => rest.startsWith(name));
      if (startsPoint || startsEnumeration || startsWithName) {
        flush();
        if (startsPoint) point++;
        if (startsEnumeration) enumerations.set(enumeration[2]!, NUMERALS.indexOf(enumeration[1]!) + 1);
      }
    }
    paragraph += body[at];
    at++;
  }
  flush();
  return blocks;
}

const longestFirst = (names: readonly string[]) =>
  [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);

const headingNotFound = (section: number) =>
  `正文：第${NUMERALS[section]}部分的标题在哪里结束无法确定，已留在段落中，请手工改为“## ”标题`;

/** After a weak ending, characters that make it part of a longer word: 工作队, 工作组, 工作站. */
const WORD_GOES_ON = /^(?:队|组|站|人员|者|室|专班)/;

/**
 * `一、督查基本情况从总体上看,…` → `一、督查基本情况`. The heading ends before any punctuation or
 * enumeration (一是, 1、), at the first heading-like ending (情况, 问题, 要求 …); else at a weak one
 * (工作, 进展 …) that does not run on into a word (工作队) and, where there are several, the one a
 * known name follows (`二、重点帮扶事项进展市住建局驻…`). Several left and none followed by a name:
 * the longest, with a doubt for the editor.
 */
function headingAt(
  rest: string,
  markerLength: number,
  names: readonly string[],
  doubts: string[],
): string | undefined {
  const region = rest.slice(markerLength, markerLength + MAX_HEADING);
  const stop = region.search(/[,，。:：;；!！?？、“]|[一二三四五六七八九十][是要]|\d+、/);
  const candidate = stop < 0 ? region : region.slice(0, stop);
  const endsWith = (ends: readonly string[], length: number) =>
    ends.some((end) => candidate.slice(0, length).endsWith(end));
  for (let length = 2; length <= candidate.length; length++) {
    if (endsWith(HEADING_ENDS, length)) return rest.slice(0, markerLength + length);
  }
  const after = (length: number) => rest.slice(markerLength + length);
  const weak: number[] = [];
  for (let length = candidate.length; length > 1; length--) {
    if (endsWith(WEAK_HEADING_ENDS, length) && !WORD_GOES_ON.test(after(length))) weak.push(length);
  }
  if (weak.length === 0) return undefined;
  const beforeName = weak.find((length) => names.some((name) => after(length).startsWith(name)));
  const length = beforeName ?? weak[0]!;
  const heading = rest.slice(0, markerLength + length);
  if (beforeName === undefined && weak.length > 1) {
    const shorter = weak.slice(1).map((l) => `“${rest.slice(0, markerLength + l)}”`);
    doubts.push(
      `正文：标题“${heading}”在哪里结束不能确定，也可能是${shorter.join('或')}；请对照原件，必要时把多出的字移到下一段开头`,
    );
  }
  return heading;
}

/** Ends with at most one final 。 and holds no other sentence mark or enumeration: a heading line. */
function isHeadingLine(paragraph: string, markerLength: number): boolean {
  const text = paragraph.slice(markerLength).replace(/[。.]$/, '');
  return (
    text.length <= 2 * MAX_HEADING &&
    !/[。:：;；!！?？]/.test(text) &&
    !/[一二三四五六七八九十][是要]|\d+、/.test(text)
  );
}

/**
 * The body of a source whose paragraphs are known (Word, PDF layout): each paragraph stays as it
 * is; one that opens the next section (`二、`) is its heading when the source set it apart (bold,
 * a Word heading) or it reads as a heading line, else the heading is found at its start as in
 * {@link segmentBody} and the rest stays a paragraph.
 */
export function segmentBlocks(
  paragraphs: readonly string[],
  emphasised: ReadonlySet<string>,
  knownNames: readonly string[],
  unparsed: Unparsed,
  doubts: string[],
): Block[] {
  const names = longestFirst(knownNames);
  const blocks: Block[] = [];
  let section = 0;
  for (const paragraph of paragraphs) {
    const marker = /^([一二三四五六七八九十])、/.exec(paragraph);
    const numeral = marker ? NUMERALS.indexOf(marker[1]!) : -1;
    const opensSection = numeral === section || (numeral > section && emphasised.has(paragraph));
    if (!marker || !opensSection) {
      blocks.push({ kind: 'paragraph', text: paragraph });
      continue;
    }
    section = numeral + 1;
    if (emphasised.has(paragraph) || isHeadingLine(paragraph, marker[0].length)) {
      blocks.push({ kind: 'heading', text: paragraph });
      continue;
    }
    const heading = headingAt(paragraph, marker[0].length, names, doubts);
    if (heading) {
      blocks.push(
        { kind: 'heading', text: heading },
        { kind: 'paragraph', text: paragraph.slice(heading.length) },
      );
    } else {
      unparsed.push(headingNotFound(numeral));
      blocks.push({ kind: 'paragraph', text: paragraph });
    }
  }
  return blocks;
}
