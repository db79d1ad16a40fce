import type { z } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（每项一行，以“- ”开头）',
  object: '带字段的对象',
  date: '日期',
  undefined: '空',
  null: '空值',
};

function describeValue(input: unknown): string {
  if (input === undefined) return '空';
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  if (input instanceof Date) return '日期';
  if (typeof input === 'object' || typeof input === 'function') return '对象';
  const kind = typeof input === 'string' ? '文字' : (TYPE_NAMES[typeof input] ?? typeof input);
  const text =
    typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean' ? String(input) : '';
  return `${kind}“${text}”`;
}

/** Turns one zod issue into a sentence an editor can act on: what was expected, what was found. */
export function zodIssueMessage(issue: z.core.$ZodIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `缺少必填字段（应为${TYPE_NAMES[issue.expected] ?? issue.expected}）`;
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际是${describeValue(input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `至少要有 ${String(issue.minimum)} 项`;
      if (issue.origin === 'string') return '不能为空';
      return `应不小于 ${String(issue.minimum)}，实际是 ${String(input)}`;
    case 'too_big':
      return `应不大于 ${String(issue.maximum)}，实际是 ${String(input)}`;
    case 'invalid_value':
      return `只能是以下之一：${issue.values.map(String).join('、')}；实际是“${String(input)}”`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}（请检查拼写，字段名区分大小写）`;
    case 'invalid_union':
      return `写法不对，实际是${describeValue(input)}`;
    default:
      return issue.message;
  }
}
