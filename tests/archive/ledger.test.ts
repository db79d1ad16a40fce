import { expect, test } from 'vitest';
import { formatMoney, formatPartialDate, formatQuantities } from '../../src/lib/item-format.ts';
import { facetCounts, ledgerOf, sortKeys } from '../../src/lib/ledger.ts';
import {
  compareSortKeys,
  formatLedgerQuery,
  matchesFilters,
  parseLedgerQuery,
  toggleFilter,
  toggleSort,
} from '../../src/lib/ledger-query.ts';
import { realArchive } from './entries.ts';

const archive = realArchive();
const rows = ledgerOf(archive);

test('the ledger has one row per published item, as data: unknowns are undefined, not 未载明', () => {
  expect(rows).toHaveLength(archive.items.length);
  expect(rows.find((r) => r.id === 'fengjia-ganghua')).toMatchObject({
    village: { id: 'fengjia', name: '冯家村' },
    town: undefined,
    unit: { id: 'dishuiju', name: '市地税局' },
    money: { min: 50_000_000, max: 100_000_000, label: '总投资' },
    status: 'approved',
    expected: undefined,
    quantities: [],
  });
  expect(rows.find((r) => r.id === 'xigouzi-miaomu')).toMatchObject({
    quantities: [{ value: 80, unit: '亩', approx: 'over' }],
    town: { name: '毕郭镇' },
  });
  expect(rows.find((r) => r.id === 'xigouzi-jiashan-yuchi')).toMatchObject({
    expected: { year: 2015, month: 7, dekad: 'early' },
    expectedEnd: '2015-07-10',
  });
});

test('the ledger’s words come from its data only where it is shown', () => {
  const ganghua = rows.find((r) => r.id === 'fengjia-ganghua')!;
  expect([
    formatMoney(ganghua.money),
    formatPartialDate(ganghua.expected),
    formatQuantities(ganghua.quantities),
  ]).toEqual(['5000万–1亿元', '未载明', '未载明']);
  expect(formatPartialDate(rows.find((r) => r.id === 'xigouzi-jiashan-yuchi')!.expected)).toBe(
    '2015年7月上旬',
  );
});

test('rows with a stated town come first, then those whose town is 未载明', () => {
  const firstUnstated = rows.findIndex((r) => !r.town);
  expect(firstUnstated).toBeGreaterThan(0);
  expect(rows.slice(firstUnstated).every((r) => !r.town)).toBe(true);
});

test('facet counts add up to the number of rows, with 未载明 last', () => {
  const facets = facetCounts(rows);
  for (const [facet, counts] of Object.entries(facets)) {
    expect(
      counts.reduce((sum, c) => sum + c.count, 0),
      facet,
    ).toBe(rows.length);
  }
  expect(facets.status.find((c) => c.value === 'completed')).toMatchObject({ label: '已完成', count: 7 });
  expect(facets.town.at(-1)).toMatchObject({ value: '_unstated', label: '未载明' });
  expect(facets.major).toEqual([{ value: '_unstated', label: '未载明', count: rows.length }]);
});

test('sort keys put money by its upper bound and unknowns as empty', () => {
  const ganghua = sortKeys(rows.find((r) => r.id === 'fengjia-ganghua')!);
  expect(ganghua.money).toBe('100000000');
  expect(ganghua.town).toBe('');
});

test('a filter and sort state survives the trip through a URL', () => {
  const query = toggleSort(
    toggleFilter(toggleFilter({ filters: {} }, 'town', 'biguo'), 'status', 'completed'),
    'money',
  );
  const text = formatLedgerQuery(toggleSort(query, 'money'));
  expect(text).toBe('?status=completed&town=biguo&sort=money&order=desc');
  expect(parseLedgerQuery(text)).toEqual({
    filters: { status: 'completed', town: 'biguo' },
    sort: { column: 'money', descending: true },
  });
  expect(formatLedgerQuery(toggleFilter(parseLedgerQuery('?town=biguo'), 'town', 'biguo'))).toBe('');
});

test('unknown query keys and sort columns are ignored, so an old link still opens', () => {
  expect(parseLedgerQuery('?colour=red&sort=nonsense&status=')).toEqual({ filters: {} });
});

test('filters combine with AND; a facet can be left out to count its own values', () => {
  const values = { status: 'completed', town: 'biguo' };
  expect(matchesFilters(values, { status: 'completed', town: 'biguo' })).toBe(true);
  expect(matchesFilters(values, { status: 'planned', town: 'biguo' })).toBe(false);
  expect(matchesFilters(values, { status: 'planned', town: 'biguo' }, 'status')).toBe(true);
});

test('sorting puts 未载明 last in both directions and compares numbers as numbers', () => {
  const collator = new Intl.Collator('zh-Hans-CN');
  const keys = ['350000', '', '100000000', '9'];
  expect([...keys].sort((a, b) => compareSortKeys(a, b, collator))).toEqual(['9', '350000', '100000000', '']);
  expect([...keys].sort((a, b) => compareSortKeys(a, b, collator, true))).toEqual([
    '100000000',
    '350000',
    '9',
    '',
  ]);
});
