import type { Nodes } from 'mdast';
import { isSiteUrl, parseBody, walk, withoutComments } from '../body/markdown.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read-entries.ts';

/** Collections whose body is published (the bulletin and case pages); elsewhere a body is not shown. */
const WITH_BODY = new Set(['bulletins', 'cases']);

const MARKDOWN_HINT = '正文只用 Markdown 书写：标题 ##、列表 - 或 1.、表格 |、加粗 **…**、引用 >、脚注 [^1]';

function htmlMessage(html: string): string {
  if (html.startsWith('<!--'))
    return 'HTML 注释 <!-- --> 不能用在正文里：注释请写成 {/* 注释 */}，它不会发布';
  const tag = /^<\/?([A-Za-z][\w.:-]*)/.exec(html)?.[1];
  if (!tag) return `正文里不能写 HTML：${MARKDOWN_HINT}；若“<”只是正文文字，请写成“\\<”或全角“＜”`;
  if (/^[A-Z]/.test(tag))
    return `正文里不能使用组件 <${tag}>：本站的简报和案例正文不提供任何组件，${MARKDOWN_HINT}`;
  return `正文里不能写 HTML 标签 <${tag}>：${MARKDOWN_HINT}；若“<”只是正文文字，请写成“\\<”或全角“＜”`;
}

function urlMessage(kind: 'link' | 'image', url: string): string {
  if (/^\s*(javascript|vbscript|data):/i.test(url))
    return `“${url.slice(0, 40)}”这种地址会在读者的浏览器里运行代码或嵌入内容，不能使用：请删去这个${kind === 'link' ? '链接' : '图片'}`;
  return kind === 'link'
    ? `链接只能指向本站的网页（如 /villages/xigouzi/ 或 #p3）：“${url}”指向其他网站。请删去链接、只留文字；确需写出网址，请用反引号写成 \`${url}\``
    : `图片只能用本站的文件（以 / 开头的地址）：“${url}”来自其他网站，读者打开网页时会去请求那个网站。请删去或改用本站的图片`;
}

/**
 * What a body may hold: Markdown, and nothing that runs or reaches another site. Content is read
 * as plain Markdown and never compiled as MDX, so code would only show as text; it is refused here
 * so that an editor who wrote it learns at once, with the line. The build runs this same rule.
 */
export function bodyProblems(entry: RawEntry): Problem[] {
  const body = withoutComments(entry.body);
  const lineOf = (offset: number) => entry.bodyLine + (body.slice(0, offset).match(/\n/g)?.length ?? 0);
  const problems: Problem[] = [];
  const lines = new Set<string>();
  const report = (offset: number, message: string) => {
    const line = lineOf(offset);
    if (lines.has(`${line}|${message}`)) return;
    lines.add(`${line}|${message}`);
    problems.push({ severity: 'error', file: entry.file, line, field: '（正文）', message });
  };
  if (!WITH_BODY.has(entry.collection)) {
    const first = body.search(/\S/);
    if (first >= 0) {
      problems.push({
        severity: 'warning',
        file: entry.file,
        line: lineOf(first),
        field: '（正文）',
        message: '这类条目的正文不会显示在网站上：请把内容写进相应字段，或写成注释 {/* … */}',
      });
    }
  }
  const root = parseBody(entry.body);
  const code: [number, number][] = [];
  const start = (node: Nodes) => node.position?.start.offset ?? 0;
  for (const { node, ancestors } of walk(root)) {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') {
      code.push([start(node), node.position?.end.offset ?? start(node)]);
    }
    if (node.type === 'html') {
      const html = node.value.trim();
      if (html && !/^<\//.test(html)) report(start(node), htmlMessage(html));
    }
    if (node.type === 'paragraph' && ancestors.length === 1) {
      const text = body.slice(start(node), node.position?.end.offset);
      if (/^(import|export)\s/.test(text)) {
        report(
          start(node),
          '正文里不能写 import 或 export：内容文件不能引入或运行代码，本站也不提供可引入的组件。请删除这一行',
        );
      }
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      // A bare address the parser turned into a link (www.…) is shown as text: nothing to refuse.
      const explicit = node.type === 'definition' || /^[[!<]/.test(body.slice(start(node)));
      if (explicit && !isSiteUrl(node.url)) {
        report(start(node), urlMessage(node.type === 'image' ? 'image' : 'link', node.url));
      }
    }
  }
  for (const match of body.matchAll(/(?<!\\)[{}]/g)) {
    const at = match.index;
    if (code.some(([from, to]) => at >= from && at < to)) continue;
    report(
      at,
      '花括号“{ }”在 MDX 里是代码，正文不能含代码：若是正文文字，请写成全角“｛ ｝”或在前面加反斜杠“\\{”；注释请写成 {/* 注释 */}',
    );
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
