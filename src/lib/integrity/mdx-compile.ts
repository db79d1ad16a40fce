import { mdxToJs } from 'satteri';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read-entries.ts';

const POSITION = /^(\d+):(\d+):\s*/;

/** Satteri's English diagnostics, rephrased for editors with what to write instead. */
function explain(message: string): string {
  const tag = /closing tag for `<([^>]*)>`/.exec(message);
  if (tag)
    return `标签 <${tag[1]}> 没有闭合：应写成 <${tag[1]}>…</${tag[1]}> 或 <${tag[1]} />；若“<”只是正文文字，请写成“\\<”`;
  const stray = /Unexpected closing tag `([^`]*)`/.exec(message);
  if (stray) return `多出一个结束标签 ${stray[1]}，前面没有对应的开始标签：请删除它或补上开始标签`;
  if (/to create a comment in MDX/.test(message))
    return 'MDX 里不能用 <!-- --> 写注释：请改为 {/* 注释 */} 或删除';
  if (/Unexpected character after `<`/.test(message)) {
    return '“<”后面不是合法的标签名：若“<”是正文文字（如“数量<5”），请写成“\\<”或全角“＜”';
  }
  if (/brace|expression/i.test(message)) {
    return '花括号 { } 没有配对或里面不是合法的代码：MDX 把 { } 当作代码；若是正文文字，请写成“\\{”和“\\}”';
  }
  return `正文无法按 MDX 编译：${message}`;
}

/**
 * Compiles an MDX body with Sätteri, the compiler Astro's MDX integration uses, and reports the
 * first syntax error at its line in the file (an unclosed tag stops the whole page from building).
 */
export function mdxProblems(entry: RawEntry): Problem[] {
  if (!entry.file.endsWith('.mdx')) return [];
  try {
    mdxToJs(entry.body);
    return [];
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = POSITION.exec(raw);
    const bodyLine = position ? Number(position[1]) : 1;
    const message = raw
      .replace(POSITION, '')
      .replace(/\s*\([^()]*:[^()]*\)\s*$/, '')
      .replace(/\s*\(\d+:\d+\)/, '');
    return [
      {
        severity: 'error',
        file: entry.file,
        line: entry.bodyLine + bodyLine - 1,
        field: '（正文）',
        message: explain(message),
      },
    ];
  }
}
