/**
 * An excerpt (Pagefind's escaped text) with every query word in `<mark>`, in place of Pagefind's own
 * marks: those cover the words it matched, and a word found by its trigrams (`grams.ts`) matches at
 * its first characters only. Entities are never searched inside; Latin is matched in any case.
 */
export function markWords(excerpt: string, words: readonly string[]): string {
  const plain = excerpt.replace(/<\/?mark>/g, '');
  const wanted = [...words].filter(Boolean).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return plain;
  const pattern = new RegExp(wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  return plain
    .split(/(&[#\w]+;)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, (found) => `<mark>${found}</mark>`)))
    .join('');
}
