import { expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/integrity/problem.ts';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import { duplicateIssues, unresolvedReferences, type CheckedEntry } from '../../src/lib/integrity/rules.ts';
import { checkEntry } from '../../src/lib/integrity/validate.ts';
import type { CollectionName } from '../../src/schemas/common.ts';

function entry(collection: CollectionName, file: string, text: string): CheckedEntry {
  const raw = parseEntry(collection, file, text).entry;
  const checked = raw && checkEntry(raw).entry;
  if (!checked) throw new Error(`fixture ${file} does not pass its schema`);
  return checked;
}

test('a team whose village does not exist fails with the file and field named', () => {
  const team = entry('teams', 'teams/zhujianju.md', '---\nunit: zhujianju\nvillage: xigouzhi\n---\n');
  const problems = unresolvedReferences([team], new Set(['units/zhujianju'])).map(formatProblem);
  expect(problems).toEqual([
    'teams/zhujianju.md:3  village  错误：找不到后进村“xigouzhi”：应为 villages 目录下已有文件的文件名（不带扩展名）',
  ]);
});

test('a status report tied to a bulletin that does not exist fails at its list position', () => {
  const item = entry(
    'items',
    'items/well.md',
    '---\ntitle: 水井\nteam: gongdian\ncategory: water\nhistory:\n  - status: planned\n    bulletin: 2015-02\n  - status: completed\n    bulletin: 2015-99\n---\n',
  );
  const known = new Set(['teams/gongdian', 'bulletins/2015-02']);
  expect(unresolvedReferences([item], known).map(formatProblem)).toEqual([
    'items/well.md:9  history[1].bulletin  错误：找不到简报“2015-99”：应为 bulletins 目录下已有文件的文件名（不带扩展名）',
  ]);
});

test('two bulletins with the same issue number in one series and year fail, naming the first', () => {
  const text = (date: string) => `---\nissue: 2\ndate: ${date}\nissuer: 市帮扶办\ntitle: 通报\n---\n`;
  const first = entry('bulletins', 'bulletins/2015-02.mdx', text('2015-07-03'));
  const second = entry('bulletins', 'bulletins/2015-02b.mdx', text('2015-09-01'));
  const nextYear = entry('bulletins', 'bulletins/2016-02.mdx', text('2016-07-03'));
  expect(duplicateIssues([first, second, nextYear]).map(formatProblem)).toEqual([
    'bulletins/2015-02b.mdx:2  issue  错误：期号重复：2015年第2期已由 bulletins/2015-02.mdx 使用，同一刊名同一年内期号不能重复',
  ]);
});
