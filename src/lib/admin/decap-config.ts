import { z } from 'astro/zod';
import * as zh from '../../i18n/zh.ts';
import {
  calendarDate,
  CALENDAR_DATE_HINT,
  ENTRY_ID,
  partialDate,
  PARTIAL_DATE,
  PARTIAL_DATE_HINT,
  type CollectionName,
  type Ref,
  type RefFactory,
} from '../../schemas/common.ts';
import { collectionSpecs } from '../../schemas/index.ts';
import { BODY_FIELD, fileFormat, ID_FIELD, ID_WIDGET } from './form-names.ts';

/** A field's `/** *\/` doc and the docs of the fields inside it (what `tools/editor/field-docs.ts` reads). */
export interface FieldDocs {
  doc?: string;
  fields: Map<string, FieldDocs>;
}

/** One field of Decap CMS's configuration. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  fields?: DecapField[];
  field?: DecapField;
  [option: string]: unknown;
}

export interface DecapCollection {
  name: CollectionName;
  label: string;
  folder: string;
  extension: string;
  fields: DecapField[];
  [option: string]: unknown;
}

const refTargets = new WeakMap<z.ZodType, CollectionName>();

/** A reference factory whose fields the generator can recognise as relations. */
export const formRef: RefFactory = <C extends CollectionName>(collection: C) => {
  const schema = z
    .string()
    .min(1)
    .transform((id): Ref<C> => ({ collection, id }));
  refTargets.set(schema, collection);
  return schema as unknown as z.ZodType<Ref<C>, unknown>;
};

const specs = collectionSpecs(formRef);
type Specs = typeof specs;

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const shapeOf = (schema: z.ZodType) => defOf(schema)['shape'] as Record<string, z.ZodType>;

/** Every flat table of Chinese labels in `src/i18n/zh.ts`, to name enum values. */
const LABEL_TABLES = Object.values(zh).filter(
  (value): value is Record<string, string> =>
    typeof value === 'object' && Object.values(value).every((label) => typeof label === 'string'),
);

/** The Chinese labels of an enum's values, from a label table naming every one of them. */
function enumOptions(values: string[], path: string): { label: string; value: string }[] {
  const labelsAll = (candidate: Record<string, string>) =>
    values.every((value) => typeof candidate[value] === 'string' && candidate[value] !== '');
  // A table of exactly these values, else the smallest that names them all.
  const table =
    LABEL_TABLES.find(
      (candidate) => labelsAll(candidate) && Object.keys(candidate).length === values.length,
    ) ?? LABEL_TABLES.filter(labelsAll).sort((a, b) => Object.keys(a).length - Object.keys(b).length)[0];
  if (!table) throw new Error(`src/i18n/zh.ts has no labels for the values of ${path}: ${values.join(', ')}`);
  return values.map((value) => ({ label: table[value]!, value }));
}

/** A field's short label: the label table's, else the doc's first clause (“期号，正整数……” → 期号). */
function fieldLabel(name: string, path: string[], doc: string | undefined): string {
  const labels: Record<string, string> = zh.FORM_FIELD_LABELS;
  const explicit =
    labels[path.join('.')] ?? labels[name] ?? (path.length > 1 ? labels[`*.${name}`] : undefined);
  if (explicit) return explicit;
  const clause = doc?.split(/[，。：；（]/)[0]?.trim();
  return clause || name;
}

/** The field of the target collection an editor knows an entry by. */
function nameFieldOf(collection: CollectionName): string | undefined {
  const shape = shapeOf(specs[collection].schema);
  return ['name', 'title'].find((key) => key in shape);
}

function relation(collection: CollectionName): Widget {
  const nameField = nameFieldOf(collection);
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: nameField ? [nameField] : ['{{slug}}'],
    display_fields: nameField ? [`{{${nameField}}}（{{slug}}）`] : ['{{slug}}'],
  };
}

interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  defaultValue?: unknown;
}

function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    else if (def.type === 'default') {
      required = false;
      defaultValue = def['defaultValue'];
    } else return { schema: current, required, ...(defaultValue === undefined ? {} : { defaultValue }) };
    current = def['innerType'] as z.ZodType;
  }
}

interface Check {
  check?: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  /** False for `positive()` (`gt(0)`): the least allowed integer is then 1. */
  inclusive?: boolean;
  minimum?: number;
  error?: (issue: unknown) => unknown;
}
const checksOf = (schema: z.ZodType) =>
  ((defOf(schema)['checks'] as { _zod: { def: Check } }[] | undefined) ?? []).map((check) => check._zod.def);

