import { describe, expect, test } from 'vitest';
import { bodyProblems } from '../../src/lib/integrity/body-rules.ts';
import { formatProblem } from '../../src/lib/integrity/problem.ts';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import type { CollectionName } from '../../src/schemas/common.ts';

const HEAD = '---\nissue: 2\n---\n\n第一段。\n\n';
/** The problems of a body placed after a 3-line frontmatter and one paragraph: its first line is line 7. */
const problems = (body: string, collection: CollectionName = 'bulletins', file = 'bulletins/x.mdx') =>
  bodyProblems(parseEntry(collection, file, HEAD + body).entry!).map(formatProblem);

describe('a body may not hold code, HTML or another site', () => {
  test.each([
    ['an import', "import fs from 'node:fs'\n", '7  （正文）  错误：正文里不能写 import 或 export'],
    ['an export', 'export const x = 1\n', '正文里不能写 import 或 export'],
    [
      'an expression',
      '人数{globalThis.process.env.HOME}人\n',
      '7  （正文）  错误：花括号“{ }”在 MDX 里是代码',
    ],
    ['a script tag', '<script>alert(1)</script>\n', '正文里不能写 HTML 标签 <script>'],
    ['an inline event handler', '文字<img src=x onerror=alert(1)>\n', '正文里不能写 HTML 标签 <img>'],
    ['an iframe', '<iframe src="https://e.com/"></iframe>\n', '正文里不能写 HTML 标签 <iframe>'],
    ['a component', '<Note>注意</Note>\n', '正文里不能使用组件 <Note>'],
    ['an HTML comment', '<!-- 注释 -->\n', 'HTML 注释 <!-- --> 不能用在正文里'],
    ['an off-site link', '[市政府](https://www.zhaoyuan.gov.cn/)\n', '链接只能指向本站的网页'],
    ['an angle-bracket address', '<https://e.com/>\n', '链接只能指向本站的网页'],
    ['a javascript: link', '[点我](javascript:alert(1))\n', '会在读者的浏览器里运行代码'],
    ['a remote image', '![图](https://e.com/a.png)\n', '图片只能用本站的文件'],
    ['a link definition off the site', '[市政府][z]\n\n[z]: https://e.com/\n', '链接只能指向本站的网页'],
    ['a protocol-relative image', '![图](//e.com/a.png)\n', '图片只能用本站的文件'],
  ])('%s is refused at its line', (_what, body, expected) => {
    const found = problems(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(expected);
    expect(found[0]).toMatch(/^bulletins\/x\.mdx:\d+ {2}（正文） {2}错误：/);
  });

  test.each([
    [
      'Markdown of every kind',
      '## 二\n\n- 甲\n- 乙\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n> 引\n\n**粗**[^1]\n\n[^1]: 注\n',
    ],
    ['a comment', '{/* 编者注：待核对 */}\n\n正文{/* 行内 */}。\n'],
    ['escaped braces and a bracket in text', '数量\\{5\\}，比例<5%\n'],
    ['braces inside code', '`{x}`\n\n```\n{y}\n```\n'],
    ['links within the site', '[西沟子村](/villages/xigouzi/) [第3段](#p3) [邮箱](mailto:a@b.cn)\n'],
    ['a bare address, shown as text', '网址 www.zhaoyuan.gov.cn。\n'],
  ])('%s passes', (_what, body) => {
    expect(problems(body)).toEqual([]);
  });

  test('a body where none is published is a warning, not lost in silence', () => {
    expect(problems('备注：村里新修了路。\n', 'villages', 'villages/x.md')).toEqual([
      'villages/x.md:5  （正文）  警告：这类条目的正文不会显示在网站上：请把内容写进相应字段，或写成注释 {/* … */}',
    ]);
  });
});
