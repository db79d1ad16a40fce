/** One thing wrong (error) or suspicious (warning) in one content file. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path of the file, relative to the project root where possible. */
  file: string;
  /** 1-based line of the offending field, when known. */
  line?: number;
  /** The field as written in frontmatter, e.g. `history[0].status`; empty for the whole file. */
  field: string;
  /** What is wrong and what was expected, in Chinese. */
  message: string;
}

/** `file:line  field  message`, the form editors read in the terminal and in build logs. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const tag = problem.severity === 'warning' ? '警告' : '错误';
  return `${where}  ${problem.field || '（整个文件）'}  ${tag}：${problem.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
