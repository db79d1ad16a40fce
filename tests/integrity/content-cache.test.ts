import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { contentCacheDir } from '../../src/lib/content-dir.ts';
import { buildSite, copyContent } from '../support/build.ts';
import { ISSUE2_FIXTURE, ROOT } from '../support/paths.ts';

test('a build from a content folder that is then removed never breaks the next build', () => {
  const removed = copyContent('cache-removed');
  const first = buildSite('cache-first', { contentDir: removed });
  expect(first.ok, first.output).toBe(true);
  fs.rmSync(removed, { recursive: true, force: true });

  const next = buildSite('cache-next', { contentDir: ISSUE2_FIXTURE });
  expect(next.ok, next.output).toBe(true);
  const store = path.join(contentCacheDir(ROOT, ISSUE2_FIXTURE), 'data-store.json');
  expect(fs.readFileSync(store, 'utf8')).not.toContain(path.basename(removed));
  for (const build of [first, next]) fs.rmSync(build.outDir, { recursive: true, force: true });
});
