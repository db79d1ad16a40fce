import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../support/build.ts';

/** Every file under a folder with the hash of its bytes. */
function fingerprints(dir: string): Map<string, string> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
  return new Map(
    files.map((f) => [
      f,
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(dir, f)))
        .digest('hex'),
    ]),
  );
}

test('two builds of the same commit give byte-identical sites, search index included', () => {
  // Two builds of its own, into two folders, so nothing else that reads or rebuilds the shared site interferes.
  const [first, second] = [buildSite('reproducible-first'), buildSite('reproducible-second')];
  expect(first.ok, first.output).toBe(true);
  expect(second.ok, second.output).toBe(true);
  const a = fingerprints(first.outDir);
  const b = fingerprints(second.outDir);
  const differing = [...new Set([...a.keys(), ...b.keys()])]
    .filter((file) => a.get(file) !== b.get(file))
    .map(
      (file) =>
        `${file}: ${!a.has(file) ? 'only in the second build' : !b.has(file) ? 'only in the first build' : 'differs'}`,
    );
  expect(differing, `files that differ between two builds:\n${differing.join('\n')}`).toEqual([]);
  expect([...a.keys()].some((file) => file.startsWith('pagefind/'))).toBe(true);
});
