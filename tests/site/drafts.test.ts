import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSite, copyContent, type BuildResult } from '../support/build.ts';

const MARKER = '草稿标记甲乙丙';
let build: BuildResult;

/** All text files of a built site, for a search that must come up empty. */
function allFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile());
}

beforeAll(() => {
  const dir = copyContent('drafts');
  fs.writeFileSync(
    path.join(dir, 'bulletins/2015-03.mdx'),
    `---\nissue: 3\ndate: 2015-08-01\nissuer: 招远市后进村帮扶工作领导小组办公室\ntitle: ${MARKER}通报\ndraft: true\n---\n\n${MARKER}正文。\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'cases/draft-case.mdx'),
    `---\ntitle: ${MARKER}案例\nsummary: ${MARKER}\nbulletin: 2015-02\ndraft: true\n---\n\n${MARKER}\n`,
  );
  const item = path.join(dir, 'items/houjia-shuijing.md');
  fs.writeFileSync(
    item,
    fs
      .readFileSync(item, 'utf8')
      .replace(
        'history:\n',
        `history:\n  - status: completed\n    bulletin: 2015-03\n    quote: ${MARKER}\n`,
      ),
  );
  build = buildSite('drafts', { contentDir: dir });
});

test('a draft bulletin, a draft case and a report tied to a draft leave no trace in dist/', () => {
  expect(build.ok, build.output).toBe(true);
  const leaks = allFiles(build.outDir).filter((file) => {
    const bytes = fs.readFileSync(file);
    return bytes.includes(MARKER) || bytes.includes('2015-03');
  });
  expect(leaks).toEqual([]);
  expect(fs.existsSync(path.join(build.outDir, 'bulletins/2015-02/index.html'))).toBe(true);
});
