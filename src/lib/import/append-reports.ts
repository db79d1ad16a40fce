import { isScalar, isSeq, parseDocument, YAMLSeq } from 'yaml';

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---\r?(?:\n|$))/;

/** A report to append at the end of one list field of an entry's frontmatter. */
export interface Addition {
  field: string;
  report: Record<string, unknown>;
  /** A YAML comment written on the line above the new report. */
  comment?: string;
}

/**
 * Appends reports to list fields of a Markdown entry's frontmatter through YAML's Document API, so
 * the rest of the file (comments, quoting, order, the body) stays exactly as the editor wrote it.
 * A missing or empty field becomes a list; a list written inline (`[]`) becomes one item per line,
 * as editors write them.
 */
export function appendReports(text: string, additions: readonly Addition[]): string {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('文件开头缺少用“---”包围的字段区（frontmatter）');
  const [whole, open, yaml, close] = match as unknown as [string, string, string, string];
  const doc = parseDocument(yaml, { schema: 'core' });
  if (doc.errors.length) throw new Error(`字段区（YAML）写法有误：${doc.errors[0]!.message.split('\n')[0]}`);
  for (const { field, report, comment } of additions) {
    let list = doc.get(field, true);
    if (list === undefined || (isScalar(list) && list.value === null)) {
      list = new YAMLSeq();
      doc.set(field, list);
    }
    if (!isSeq(list)) throw new Error(`字段 ${field} 应为列表（每项一行，以“- ”开头）`);
    list.flow = false;
    const node = doc.createNode(report);
    if (comment) node.commentBefore = ` ${comment}`;
    list.items.push(node);
  }
  return `${open}${doc.toString({ lineWidth: 0 })}${close}${text.slice(whole.length)}`;
}
