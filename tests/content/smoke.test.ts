import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/integrity/problem.ts';
import { validateArchive } from '../../src/lib/integrity/validate.ts';
import { buildSite, type BuildResult } from '../support/build.ts';
import { ROOT } from '../support/paths.ts';

/**
 * The one test that looks at `src/content`: whatever editors have put there must pass the check and
 * build. It asserts nothing about what the content says, so adding valid content never turns it red.
 */
const CONTENT = path.join(ROOT, 'src/content');
let build: BuildResult;
beforeAll(() => {
  build = buildSite('content-smoke', { contentDir: CONTENT });
});
afterAll(() => fs.rmSync(build.outDir, { recursive: true, force: true }));

test('the content in src/content passes the check without an error', () => {
  const errors = validateArchive(CONTENT, ROOT).problems.filter((p) => p.severity === 'error');
  expect(errors.map(formatProblem)).toEqual([]);
});

test('the content in src/content builds, with a page for every published bulletin', () => {
  expect(build.ok, build.output).toBe(true);
  const { entries } = validateArchive(CONTENT, ROOT);
  const published = entries.filter(
    (e) => e.collection === 'bulletins' && !(e.parsed as { draft: boolean }).draft,
  );
  for (const bulletin of published) {
    expect(
      fs.existsSync(path.join(build.outDir, 'bulletins', bulletin.id, 'index.html')),
      bulletin.file,
    ).toBe(true);
  }
});
