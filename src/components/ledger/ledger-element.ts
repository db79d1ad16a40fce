import { ARCHIVE_LABELS } from '../../i18n/zh.ts';
import {
  FACETS,
  compareSortKeys,
  formatLedgerQuery,
  matchesFilters,
  parseLedgerQuery,
  toggleFilter,
  toggleSort,
  type Facet,
  type LedgerQuery,
  type SortColumn,
} from '../../lib/ledger-query.ts';

/**
 * Filters and sorts the full ledger table in place. Facet links keep working as links to the
 * pre-built filtered pages when this never runs; here they combine, and the state lives in the URL.
 */
export class ItemLedger extends HTMLElement {
  #query: LedgerQuery = { filters: {} };
  #rows: HTMLTableRowElement[] = [];
  #columns = new Map<SortColumn, number>();
  #collator = new Intl.Collator('zh-Hans-CN');

  connectedCallback() {
    const body = this.querySelector('tbody');
    if (!body) return;
    this.#rows = [...body.rows];
    this.querySelectorAll<HTMLTableCellElement>('thead th[data-column]').forEach((th) => {
      const column = th.dataset['column'] as SortColumn;
      this.#columns.set(column, th.cellIndex);
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      button.title = ARCHIVE_LABELS.ledger.sortBy(th.textContent ?? '');
      button.addEventListener('click', () => this.#update(toggleSort(this.#query, column)));
      th.replaceChildren(button);
    });
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-facet], a[data-clear]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      const { facet, value } = link.dataset;
      this.#update(
        facet && value ? toggleFilter(this.#query, facet as Facet, value) : { ...this.#query, filters: {} },
      );
    });
    window.addEventListener('popstate', () => this.#show(parseLedgerQuery(location.search)));
    this.#show(parseLedgerQuery(location.search));
  }

  #update(query: LedgerQuery) {
    history.pushState(null, '', `${location.pathname}${formatLedgerQuery(query)}`);
    this.#show(query);
  }

  #show(query: LedgerQuery) {
    this.#query = query;
    const { filters, sort } = query;
    const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
      Facet,
      Map<string, number>
    >;
    let shown = 0;
    for (const row of this.#rows) {
      const values = row.dataset as Partial<Record<Facet, string>>;
      row.hidden = !matchesFilters(values, filters);
      if (!row.hidden) shown += 1;
      for (const facet of FACETS) {
        const value = values[facet];
        if (value !== undefined && matchesFilters(values, filters, facet))
          counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
      }
    }
    this.querySelectorAll<HTMLAnchorElement>('a[data-facet]').forEach((link) => {
      const facet = link.dataset['facet'] as Facet;
      const value = link.dataset['value'] ?? '';
      if (filters[facet] === value) {
        link.setAttribute('aria-current', 'true');
        // A chosen value in a folded group stays in sight after a reload.
        link.closest('details')?.setAttribute('open', '');
      } else link.removeAttribute('aria-current');
      const count = link.querySelector('[data-count]');
      if (count) count.textContent = String(counts[facet].get(value) ?? 0);
    });
    this.querySelector<HTMLElement>('a[data-clear]')?.toggleAttribute(
      'hidden',
      Object.keys(filters).length === 0,
    );
    this.#sort(sort);
    const status = this.querySelector('[data-ledger-status]');
    if (status) status.textContent = ARCHIVE_LABELS.ledger.showing(shown, this.#rows.length);
  }

  #sort(sort: LedgerQuery['sort']) {
    const index = sort && this.#columns.get(sort.column);
    const key = (row: HTMLTableRowElement) =>
      index === undefined ? '' : (row.cells[index]?.dataset['sort'] ?? '');
    const ordered =
      sort && index !== undefined
        ? this.#rows
            .map((row, position) => ({ row, position }))
            .sort(
              (a, b) =>
                compareSortKeys(key(a.row), key(b.row), this.#collator, sort.descending) ||
                a.position - b.position,
            )
            .map(({ row }) => row)
        : this.#rows;
    this.querySelector('tbody')?.append(...ordered);
    this.querySelectorAll<HTMLTableCellElement>('thead th[data-column]').forEach((th) => {
      const active = sort?.column === th.dataset['column'];
      if (active) th.setAttribute('aria-sort', sort!.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
  }
}

customElements.define('item-ledger', ItemLedger);
