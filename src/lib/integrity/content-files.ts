import fs from 'node:fs';
import path from 'node:path';
import type { CollectionName } from '../../schemas/common.ts';
import { COLLECTION_EXTENSIONS } from '../../schemas/index.ts';
import { editDistance } from './name-typos.ts';
import { SITE_CONFIG_FILE } from './site-config.ts';
import type { Problem } from './problem.ts';

/** A file that is an entry of its collection, by where it sits and how it is named. */
export interface EntryFile {
  collection: CollectionName;
  /** Absolute path. */
  path: string;
  /** The file name without its extension: the entry's id and permanent URL. */
  id: string;
}

const EXTENSIONS: Record<CollectionName, readonly string[]> = COLLECTION_EXTENSIONS;
const COLLECTIONS = Object.keys(EXTENSIONS) as CollectionName[];

/** Files an operating system or an editor leaves beside the content; never entries, worth a word. */
const SYSTEM_FILE = /^(\.DS_Store|Thumbs\.db|desktop\.ini|~\$.*|\..*\.swp|.*~)$/i;
/** Other hidden files are tools' own (`.gitkeep`, `.gitignore`, the fixture generator's marker). */
const HIDDEN_FILE = /^\./;

const nearest = (name: string) =>
  COLLECTIONS.map((c) => ({ c, d: editDistance(name.toLowerCase(), c, 3) }))
    .filter(({ d }) => d <= 3)
    .sort((a, b) => a.d - b.d)[0]?.c;

function wrongExtension(collection: CollectionName, name: string): string {
  const allowed = EXTENSIONS[collection];
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  const list = allowed.map((e) => `“${e}”`).join('或');
  if (allowed.includes(ext.toLowerCase()))
    return `扩展名“${ext}”要用小写：请改名为 ${stem}${ext.toLowerCase()}，否则这个文件不会发布`;
  if (/^\.(markdown|mdown|mkd|mkdn|txt)$/i.test(ext))
    return `扩展名“${ext}”不会被读取：这个文件夹的文件扩展名只能是${list}，请改名为 ${stem}.md`;
  if (ext.toLowerCase() === '.mdx')
    return `这个文件夹的文件只能是${list}，不用 MDX：请改名为 ${stem}.md，否则这个文件不会发布`;
  if (/^\.(docx?|wps|pdf)$/i.test(ext))
    return `原件（${ext}）不能直接放在这里，它不会发布：旧简报请用 npm run import 转成草稿，原件放进 docs/sources/`;
  return `这个文件不会发布：这个文件夹只放扩展名为${list}的条目文件`;
}

/**
 * Every file under the content folder, sorted into the entries of each collection and everything
 * else, each of which is reported: a file the site would not read never disappears without a word.
 * The validator and the site's content loader both take their entries from here.
 */
export function contentFiles(
  dir: string,
  root: string = process.cwd(),
): { files: EntryFile[]; problems: Problem[] } {
  const files: EntryFile[] = [];
  const problems: Problem[] = [];
  const shown = (file: string) => path.relative(root, file) || file;
  const report = (severity: Problem['severity'], file: string, message: string) =>
    problems.push({ severity, file: shown(file), field: '（文件名）', message });
  if (!fs.existsSync(dir)) return { files, problems };
  const all = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => !d.isDirectory())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
  const reportedFolders = new Set<string>();
  const seen = new Map<string, string>();
  for (const file of all) {
    const parts = path.relative(dir, file).split(path.sep);
    const name = parts.at(-1)!;
    if (SYSTEM_FILE.test(name)) {
      report('warning', file, '这是操作系统或编辑器自动生成的文件，不会发布，可以删除');
      continue;
    }
    if (HIDDEN_FILE.test(name)) continue;
    const top = parts[0]!;
    if (parts.length === 1 && name === SITE_CONFIG_FILE) continue;
    if (parts.length === 1) {
      report(
        'error',
        file,
        `文件不在任何内容文件夹里，不会发布：请放进 ${COLLECTIONS.join('、')} 中的一个文件夹`,
      );
      continue;
    }
    if (!(COLLECTIONS as string[]).includes(top)) {
      if (reportedFolders.has(top)) continue;
      reportedFolders.add(top);
      const guess = nearest(top);
      report(
        'error',
        path.join(dir, top),
        `文件夹“${top}”不是内容文件夹，里面的文件都不会发布${guess ? `：是不是“${guess}”？` : '。'}内容文件夹只有 ${COLLECTIONS.join('、')}`,
      );
      continue;
    }
    const collection = top as CollectionName;
    if (parts.length > 2) {
      report(
        'error',
        file,
        `子文件夹里的文件不会发布：请把 ${name} 直接放在 ${collection}/ 文件夹下（不要再分子文件夹）`,
      );
      continue;
    }
    const ext = path.extname(name);
    if (!EXTENSIONS[collection].includes(ext)) {
      report('error', file, wrongExtension(collection, name));
      continue;
    }
    const id = name.slice(0, name.length - ext.length);
    const twin = seen.get(`${collection}/${id}`);
    if (twin) {
      report(
        'error',
        file,
        `与 ${shown(twin)} 是同一个条目（文件名相同，只是扩展名不同），网站只能发布其中一个：请删除或改名其中一个`,
      );
      continue;
    }
    seen.set(`${collection}/${id}`, file);
    files.push({ collection, path: file, id });
  }
  return { files, problems };
}

/** Characters that never belong in typed text; Word and PDF readers leave them behind. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/g;

const RESAVE =
  '请用 VS Code 打开它，点右下角显示的编码，选“通过编码保存”→“UTF-8”；或用记事本“另存为”，编码选“UTF-8”';

/**
 * A content file's text, which must be UTF-8. GBK/GB18030 (what Notepad calls ANSI on a Chinese
 * Windows) and UTF-16 (Notepad's “Unicode”) are recognised and named, never published as mojibake.
 */
export function readContentFile(file: string, shownAs: string): { text?: string; problems: Problem[] } {
  const bytes = fs.readFileSync(file);
  const problem = (message: string, line = 1): Problem => ({
    severity: 'error',
    file: shownAs,
    line,
    field: '（整个文件）',
    message,
  });
  const nulls = bytes.subarray(0, 4096).filter((b) => b === 0).length;
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || nulls > 16;
  if (utf16)
    return {
      problems: [problem(`文件是 UTF-16 编码（记事本里叫“Unicode”），不是 UTF-8，无法读取：${RESAVE}`)],
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let gbk: boolean;
    try {
      gbk = /\p{Script=Han}/u.test(new TextDecoder('gb18030', { fatal: true }).decode(bytes));
    } catch {
      gbk = false;
    }
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
    return {
      problems: [
        problem(
          gbk
            ? `文件是 GBK/GB18030 编码（记事本里叫“ANSI”，WPS 和旧版软件常用），不是 UTF-8，发布出来会是乱码：${RESAVE}`
            : `文件不是 UTF-8 文本（第 ${line} 行起有无法识别的字节），无法读取：${RESAVE}`,
          line,
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const found = [...new Set(line.match(CONTROL) ?? [])];
    if (found.length === 0) return;
    const codes = found
      .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
      .join('、');
    problems.push(
      problem(
        `这一行有看不见的控制字符（${codes}），多半是从 Word 或 PDF 复制时带进来的：请删除它（VS Code 里显示为红色小方块），换行请直接按回车`,
        i + 1,
      ),
    );
  });
  return { text, problems };
}

/** Offset of the first byte that does not continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}
