import stringWidth from 'string-width';

export type Outcome = 'written' | 'skipped' | 'refused';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  written: '已写成草稿',
  skipped: '跳过',
  refused: '未导入',
};

export interface SummaryRow {
  file: string;
  outcome: Outcome;
  detail: string;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - stringWidth(text)));

/** The closing table: one row per file, columns aligned as a terminal shows Chinese (two cells a character). */
export function summaryTable(rows: readonly SummaryRow[]): string {
  const count = (outcome: Outcome) => rows.filter((row) => row.outcome === outcome).length;
  const header = ['文件', '结果', '说明'];
  const cells = rows.map((row) => [row.file, OUTCOME_LABELS[row.outcome], row.detail]);
  const widths = [0, 1].map((column) =>
    Math.max(stringWidth(header[column]!), ...cells.map((cell) => stringWidth(cell[column]!))),
  );
  const line = (cell: string[]) =>
    `  ${pad(cell[0]!, widths[0]!)}  ${pad(cell[1]!, widths[1]!)}  ${cell[2]}`.trimEnd();
  return [
    `导入结果：共 ${rows.length} 个文件，${count('written')} 个写成草稿，${count('skipped')} 个跳过，${count('refused')} 个未导入`,
    line(header),
    line(widths.map((width) => '─'.repeat(width)).concat('─'.repeat(4))),
    ...cells.map(line),
  ].join('\n');
}
