import { stringify } from 'csv-stringify/sync';

/** A cell a spreadsheet would run as a formula: it starts with = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (a change of -2, say) is data, not a formula, and stays a number. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * Neutralises a text cell a spreadsheet would read as a formula (`=HYPERLINK(…)`, `@SUM(…)`,
 * `-2+cmd|…`) with a leading apostrophe, as the OWASP guidance on CSV injection says; Excel then
 * shows the text instead of running it.
 */
export function spreadsheetSafe(cell: string | number): string | number {
  if (typeof cell !== 'string' || !FORMULA_START.test(cell) || PLAIN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

/**
 * Every CSV download is written here: UTF-8 with a byte-order mark so Excel reads the Chinese,
 * Windows line ends, one header row, no cell a spreadsheet would run.
 */
export function csvFile(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return stringify(
    [header, ...rows].map((row) => row.map(spreadsheetSafe)),
    { bom: true, record_delimiter: 'windows' },
  );
}
