import { expect, test } from 'vitest';
import { townName, unitName, villageName } from '../../tools/fixture/names.ts';
import { SCALES } from '../../tools/fixture/scales.ts';

const { villages, towns } = SCALES.province;

test('a province has enough distinct village, unit and town names, and none is part of another', () => {
  const names = [
    ...Array.from({ length: villages }, (_, i) => villageName(i)),
    ...Array.from({ length: villages }, (_, i) => unitName(i).name),
    ...Array.from({ length: towns }, (_, i) => townName(i).name),
  ];
  expect(new Set(names).size).toBe(names.length);
  // Same length and kind-specific endings: a name can only contain another of a different length.
  const byLength = new Map<number, string[]>();
  for (const name of names) byLength.set(name.length, [...(byLength.get(name.length) ?? []), name]);
  const lengths = [...byLength.keys()].sort();
  for (const shorter of lengths) {
    for (const longer of lengths.filter((l) => l > shorter)) {
      const inside = (byLength.get(longer) ?? []).filter((long) =>
        (byLength.get(shorter) ?? []).some((short) => long.includes(short)),
      );
      expect(inside.slice(0, 3)).toEqual([]);
    }
  }
});
