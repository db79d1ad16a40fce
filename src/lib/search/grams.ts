/**
 * Trigram index terms. Pagefind is given every Han character as a word of its own (`han-spacing.ts`),
 * so a word of several characters is a phrase of single characters, and a query downloads the posting
 * lists of characters found on nearly every page (村, 镇, 工): at province scale most of what a first
 * query fetches. So each character that two more Han characters follow, in the same run of Han words,
 * is indexed a second time at the same position, as the trigram it starts: Pagefind stores both parts
 * of a hyphenated word at the word's position (`测-<trigram>`). A word of three or more characters is
 * then a phrase of its trigrams, with short posting lists; a shorter one stays a phrase of characters.
 *
 * A trigram is spelled in lowercase Latin letters, four per character, which neither Pagefind's
 * indexer nor the browser's word segmenter splits; the index is built with language `zxx` (no
 * linguistic content), so that Pagefind runs no Chinese word segmenter over the hyphenated words.
 */

/** Pagefind's index language: no word segmentation of what the archive hands it. */
export const INDEX_LANGUAGE = 'zxx';

const GRAM = 3;
const LETTERS_PER_CHAR = 4;

const isHanWord = (word: string | undefined) => word !== undefined && /^\p{Script=Han}$/u.test(word);

/** Han characters in letters: each code point in base 26, four letters (26⁴ is past the last Han code point). */
export function gramCode(chars: string): string {
  return [...chars]
    .map((char) => {
      let n = char.codePointAt(0)!;
      let code = '';
      for (let i = 0; i < LETTERS_PER_CHAR; i++) {
        code = String.fromCharCode(97 + (n % 26)) + code;
        n = Math.floor(n / 26);
      }
      return code;
    })
    .join('');
}

/** The trigram a Han word at `i` starts, if the next two words are Han too. */
function trigramAt(words: readonly string[], i: number): string | undefined {
  const next = words.slice(i, i + GRAM);
  return next.length === GRAM && next.every(isHanWord) ? gramCode(next.join('')) : undefined;
}

/**
 * Pagefind's words of an indexed text, in order, with each Han word that starts a trigram joined to
 * it: `测-<trigram>`. Words are what Pagefind counts as words: anything between whitespace, so a
 * punctuation mark ends a run of Han words as it breaks a phrase in Pagefind.
 */
export function withTrigrams(words: readonly string[]): string[] {
  return words.map((word, i) => {
    const trigram = isHanWord(word) ? trigramAt(words, i) : undefined;
    return trigram ? `${word}-${trigram}` : word;
  });
}

/**
 * The words of Pagefind's exact phrase for one query word, given as spaced words (`35 万 元`): a
 * trigram for each character that starts one within the word, the character itself where none
 * starts. The last two characters of a run of three or more are already in its last trigram, so
 * they are left out, unless something follows in the word that must stand right after them.
 */
export function phraseWords(words: readonly string[]): string[] {
  return words.flatMap((word, i) => {
    if (!isHanWord(word)) return [word];
    const trigram = trigramAt(words, i);
    if (trigram) return [trigram];
    const covered = [i - 1, i - 2].some((start) => start >= 0 && trigramAt(words, start) !== undefined);
    const endsWord = words.slice(i + 1).every(isHanWord);
    return covered && endsWord ? [] : [word];
  });
}

/** Pagefind's text with the trigrams taken out again, for display (`测-<trigram>` → `测`). */
export const withoutTrigrams = (text: string) =>
  text.replace(new RegExp(`(?<=\\p{Script=Han})-[a-z]{${GRAM * LETTERS_PER_CHAR}}`, 'gu'), '');
