import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateArchive } from '../../tools/fixture/generate.ts';
import { SCALES } from '../../tools/fixture/scales.ts';
import { writeArchive } from '../../tools/fixture/write.ts';
import { isSettled, partialDateEnd } from '../../src/lib/late.ts';
import { quoteIsIn } from '../../src/lib/integrity/quotes.ts';
import { validateArchive, type ValidationResult } from '../../src/lib/integrity/validate.ts';
import type { PartialDate, Ref } from '../../src/schemas/common.ts';
import type { ItemStatus } from '../../src/schemas/item.ts';

let dir: string;
let result: ValidationResult;

beforeAll(() => {
  dir = writeArchive(generateArchive(SCALES.county), undefined, 'fixture-test');
  result = validateArchive(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const parsedOf = (collection: string) =>
  result.entries
    .filter((e) => e.collection === collection)
    .map((e) => ({ id: e.id, body: e.body, ...e.parsed }));

describe('the county-sized synthetic archive', () => {
  test('passes the real content validator with no error', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('has the size of a county: 120 villages, teams and units, 10 towns, 120 bulletins, 1,000 items, 40 cases', () => {
    const count = (collection: string) => parsedOf(collection).length;
    expect([count('villages'), count('teams'), count('units')]).toEqual([120, 120, 120]);
    expect([count('towns'), count('bulletins'), count('items'), count('cases')]).toEqual([10, 120, 1000, 40]);
  });

  test('is the same, byte for byte, every time it is generated', () => {
    const again = generateArchive(SCALES.county);
    for (const file of again) {
      expect(fs.readFileSync(path.join(dir, file.path), 'utf8'), file.path).toBe(file.text);
    }
  });

  test('another seed gives another archive', () => {
    const other = generateArchive(SCALES.county, 7);
    const first = generateArchive(SCALES.county);
    expect(other.some((file, i) => file.text !== first[i]?.text)).toBe(true);
  });

  test('every status report quotes its bulletin verbatim, and an item’s reports run in date order', () => {
    const bulletins = new Map(
      parsedOf('bulletins').map((b) => [b.id, b as unknown as { date: string; body: string }]),
    );
    for (const item of parsedOf('items')) {
      const history = (item as unknown as { history: { bulletin: Ref; quote: string }[] }).history;
      const dates = history.map((h) => bulletins.get(h.bulletin.id)?.date ?? '');
      expect(dates, item.id).toEqual([...dates].sort());
      expect(new Set(dates).size, `${item.id} reports twice in one bulletin`).toBe(dates.length);
      for (const report of history)
        expect(bulletins.get(report.bulletin.id)?.body, item.id).toContain(report.quote);
    }
  });

  test('team and village states are histories: each report quotes its bulletin, some states change later', () => {
    const bulletins = new Map(
      parsedOf('bulletins').map((b) => [b.id, b as unknown as { date: string; body: string }]),
    );
    type Reports = { bulletin: Ref; quote: string; value?: boolean; visited?: boolean }[];
    const histories = [
      ...parsedOf('teams').flatMap((t) =>
        (
          [
            'firstSecretary',
            'docked',
            'headVisit',
            'threeYearPlan',
            'annualPlan',
            'majorItemsSubmitted',
          ] as const
        ).map((state) => (t as unknown as Record<string, Reports>)[state]!),
      ),
      ...parsedOf('villages').map((v) => (v as unknown as { listing: Reports }).listing),
    ];
    for (const history of histories) {
      const dates = history.map((r) => bulletins.get(r.bulletin.id)?.date ?? '');
      expect(dates).toEqual([...dates].sort());
      for (const report of history)
        expect(quoteIsIn(report.quote, bulletins.get(report.bulletin.id)!.body)).toBe(true);
    }
    const changed = (state: string) =>
      parsedOf('teams').filter((t) => ((t as unknown as Record<string, Reports>)[state] ?? []).length > 1)
        .length;
    expect(changed('docked')).toBeGreaterThan(0);
    expect(changed('firstSecretary')).toBeGreaterThan(3);
    expect(
      parsedOf('villages').filter((v) => (v as unknown as { listing: Reports }).listing.length > 0).length,
    ).toBeGreaterThan(3);
  });

  test('a village’s sources name it exactly as its entry does', () => {
    const bulletins = new Map(parsedOf('bulletins').map((b) => [b.id, b.body]));
    const villages = parsedOf('villages') as unknown as { id: string; name: string; sources: Ref[] }[];
    expect(villages.filter((v) => v.sources.length > 0).length).toBeGreaterThan(100);
    for (const village of villages) {
      for (const source of village.sources)
        expect(bulletins.get(source.id), village.id).toContain(village.name);
    }
  });

  test('bulletins run to about 1,500 characters and name villages and units', () => {
    const units = (parsedOf('units') as unknown as { name: string }[]).map((u) => u.name);
    for (const bulletin of parsedOf('bulletins')) {
      expect(bulletin.body.replace(/\s/g, '').length, bulletin.id).toBeGreaterThanOrEqual(1400);
      expect(
        units.some((name) => bulletin.body.includes(name)),
        bulletin.id,
      ).toBe(true);
    }
  });

  test('some open items are past their expected completion, most are not', () => {
    const latest =
      (parsedOf('bulletins') as unknown as { date: string }[])
        .map((b) => b.date)
        .sort()
        .at(-1) ?? '';
    const items = parsedOf('items') as unknown as {
      expectedCompletion?: PartialDate;
      history: { status: ItemStatus }[];
    }[];
    const late = items.filter(
      (item) =>
        item.expectedCompletion &&
        !isSettled(item.history.at(-1)?.status) &&
        partialDateEnd(item.expectedCompletion) < latest,
    );
    expect(late.length).toBeGreaterThan(20);
    expect(late.length).toBeLessThan(items.length / 2);
  });

  test('every place, unit and person is visibly synthetic', () => {
    const names = [...parsedOf('towns'), ...parsedOf('villages'), ...parsedOf('units')].map(
      (e) => (e as unknown as { name: string }).name,
    );
    const people = parsedOf('teams').flatMap((t) => {
      const team = t as unknown as {
        firstSecretary: { name: string }[];
        members: string[];
        headVisit: { who?: string }[];
      };
      return [
        ...team.firstSecretary.map((f) => f.name),
        ...team.members,
        ...team.headVisit.map((v) => v.who),
      ].filter((n) => n !== undefined);
    });
    for (const name of [...names, ...people]) expect(name).toMatch(/^测试/);
  });
});

test('the generator refuses to empty a folder it did not write', () => {
  const foreign = fs.mkdtempSync(path.join(os.tmpdir(), 'not-a-fixture-'));
  fs.writeFileSync(path.join(foreign, 'keep.txt'), 'mine');
  expect(() => writeArchive([], foreign)).toThrow(/refusing/);
  expect(fs.readFileSync(path.join(foreign, 'keep.txt'), 'utf8')).toBe('mine');
  fs.rmSync(foreign, { recursive: true });
});