type Widget = Record<string, unknown> & { widget: string };

/** The widget and its options for a schema, after optional and default are taken off. */
function widgetFor(schema: z.ZodType, name: string, path: string[], docs: FieldDocs | undefined): Widget {
  if (schema === calendarDate) {
    return {
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
      pattern: ['^\\d{4}-\\d{2}-\\d{2}$', CALENDAR_DATE_HINT],
    };
  }
  if (schema === partialDate) return { widget: 'string', pattern: [PARTIAL_DATE.source, PARTIAL_DATE_HINT] };
  const target = refTargets.get(schema);
  if (target) return relation(target);
  const def = defOf(schema);
  switch (def.type) {
    case 'pipe':
      return widgetFor(def['in'] as z.ZodType, name, path, docs);
    case 'union': {
      // Money is one number or an object of amount / range; the form offers the object, which says more.
      const options = def['options'] as z.ZodType[];
      const chosen = options.find((option) => defOf(option).type === 'object') ?? options[0]!;
      return widgetFor(chosen, name, path, docs);
    }
    case 'string': {
      const regex = checksOf(schema).find((check) => check.format === 'regex');
      const message = regex?.error?.({});
      return {
        widget: LONG_TEXT.has(name) ? 'text' : 'string',
        ...(regex?.pattern
          ? { pattern: [regex.pattern.source, typeof message === 'string' ? message : regex.pattern.source] }
          : {}),
      };
    }
    case 'number': {
      const checks = checksOf(schema);
      const int = checks.some((check) => check.format === 'safeint' || check.format === 'int');
      const lower = checks.find((check) => check.check === 'greater_than');
      return {
        widget: 'number',
        value_type: int ? 'int' : 'float',
        ...(lower?.value === undefined
          ? {}
          : { min: lower.inclusive || !int ? lower.value : lower.value + 1 }),
      };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum': {
      const values = Object.values(def['entries'] as Record<string, string>);
      return { widget: 'select', options: enumOptions(values, path.join('.')) };
    }
    case 'object':
      return { widget: 'object', collapsed: false, fields: objectFields(schema, path, docs) };
    case 'array': {
      const element = unwrap(def['element'] as z.ZodType).schema;
      const min = checksOf(schema).find((check) => check.check === 'min_length')?.minimum;
      const limits = min === undefined ? {} : { min };
      const elementTarget = refTargets.get(element);
      if (elementTarget) return { ...relation(elementTarget), multiple: true, ...limits };
      if (defOf(element).type === 'object') {
        return { widget: 'list', collapsed: false, fields: objectFields(element, path, docs), ...limits };
      }
      const item = widgetFor(element, name, path, docs);
      return {
        widget: 'list',
        field: { name: 'item', label: fieldLabel(name, path, docs?.doc), ...item },
        ...limits,
      };
    }
    default:
      throw new Error(`The form editor has no widget for ${path.join('.')} (a zod ${def.type})`);
  }
}

/** Fields whose text runs to sentences: a quote, a note, a summary. */
const LONG_TEXT = new Set(['quote', 'note', 'text', 'summary']);

function formField(name: string, schema: z.ZodType, path: string[], docs: FieldDocs | undefined): DecapField {
  const { schema: inner, required, defaultValue } = unwrap(schema);
  const doc = docs?.doc;
  const field: DecapField = {
    name,
    label: fieldLabel(name, path, doc),
    ...widgetFor(inner, name, path, docs),
    required,
    ...(doc ? { hint: doc } : {}),
  };
  // Decap checks the fields of an object the editor left out entirely; the check still requires them
  // once the object is there.
  if (!required && field.widget === 'object' && field.fields) field.fields = field.fields.map(optionalField);
  if (
    defaultValue !== undefined &&
    !(typeof defaultValue === 'object' && defaultValue !== null && Object.keys(defaultValue).length === 0)
  ) {
    field['default'] = defaultValue;
  }
  return field;
}

const optionalField = (field: DecapField): DecapField =>
  field.widget === 'object' && field.fields
    ? { ...field, required: false, fields: field.fields.map(optionalField) }
    : { ...field, required: false };

function objectFields(schema: z.ZodType, path: string[], docs: FieldDocs | undefined): DecapField[] {
  return Object.entries(shapeOf(schema)).map(([key, value]) =>
    formField(key, value, [...path, key], docs?.fields.get(key)),
  );
}

