import { formatPath, type Problem } from './problem.ts';
import type { RawEntry } from './read-entries.ts';

/** What may stand between the digits of a number someone typed: spaces, hyphens, dots, dashes. */
const SEP = '[ \\u3000\\-\\u2010-\\u2015\\u2212\\uff0d.\\u00b7]?';
/** Not part of a longer run of digits, even one written with separators. */
const START = `(?<!\\d${SEP})`;
const END = `(?!${SEP}[\\dXx])`;
const PATTERNS = [
  { label: '手机号码', pattern: new RegExp(`${START}1${SEP}[3-9](?:${SEP}\\d){9}${END}`, 'g') },
  { label: '身份证号码', pattern: new RegExp(`${START}\\d(?:${SEP}\\d){16}${SEP}[\\dXx]${END}`, 'g') },
] as const;

/** Full-width digits and X (１３９…, Ｘ) as ASCII, one character for one, so positions stay. */
const asciiDigits = (text: string) =>
  text.replace(/[\uff10-\uff19\uff38\uff58]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Shows enough of a number to find it, not enough to republish it in a build log. */
export function maskNumber(value: string): string {
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** Mobile and ID numbers in a text, minus those the office publishes on purpose. */
export function personalNumbers(
  text: string,
  allowed: ReadonlySet<string>,
): { label: string; value: string }[] {
  const plain = asciiDigits(text);
  return PATTERNS.flatMap(({ label, pattern }) =>
    [...plain.matchAll(pattern)]
      .map((m) => ({ label, value: m[0].replace(/[^\dXx]/g, '') }))
      .filter(({ value }) => !allowed.has(value)),
  );
}

function stringsIn(value: unknown, at: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path: at, text: value }];
  if (typeof value === 'number' && Number.isInteger(value)) return [{ path: at, text: String(value) }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, [...at, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...at, key]));
  }
  return [];
}

const warning = (
  entry: RawEntry,
  line: number,
  field: string,
  found: { label: string; value: string },
): Problem => ({
  severity: 'warning',
  file: entry.file,
  line,
  field,
  message: `可能含有不宜公开的个人信息：${found.label}“${maskNumber(found.value)}”。请删除或改写；若是单位公开的号码，请把它加入 src/config/allowlist.ts`,
});

/** Mobile phone and ID card numbers anywhere in an entry, frontmatter or body. */
export function personalDataProblems(entries: readonly RawEntry[], allowed: ReadonlySet<string>): Problem[] {
  return entries.flatMap((entry) => [
    ...stringsIn(entry.data).flatMap(({ path, text }) =>
      personalNumbers(text, allowed).map((found) =>
        warning(entry, entry.lineOf(path), formatPath(path), found),
      ),
    ),
    ...entry.body
      .split('\n')
      .flatMap((line, i) =>
        personalNumbers(line, allowed).map((found) => warning(entry, entry.bodyLine + i, '（正文）', found)),
      ),
  ]);
}
