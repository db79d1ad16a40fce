import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BREAKAGES, breakContent, type Edit } from '../support/breakages.ts';
import { runScript } from './run.ts';

/** Breaks files of a copy of the real content, then runs `npm run check` on it. */
function checkBroken(name: string, edits: Record<string, Edit>) {
  return runScript('check', [], { ARCHIVE_CONTENT_DIR: breakContent(`check-${name}`, edits) });
}

describe.each(BREAKAGES)('npm run check refuses $what', ({ file, edit, expected }) => {
  test('exits 1 naming the file and the field', () => {
    const run = checkBroken(path.basename(file), { [file]: edit });
    expect(run.status).toBe(1);
    for (const fragment of expected) expect(run.stderr).toContain(fragment);
  });
});

test('two broken files are both named in one run', () => {
  const run = checkBroken('two-files', {
    'villages/guojia.md': (text) => text.replace('name: 郭家村', 'name: [郭家村'),
    'teams/zhujianju.md': (text) => text.replace('village: xigouzi', 'village: xigouzhi'),
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('villages/guojia.md:');
  expect(run.stderr).toContain('teams/zhujianju.md:3  village');
  expect(run.stderr).toContain('发现 2 处错误');
});

test('warnings alone are printed and the check still passes', () => {
  const run = checkBroken('warnings-only', {
    'bulletins/2015-02.mdx': (text) => text.replace('到所包毕郭镇西沟子村', '到所包毕郭镇西沟村'),
    // The team's head visit quotes that sentence: the quote copies the slip, so it is still found.
    'teams/zhujianju.md': (text) => text.replace('到所包毕郭镇西沟子村', '到所包毕郭镇西沟村'),
  });
  expect(run.stderr).toMatch(
    /bulletins\/2015-02\.mdx:\d+ {2}（正文） {2}警告：“西沟村”与已登记的后进村“西沟子村”只差一个字/,
  );
  expect(run.status).toBe(0);
});

test('the issue-2 fixture passes the check with nothing to report', () => {
  const run = runScript('check');
  expect(run.status).toBe(0);
  expect(run.stderr.trim()).toBe('');
  expect(run.stdout).toContain('全部通过检查');
});
