import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/integrity/problem.ts';
import { validateArchive } from '../../src/lib/integrity/validate.ts';
import { copyContent } from '../support/build.ts';
import { ISSUE2_FIXTURE, ROOT } from '../support/paths.ts';

const village = fs.readFileSync(path.join(ISSUE2_FIXTURE, 'villages/guojia.md'), 'utf8');

/** The check's lines for a copy of the fixture with one more file. */
function checkWith(name: string, file: string, content: string | Buffer): string[] {
  const dir = copyContent(`files-${name}`);
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
  return validateArchive(dir, ROOT).problems.map(formatProblem);
}

describe('every file under the content folder is an entry or reported', () => {
  test.each([
    [
      'a folder typo, with the collection meant',
      'bulletin/2015-03.mdx',
      '文件夹“bulletin”不是内容文件夹，里面的文件都不会发布：是不是“bulletins”？',
    ],
    ['a file outside every collection', '2015-03.mdx', '文件不在任何内容文件夹里，不会发布'],
    ['a sub-folder', 'villages/2015/dongcun.md', '子文件夹里的文件不会发布'],
    ['an upper-case extension', 'villages/dongcun.MD', '扩展名“.MD”要用小写：请改名为 dongcun.md'],
    ['a .markdown file', 'villages/dongcun.markdown', '扩展名“.markdown”不会被读取'],
    ['an MDX village', 'villages/dongcun.mdx', '这个文件夹的文件只能是“.md”，不用 MDX'],
    ['a Word file', 'bulletins/2015-03.docx', '原件（.docx）不能直接放在这里'],
  ])('%s', (_what, file, expected) => {
    const lines = checkWith(file.replace(/\W/g, '-'), file, village.replace('guojia', 'dongcun'));
    expect(lines.join('\n')).toContain(expected);
    expect(lines.find((l) => l.includes(expected))).toMatch(/错误：/);
  });

  test('a .md beside an .mdx of the same id is refused, not quietly swapped in', () => {
    const bulletin = fs.readFileSync(path.join(ISSUE2_FIXTURE, 'bulletins/2015-02.mdx'), 'utf8');
    const lines = checkWith('twin', 'bulletins/2015-02.md', bulletin.replace('全市', '假的'));
    expect(lines.join('\n')).toMatch(
      /2015-02\.mdx {2}（文件名） {2}错误：与 \S*bulletins\/2015-02\.md 是同一个条目/,
    );
  });

  test('a GBK file is named as GBK, a UTF-16 file as UTF-16, never published as mojibake', () => {
    const gbkBytes = Buffer.from(
      // “---\nname: 东村\n---\n” in GBK: 东 = B6AB, 村 = B4E5
      [...Buffer.from('---\nname: '), 0xb6, 0xab, 0xb4, 0xe5, ...Buffer.from('\n---\n')],
    );
    expect(checkWith('gbk', 'villages/dongcun.md', gbkBytes).join('\n')).toContain('文件是 GBK/GB18030 编码');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(village, 'utf16le')]);
    expect(checkWith('utf16', 'villages/dongcun.md', utf16).join('\n')).toContain('文件是 UTF-16 编码');
  });

  test('a control character pasted from Word is reported at its line', () => {
    const lines = checkWith('control', 'villages/dongcun.md', village.replace('郭家村', '郭家\u000b村'));
    expect(lines.join('\n')).toMatch(/villages\/dongcun\.md:\d+ .*看不见的控制字符（U\+000B）/);
  });

  test('YAML anchors and aliases are refused before they can multiply', () => {
    const bomb =
      '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nname: *b\n---\n';
    const lines = checkWith('alias', 'villages/dongcun.md', bomb);
    expect(lines.join('\n')).toContain('字段区不能用 YAML 的锚点“&a”');
    expect(lines.join('\n')).not.toMatch(/at \w+ \(/);
  });

  test('system files beside the content are a warning only', () => {
    const lines = checkWith('ds-store', 'villages/.DS_Store', 'x');
    expect(lines).toEqual([expect.stringMatching(/\.DS_Store {2}（文件名） {2}警告：/)]);
  });
});

test('hidden files of tools (.gitkeep, a generator marker) are left alone', () => {
  expect(checkWith('gitkeep', 'villages/.gitkeep', '')).toEqual([]);
  expect(checkWith('marker', '.archive-fixture', 'x')).toEqual([]);
});
