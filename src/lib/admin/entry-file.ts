import { parse, stringify } from 'yaml';
import { BODY_FIELD, ID_FIELD } from './form-names.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)([\s\S]*)$/m;

/**
 * An entry file as the form editor sees it: the frontmatter's fields and the body. YAML is read with
 * the core schema, as the validator reads it, so 2015-07-03 stays the text the editor typed.
 */
export function readEntryFile(text: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(text);
  if (!match) return { [BODY_FIELD]: text };
  const fields: unknown = parse(match[1] ?? '', { schema: 'core' }) ?? {};
  const data =
    typeof fields === 'object' && !Array.isArray(fields) ? (fields as Record<string, unknown>) : {};
  return { ...data, [BODY_FIELD]: match[2] ?? '' };
}

/** The names of a collection's form fields, with those of the fields inside each. */
export interface FieldOrder {
  name: string;
  fields?: FieldOrder[];
  field?: FieldOrder;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value with its keys in the form's order (the schema's), any others after them as they came. */
function ordered(value: unknown, fields: FieldOrder[] | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, fields));
  if (!isRecord(value) || !fields) return value;
  const known = fields.filter((field) => field.name in value);
  const rest = Object.keys(value).filter((key) => !fields.some((field) => field.name === key));
  return Object.fromEntries([
    ...known.map((field) => [field.name, ordered(value[field.name], field.fields)]),
    ...rest.map((key) => [key, value[key]]),
  ]);
}

/**
 * The file the form editor writes: frontmatter with its fields in the schema's order, then the body;
 * the file-name field is not a field of the file.
 */
export function writeEntryFile(data: Record<string, unknown>, order?: FieldOrder[]): string {
  const { [ID_FIELD]: _id, [BODY_FIELD]: body, ...rest } = data;
  const fields = ordered(rest, order) as Record<string, unknown>;
  const yaml = Object.keys(fields).length > 0 ? stringify(fields, { lineWidth: 0, singleQuote: true }) : '';
  const text = typeof body === 'string' ? body : '';
  // A body is separated from the closing --- by a blank line, as the scaffolds and imports write it.
  const separated = text === '' || text.startsWith('\n') ? text : `\n${text}`;
  return `---\n${yaml}---\n${separated}`;
}

/** A bulletin's file name from its date and issue: 2015-07-03 and 2 → 2015-02. */
export function issueFileName(date: unknown, issue: unknown): string | undefined {
  const year = typeof date === 'string' ? /^(\d{4})-/.exec(date)?.[1] : undefined;
  const number = typeof issue === 'number' ? issue : typeof issue === 'string' ? Number(issue) : NaN;
  if (!year || !Number.isInteger(number) || number < 1) return undefined;
  return `${year}-${String(number).padStart(2, '0')}`;
}
