/** An element with an `id` inside a page's indexed content, as Pagefind records it. */
export interface FragmentAnchor {
  element: string;
  id: string;
  /** Word position of the element's start in the indexed content. */
  location: number;
}

/** The query parameter that names the words to highlight on the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * The address a result links to: the page, the words to highlight there, and the innermost element
 * with an id that starts at or before the hit, so the page opens at the passage (a bulletin's `p12`).
 */
export function hitHref(
  pageUrl: string,
  words: readonly string[],
  anchors: readonly FragmentAnchor[],
  hit?: number,
): string {
  const params = new URLSearchParams(words.map((word) => [HIGHLIGHT_PARAM, word]));
  const before = hit === undefined ? [] : anchors.filter((anchor) => anchor.id && anchor.location <= hit);
  const anchor = before.reduce<FragmentAnchor | undefined>(
    (best, candidate) => (best === undefined || candidate.location >= best.location ? candidate : best),
    undefined,
  );
  const query = params.toString();
  return `${pageUrl}${query ? `?${query}` : ''}${anchor ? `#${encodeURIComponent(anchor.id)}` : ''}`;
}
