import { withoutTrigrams } from './grams.ts';

/**
 * Pagefind segments Chinese with jieba when it indexes and with the browser's `Intl.Segmenter` when it
 * searches; the two disagree (扬水站 is 扬|水|站 in the index, 扬水|站 in the browser), so words go
 * missing. The archive sidesteps both: the copy of each page handed to Pagefind has every Han character
 * standing alone (with the trigram it starts, `grams.ts`), and queries are sent as quoted sequences of
 * trigrams and characters (see `query.ts`), so a word is found exactly where its characters stand next
 * to each other, whatever a segmenter thinks.
 */

const HAN_NEIGHBOUR = /(\p{Script=Han})(?=\S)|(\S)(?=\p{Script=Han})/gu;

/** Puts a space between each Han character and any non-space character next to it. */
export function spaceHan(text: string): string {
  return text.replace(
    HAN_NEIGHBOUR,
    (_, han: string | undefined, other: string | undefined) => `${han ?? other} `,
  );
}

const isHan = (char: string | undefined) => char !== undefined && /\p{Script=Han}/u.test(char);

/**
 * Undoes `spaceHan` and the index's trigrams (`grams.ts`) for display: drops the zero-width spaces Pagefind puts between indexed words and
 * each space next to a Han character, also across the `<mark>` tags of a highlighted excerpt. A space
 * after an ASCII full stop stays: Pagefind puts one after each heading.
 */
export function unspaceHan(text: string): string {
  const parts = withoutTrigrams(text)
    .replace(/\u200B/g, '')
    .split(/(<\/?mark>)/);
  const chars = parts.flatMap((part, i) => (i % 2 === 1 ? [part] : [...part]));
  const neighbour = (from: number, step: 1 | -1) => {
    for (let i = from + step; i >= 0 && i < chars.length; i += step) {
      const char = chars[i]!;
      if (char.length === 1) return char;
    }
    return undefined;
  };
  return chars
    .filter((char, i) => {
      if (char !== ' ') return true;
      const before = neighbour(i, -1);
      const after = neighbour(i, 1);
      if (before === undefined || after === undefined || /\s/.test(before) || /\s/.test(after)) return true;
      return before === '.' || !(isHan(before) || isHan(after));
    })
    .join('')
    .replace(/<\/mark><mark>/g, '');
}
