import { SEARCH_LABELS } from '../../i18n/zh.ts';
import { formatDate } from '../../lib/format.ts';
import { createSearchEngine, type SearchHit, type SearchOutcome } from '../../lib/search/engine.ts';
import { FILTER_KEYS, type FacetValue } from '../../lib/search/facets.ts';
import { NoMemberSearchable, type FederatedMember, type LeftOut } from '../../lib/search/federation.ts';
import { readSearchState, writeSearchState, type SearchState } from '../../lib/search/state.ts';

const PAGE_SIZE = 10;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Pagefind's excerpt (text with `<`/`>` escaped, hits in `<mark>`) as DOM nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part, i) => {
    const text = part
      .replace(/<\/?mark>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    return i % 2 === 1 ? element('mark', undefined, text) : document.createTextNode(text);
  });
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const item = element('li');
  const heading = element('h2');
  const link = element('a', undefined, hit.title || hit.href);
  link.href = hit.href;
  heading.append(link);
  const meta = element('p', 'meta', hit.type);
  if (hit.date) {
    const time = element('time', undefined, formatDate(hit.date));
    time.dateTime = hit.date;
    meta.append(' · ', time);
  }
  const excerpt = element('p', 'excerpt');
  excerpt.append(...excerptNodes(hit.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

/**
 * The search page: reads the query, filters and order from the address, runs them through the
 * archive's search engine over Pagefind, and keeps the address in step so a search can be shared.
 */
class SiteSearch extends HTMLElement {
  #engine: Promise<ReturnType<typeof createSearchEngine>> | undefined;
  #outcome: SearchOutcome | undefined;
  #shown = 0;
  #generation = 0;
  #state: SearchState | undefined;

  #part<T extends Element>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  connectedCallback() {
    const form = this.#part<HTMLFormElement>('form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#navigate(this.#formState());
    });
    // On the element, not the form: the filters sit below the status line, tied to the form by form="…".
    this.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.#navigate(this.#formState());
    });
    this.#part('[data-search-more]').addEventListener('click', () => void this.#showMore(true));
    // Filter counts need the whole filter index; it is fetched only when someone opens the panel.
    this.#part('[data-search-filter-panel]').addEventListener('toggle', () => {
      if (this.#outcome && this.#part<HTMLDetailsElement>('[data-search-filter-panel]').open)
        void this.#loadCounts(this.#outcome, this.#generation);
    });
    window.addEventListener('popstate', () => void this.#show(this.#addressState()));
    void this.#show(this.#addressState());
  }

  #addressState(): SearchState {
    return readSearchState(new URLSearchParams(location.search));
  }

  #formState(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.#part<HTMLFormElement>('form'))) {
      if (typeof value === 'string') params.append(key, value);
    }
    return readSearchState(params);
  }

  #navigate(state: SearchState) {
    history.pushState(null, '', `${location.pathname}${writeSearchState(state)}`);
    void this.#show(state);
  }

  async #loadEngine() {
    const members = this.dataset['members'];
    const { federatedPagefind, ownIndexes } = await import('./index-loaders.ts');
    if (!members) return createSearchEngine(ownIndexes(this.dataset['base'] ?? '/'));
    const version = this.dataset['pagefindVersion'] ?? '';
    const federation = await federatedPagefind(JSON.parse(members) as FederatedMember[], version).catch(
      (error: unknown) => {
        if (error instanceof NoMemberSearchable) this.#renderLeftOut(error.leftOut, version);
        throw error;
      },
    );
    this.#renderLeftOut(federation.leftOut, version);
    return createSearchEngine(() => Promise.resolve(federation.index));
  }

  async #show(state: SearchState) {
    const generation = ++this.#generation;
    this.#part<HTMLInputElement>('input[name="q"]').value = state.q;
    const status = this.#part('[data-search-status]');
    this.#part('[data-search-results]').replaceChildren();
    this.#part<HTMLElement>('[data-search-more]').hidden = true;
    this.#part<HTMLElement>('[data-search-fallback]').hidden = false;
    if (!state.q) {
      this.#part<HTMLElement>('[data-search-filters]').hidden = true;
      status.textContent = SEARCH_LABELS.prompt;
      return;
    }
    status.textContent = SEARCH_LABELS.loading;
    try {
      const engine = await (this.#engine ??= this.#loadEngine());
      const outcome = await engine.run(state);
      if (generation !== this.#generation) return;
      this.#outcome = outcome;
      this.#shown = 0;
      this.#state = state;
      // In the same frame as the filters appear below it, so that they do not jump up a moment later.
      this.#part<HTMLElement>('[data-search-fallback]').hidden = outcome.total > 0;
      this.#renderFilters(undefined, state);
      const panel = this.#part<HTMLDetailsElement>('[data-search-filter-panel]');
      delete panel.dataset['counted'];
      if (Object.keys(state.filters).length > 0) panel.open = true;
      if (panel.open) void this.#loadCounts(outcome, generation);
      await this.#showMore(false);
      if (generation !== this.#generation) return;
      status.textContent =
        outcome.total > 0 ? SEARCH_LABELS.found(outcome.total, state.q) : SEARCH_LABELS.none(state.q);
    } catch {
      this.#engine = undefined;
      this.#part<HTMLElement>('[data-search-fallback]').hidden = false;
      status.textContent = SEARCH_LABELS.failed;
    }
  }

  async #showMore(moveFocus: boolean) {
    const outcome = this.#outcome;
    if (!outcome) return;
    const hits = await outcome.hits(this.#shown, PAGE_SIZE);
    const items = hits.map(resultItem);
    this.#part('[data-search-results]').append(...items);
    this.#shown += hits.length;
    this.#part<HTMLElement>('[data-search-more]').hidden = this.#shown >= outcome.total;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  #renderLeftOut(leftOut: readonly LeftOut[], version: string) {
    const notes = this.#part<HTMLElement>('[data-search-notes]');
    notes.replaceChildren(
      ...leftOut.map((m) =>
        element('li', undefined, SEARCH_LABELS.leftOut(m.name, m.reason, m.found, version)),
      ),
    );
    notes.hidden = leftOut.length === 0;
  }

  async #loadCounts(outcome: SearchOutcome, generation: number) {
    const counts = await outcome.counts().catch(() => undefined);
    if (!counts || generation !== this.#generation || !this.#state) return;
    this.#renderFilters(counts, this.#state);
    // Marks the counts as in, for whoever waits on them (the benchmark).
    this.#part<HTMLElement>('[data-search-filter-panel]').dataset['counted'] = '';
  }

  /** The filters with their counts, or before the counts are loaded with only the chosen values. */
  #renderFilters(counts: Record<string, FacetValue[]> | undefined, state: SearchState) {
    this.#part<HTMLElement>('[data-search-filters]').hidden = false;
    for (const key of FILTER_KEYS) {
      const select = this.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`);
      if (!select) continue;
      const chosen = state.filters[key];
      const options = counts
        ? (counts[key] ?? []).map(({ value, count }) => new Option(`${value}（${count}）`, value))
        : chosen
          ? [new Option(chosen, chosen)]
          : [];
      select.replaceChildren(new Option(SEARCH_LABELS.all, ''), ...options);
      select.value = state.filters[key] ?? '';
      // Until the counts are in, every filter is offered; then only those with a value to choose.
      this.#part<HTMLElement>(`[data-filter-label="${key}"]`).hidden =
        counts !== undefined && options.length === 0;
    }
    this.#part<HTMLSelectElement>('select[name="sort"]').value = state.sort;
  }
}

customElements.define('site-search', SiteSearch);