/** How a collection's file name is made: bulletins from date and issue, others typed, pinyin offered. */
function idField(collection: CollectionName): DecapField {
  const shape = shapeOf(specs[collection].schema);
  const byIssue = 'issue' in shape && 'date' in shape;
  const suggestFrom =
    nameFieldOf(collection) ?? Object.keys(shape).find((key) => refTargets.has(shape[key]!));
  return {
    name: ID_FIELD,
    label: zh.FORM_LABELS.fileName,
    widget: ID_WIDGET,
    required: false,
    pattern: [ENTRY_ID.source, zh.FORM_LABELS.fileNameRule],
    hint: byIssue ? zh.FORM_LABELS.fileNameByIssue : zh.FORM_LABELS.fileNameHint,
    ...(byIssue
      ? { from_issue: { date: 'date', issue: 'issue' } }
      : suggestFrom
        ? { suggest_from: suggestFrom }
        : {}),
  };
}

const DRAFT_FIELD = 'draft';

/** The collection's list summary: what an editor recognises an entry by, and its file name. */
function summaryOf(collection: CollectionName): string {
  const shape = shapeOf(specs[collection].schema);
  if ('issue' in shape && 'title' in shape) return '第{{issue}}期 {{title}}（{{date}}）';
  const nameField = nameFieldOf(collection);
  return nameField ? `{{${nameField}}}（{{filename}}）` : '{{filename}}';
}

/** The Decap CMS collections, every field generated from `src/schemas/` and its docs. */
export function decapCollections(
  contentFolder: string,
  docsOf: (collection: CollectionName) => FieldDocs,
): DecapCollection[] {
  return (Object.keys(specs) as (keyof Specs)[]).map((collection) => {
    const spec = specs[collection];
    const docs = docsOf(collection);
    const fields = objectFields(spec.schema, [], docs).map((field) =>
      // New entries start as drafts: nothing reaches the site before an editor unticks it.
      field.name === DRAFT_FIELD && field.widget === 'boolean' ? { ...field, default: true } : field,
    );
    const withBody = (spec.extensions as readonly string[]).includes('.mdx');
    return {
      name: collection,
      label: zh.COLLECTION_LABELS[collection],
      label_singular: zh.COLLECTION_LABELS[collection],
      folder: `${contentFolder}/${collection}`,
      extension: spec.extensions.at(-1)!.slice(1),
      format: fileFormat(collection),
      create: true,
      delete: false,
      identifier_field: ID_FIELD,
      slug: `{{fields.${ID_FIELD}}}`,
      summary: summaryOf(collection),
      fields: [
        idField(collection),
        ...fields,
        ...(withBody
          ? [
              {
                name: BODY_FIELD,
                label: zh.FORM_LABELS.body,
                widget: 'markdown',
                hint: zh.FORM_LABELS.bodyHint,
                modes: ['raw', 'rich_text'],
                buttons: ['heading-two'],
                editor_components: [],
                required: false,
              },
            ]
          : []),
      ],
    };
  });
}

/** Where the form editor saves: a git host in production, the working copy through decap-server locally. */
export interface EditorBackend {
  name: 'github' | 'gitlab' | 'gitea' | 'forgejo';
  repo: string;
  branch: string;
  /** The OAuth endpoint (GitHub, Gitea) or the self-hosted GitLab/Gitea address. */
  base_url?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: 'pkce' | 'implicit';
  auth_endpoint?: string;
}

export interface DecapConfigOptions {
  backend: EditorBackend;
  editorialWorkflow: boolean;
  /** decap-server's API address while `npm run edit` runs; unset in a build. */
  localBackend?: string | undefined;
  contentFolder: string;
  siteUrl: string;
  docsOf: (collection: CollectionName) => FieldDocs;
}

/** The whole Decap CMS configuration the admin page hands to `CMS.init`. */
export function decapConfig(options: DecapConfigOptions) {
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend: options.backend,
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    // decap-server writes the working copy directly; it has no pull requests to review.
    ...(options.editorialWorkflow && !options.localBackend ? { publish_mode: 'editorial_workflow' } : {}),
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    // Decap requires a media folder; the archive's forms have no image or file field.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: decapCollections(options.contentFolder, options.docsOf),
  };
}

export type DecapConfig = ReturnType<typeof decapConfig>;
