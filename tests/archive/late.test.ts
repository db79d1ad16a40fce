import { describe, expect, test } from 'vitest';
import { isLate, isSettled, partialDateEnd } from '../../src/lib/late.ts';
import { ledgerOf, lateRows } from '../../src/lib/ledger.ts';
import { parsePartialDate } from '../../src/schemas/common.ts';
import { ITEM_STATUSES } from '../../src/schemas/item.ts';
import { archiveOf, bulletin, entryFrom, realArchive } from './entries.ts';

describe.each([
  { input: '2015', end: '2015-12-31' },
  { input: '2015-08', end: '2015-08-31' },
  { input: '2016-02', end: '2016-02-29' },
  { input: '2015-07 上旬', end: '2015-07-10' },
  { input: '2015-07 中旬', end: '2015-07-20' },
  { input: '2015-07 下旬', end: '2015-07-31' },
  { input: '2015-02 下旬', end: '2015-02-28' },
  { input: '2015-07-05', end: '2015-07-05' },
])('a partial date ends on the last day it covers', ({ input, end }) => {
  test(`${input} → ${end}`, () => expect(partialDateEnd(parsePartialDate(input)!)).toBe(end));
});

test('an item is late only once its period has wholly passed and it is not settled', () => {
  const early = parsePartialDate('2015-07 上旬');
  expect(isLate(early, 'underConstruction', '2015-07-10')).toBe(false);
  expect(isLate(early, 'underConstruction', '2015-07-11')).toBe(true);
  expect(isLate(early, 'completed', '2015-09-01')).toBe(false);
  expect(isLate(early, 'suspended', '2015-09-01')).toBe(false);
  expect(isLate(undefined, 'planned', '2030-01-01')).toBe(false);
});

test('settled means reported completed or suspended, and nothing else', () => {
  expect(ITEM_STATUSES.filter(isSettled)).toEqual(['completed', 'suspended']);
  expect(isSettled(undefined)).toBe(false);
});

/** Two synthetic bulletins and three synthetic items, each through the real schemas. */
function syntheticArchive(latestDate: string) {
  const team = entryFrom('teams', 'team-a', 'unit: unit-a\nvillage: village-a');
  const item = (id: string, expected: string, statuses: string) =>
    entryFrom(
      'items',
      id,
      `title: 合成事项${id}\nteam: team-a\ncategory: road\nexpectedCompletion: ${expected}\nhistory:\n${statuses}`,
    );
  return archiveOf({
    bulletins: [bulletin('b-1', '2015-07-03', 901), bulletin('b-2', latestDate, 902)],
    units: [entryFrom('units', 'unit-a', 'name: 合成单位')],
    villages: [entryFrom('villages', 'village-a', 'name: 合成村')],
    teams: [team],
    items: [
      item(
        'stuck',
        '2015-07 上旬',
        '  - status: planned\n    bulletin: b-1\n  - status: underConstruction\n    bulletin: b-2',
      ),
      item(
        'finished',
        '2015-07 上旬',
        '  - status: underConstruction\n    bulletin: b-1\n  - status: completed\n    bulletin: b-2',
      ),
      item('not-yet', '2015-08', '  - status: planned\n    bulletin: b-1'),
      item(
        'halted',
        '2015-07 上旬',
        '  - status: planned\n    bulletin: b-1\n  - status: suspended\n    bulletin: b-2',
      ),
    ],
  });
}

test('late is measured against the latest published bulletin, not the clock', () => {
  const late = (date: string) => lateRows(ledgerOf(syntheticArchive(date))).map((row) => row.id);
  expect(late('2015-07-10')).toEqual([]);
  expect(late('2015-07-20')).toEqual(['stuck']);
  expect(late('2015-09-01')).toEqual(['not-yet', 'stuck']);
});

test('a later report of completion or suspension clears the flag even when an earlier report was overdue', () => {
  const rows = ledgerOf(syntheticArchive('2015-09-01'));
  expect(rows.find((row) => row.id === 'finished')).toMatchObject({ status: 'completed', late: false });
  expect(rows.find((row) => row.id === 'halted')).toMatchObject({ status: 'suspended', late: false });
});

test('with the real content nothing is late yet: the latest bulletin is dated 2015-07-03', () => {
  const archive = realArchive();
  expect(archive.latestBulletin?.data.date).toBe('2015-07-03');
  expect(lateRows(ledgerOf(archive))).toEqual([]);
});
