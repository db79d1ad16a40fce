const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks the words a search result was opened with (`?highlight=扬水站`) in the page's indexed content,
 * and scrolls to the first one unless the address already points at a passage.
 */
export function highlightHits(words: readonly string[]): void {
  const root = document.querySelector('[data-pagefind-body]');
  if (!root || words.length === 0) return;
  const pattern = new RegExp(
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'giu',
  );
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const text of texts) {
    const matches = [...text.data.matchAll(pattern)];
    if (matches.length === 0 || text.parentElement?.closest('script, style, [hidden]')) continue;
    const parts = document.createDocumentFragment();
    let last = 0;
    for (const match of matches) {
      const mark = document.createElement('mark');
      mark.textContent = match[0];
      parts.append(text.data.slice(last, match.index), mark);
      first ??= mark;
      last = match.index + match[0].length;
    }
    parts.append(text.data.slice(last));
    text.replaceWith(parts);
  }
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
