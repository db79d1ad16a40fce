import fs from 'node:fs';
import path from 'node:path';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { CollectionName } from '../../schemas/common.ts';
import type { Problem } from './problem.ts';

/** One content file as written, before any schema has looked at it. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path shown to editors. */
  file: string;
  /** Frontmatter as plain data; dates stay the strings the editor typed. */
  data: unknown;
  body: string;
  /** Line of the first body line, for problems found in the body. */
  bodyLine: number;
  /** The line a field path starts on, or the frontmatter's first line. */
  lineOf(fieldPath: readonly PropertyKey[]): number;
  /** The frontmatter's `# ⚠ …` comment lines: what the import could not read or was unsure of. */
  doubts: { line: number; text: string }[];
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---\r?(?:\n|$)/;

export function nodeAt(doc: Document, fieldPath: readonly PropertyKey[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of fieldPath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) return isMap(node) ? node : undefined;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else break;
  }
  return node as Node | undefined;
}

/** An entry's id: its file name without the extension. */
export function entryId(file: string): string {
  return path.basename(file).replace(/\.(md|mdx)$/, '');
}

/** Parses one file's frontmatter with YAML's core schema, which keeps 2015-13-45 a string. */
export function parseEntry(
  collection: CollectionName,
  file: string,
  text: string,
): { entry?: RawEntry; problems: Problem[] } {
  const id = entryId(file);
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      problems: [
        {
          severity: 'error',
          file,
          line: 1,
          field: '',
          message: '文件开头缺少用“---”包围的字段区（frontmatter），应以一行“---”开始、一行“---”结束',
        },
      ],
    };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  const frontmatterLine = 2;
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + frontmatterLine - 1;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        severity: 'error' as const,
        file,
        line: lineAt(error.pos[0]),
        field: '（字段区）',
        message: `字段区（YAML）写法有误，无法读取：${yamlErrorMessage(error.code)}（原始信息：${error.message.split('\n')[0]}）`,
      })),
    };
  }
  // An alias repeats another field's value; a few nested ones multiply into millions (a "billion
  // laughs"), and editors never need them. Refused before the document is turned into data.
  const aliases: Problem[] = [];
  visit(doc, (_key, node) => {
    const anchor = isScalar(node) || isMap(node) || isSeq(node) ? node.anchor : undefined;
    const alias = isAlias(node) ? node.source : undefined;
    if (!anchor && !alias) return;
    const range = (node as Node).range;
    aliases.push({
      severity: 'error',
      file,
      line: range ? lineAt(range[0]) : frontmatterLine,
      field: '（字段区）',
      message: `字段区不能用 YAML 的${alias ? `别名“*${alias}”` : `锚点“&${anchor}”`}：请把值直接写出来（若“&”“*”是文字，请给整个值加上引号）`,
    });
  });
  if (aliases.length > 1) aliases[0]!.message += `（字段区共有 ${aliases.length} 处锚点和别名）`;
  if (aliases.length > 0) return { problems: aliases.slice(0, 1) };
  const doubts = yamlText.split('\n').flatMap((line, index) => {
    const doubt = /^\s*#\s*⚠\s*(.*?)\s*$/.exec(line);
    return doubt ? [{ line: frontmatterLine + index, text: doubt[1]! }] : [];
  });
  const bodyStart = match[0].length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length;
  return {
    problems: [],
    entry: {
      collection,
      id,
      file,
      data: doc.toJS() ?? {},
      body: text.slice(bodyStart),
      bodyLine,
      doubts,
      lineOf(fieldPath) {
        const node = nodeAt(doc, fieldPath);
        return node?.range ? lineAt(node.range[0]) : frontmatterLine;
      },
    },
  };
}

export function yamlErrorMessage(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return '同一个字段写了两次';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return '缩进或冒号不对';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return '字段名后缺少冒号，或值跨行没有缩进';
    case 'UNEXPECTED_TOKEN':
      return '出现了不该出现的符号（中文冒号“：”要改成英文冒号“:”加空格）';
    default:
      return '格式不符合 YAML 规则';
  }
}

/** Lists a folder's files with the given extensions (sorted, so every run reports in the same order). */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .map((name) => path.join(dir, name))
    .sort();
}
