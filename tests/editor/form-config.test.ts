import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { collectionFieldDocs } from '../../tools/editor/field-docs.ts';
import { decapConfig, formRef, type DecapField } from '../../src/lib/admin/decap-config.ts';
import { issueFileName, readEntryFile, writeEntryFile } from '../../src/lib/admin/entry-file.ts';
import { BODY_FIELD, ID_FIELD } from '../../src/lib/admin/form-names.ts';
import { checkEntry } from '../../src/lib/integrity/validate.ts';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import { PARTIAL_DATE_HINT, type CollectionName } from '../../src/schemas/common.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';
import { ISSUE2_FIXTURE } from '../support/paths.ts';

const config = decapConfig({
  backend: { name: 'github', repo: 'office/archive', branch: 'main' },
  editorialWorkflow: true,
  contentFolder: 'src/content',
  siteUrl: 'https://bangfu.example.org/',
  docsOf: collectionFieldDocs,
});
const collection = (name: CollectionName) => config.collections.find((c) => c.name === name)!;
const fieldAt = (name: CollectionName, fieldPath: string) => {
  let fields: DecapField[] = collection(name).fields;
  let found: DecapField | undefined;
  for (const key of fieldPath.split('.')) {
    found = fields.find((field) => field.name === key);
    fields = found?.fields ?? [];
  }
  if (!found) throw new Error(`no form field ${name}.${fieldPath}`);
  return found;
};

/** Every field path of a zod object schema, into nested objects and lists of objects. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return schemaPaths(def['innerType'] as z.ZodType, prefix);
    case 'pipe':
      return schemaPaths(def['in'] as z.ZodType, prefix);
    case 'union':
      return (def['options'] as z.ZodType[]).flatMap((option) => schemaPaths(option, prefix));
    case 'array':
      return schemaPaths(def['element'] as z.ZodType, prefix);
    case 'object':
      return Object.entries(def['shape'] as Record<string, z.ZodType>).flatMap(([key, value]) => [
        `${prefix}${key}`,
        ...schemaPaths(value, `${prefix}${key}.`),
      ]);
    default:
      return [];
  }
}

/** Every field path of the generated form, without the file name and body, which are not frontmatter. */
function formPaths(fields: DecapField[], prefix = ''): string[] {
  return fields
    .filter((field) => prefix !== '' || (field.name !== ID_FIELD && field.name !== BODY_FIELD))
    .flatMap((field) => [
      `${prefix}${field.name}`,
      ...formPaths(field.fields ?? [], `${prefix}${field.name}.`),
    ]);
}

const specs = collectionSpecs(formRef);
const names = Object.keys(specs) as CollectionName[];

describe.each(names)('the form of %s', (name) => {
  test('has a form field for every schema field and no field the schema lacks', () => {
    expect(formPaths(collection(name).fields).sort()).toEqual(
      [...new Set(schemaPaths(specs[name].schema))].sort(),
    );
  });

  test('labels every field in Chinese', () => {
    const labels = (fields: DecapField[]): string[] =>
      fields.flatMap((field) => [field.label, ...labels(field.fields ?? [])]);
    for (const label of labels(collection(name).fields)) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });

  test('names the file from a typed ASCII id, never from a Chinese title', () => {
    expect(collection(name)).toMatchObject({ slug: `{{fields.${ID_FIELD}}}`, identifier_field: ID_FIELD });
    expect(fieldAt(name, ID_FIELD).pattern).toEqual(['^[a-z0-9]+(?:-[a-z0-9]+)*$', expect.any(String)]);
  });
});

test('every collection is offered under its Chinese name, in its own folder and file type', () => {
  expect(config.collections.map((c) => [c.label, c.folder, c.extension])).toEqual([
    ['指标', 'src/content/indicators', 'md'],
    ['简报', 'src/content/bulletins', 'mdx'],
    ['镇街', 'src/content/towns', 'md'],
    ['帮扶单位', 'src/content/units', 'md'],
    ['后进村', 'src/content/villages', 'md'],
    ['帮扶工作队', 'src/content/teams', 'md'],
    ['帮扶事项', 'src/content/items', 'md'],
    ['典型案例', 'src/content/cases', 'mdx'],
  ]);
  expect(config).toMatchObject({ locale: 'zh_Hans', publish_mode: 'editorial_workflow' });
});

test('an enum is a select of its Chinese labels, storing the schema value', () => {
  expect(fieldAt('items', 'category')).toMatchObject({ widget: 'select', required: true });
  expect(fieldAt('items', 'category')['options']).toContainEqual({ label: '水利饮水', value: 'water' });
  expect(fieldAt('items', 'history.status')['options']).toContainEqual({
    label: '已完成',
    value: 'completed',
  });
});

test('a reference is a relation searching the target by its name and storing its file name', () => {
  expect(fieldAt('villages', 'town')).toMatchObject({
    widget: 'relation',
    collection: 'towns',
    value_field: '{{slug}}',
    search_fields: ['name'],
    required: false,
  });
  expect(fieldAt('items', 'history.bulletin')).toMatchObject({
    collection: 'bulletins',
    search_fields: ['title'],
  });
  expect(fieldAt('cases', 'villages')).toMatchObject({ widget: 'relation', multiple: true });
});

test('lists of objects are list widgets; the status history needs at least one report', () => {
  expect(fieldAt('items', 'history')).toMatchObject({ widget: 'list', min: 1, required: true });
  expect(fieldAt('teams', 'docked')).toMatchObject({ widget: 'list', required: false });
  expect(fieldAt('bulletins', 'sentTo')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
});

test('a date is a date picker writing YYYY-MM-DD; a partial date is text with the validator’s rule', () => {
  expect(fieldAt('bulletins', 'date')).toMatchObject({
    widget: 'datetime',
    format: 'YYYY-MM-DD',
    time_format: false,
  });
  const partial = fieldAt('items', 'expectedCompletion');
  expect(partial).toMatchObject({ widget: 'string', required: false });
  const [pattern, message] = partial['pattern'] as [string, string];
  expect(message).toBe(PARTIAL_DATE_HINT);
  for (const text of ['2015', '2015-08', '2015-07 上旬', '2015-07-10'])
    expect(text).toMatch(new RegExp(pattern));
  for (const text of ['2015年8月', '8月', '2015/08']) expect(text).not.toMatch(new RegExp(pattern));
  // The check says the same words when a hand-edited file gets it wrong.
  const { problems } = checkItem('expectedCompletion: 2015年8月');
  expect(problems.map((p) => p.message)).toEqual([`日期写法不对：2015年8月（${PARTIAL_DATE_HINT}）`]);
});

test('the bulletin body is the Markdown editor; a new entry is a draft until unticked', () => {
  expect(fieldAt('bulletins', BODY_FIELD)).toMatchObject({ widget: 'markdown' });
  expect(fieldAt('bulletins', 'draft')).toMatchObject({ widget: 'boolean', default: true, label: '草稿' });
  expect(fieldAt('bulletins', ID_FIELD)).toHaveProperty('from_issue');
  expect(fieldAt('villages', ID_FIELD)).toMatchObject({ suggest_from: 'name' });
});

test('a field’s doc line is its hint', () => {
  expect(fieldAt('villages', 'branchSecretary').hint).toBe('村党支部书记姓名，简报未载明时留空。');
});

function checkItem(extra: string, title = '扬水站建设') {
  const text = `---\ntitle: ${title}\nteam: canlian\ncategory: water\n${extra}\nhistory:\n  - status: completed\n    bulletin: 2015-02\n---\n`;
  const { entry } = parseEntry('items', 'src/content/items/test-item.md', text);
  return checkEntry(entry!);
}

test('fields the form left empty are not stated, never an error (decap-cms#7120)', () => {
  const cleared =
    "expectedCompletion: ''\nmajor:\nmoney:\n  amount: ''\n  label: ''\nquantities:\n  - value: 80\n    unit: 亩\n    of: ''";
  const { problems, entry } = checkItem(cleared);
  expect(problems).toEqual([]);
  expect(entry?.parsed).not.toHaveProperty('expectedCompletion');
  expect(entry?.parsed).not.toHaveProperty('major');
  expect(checkItem('', "''").problems.map((p) => p.field)).toEqual(['title']);
});

test('a file opened and saved in the form unchanged is byte for byte the same, without the id', () => {
  for (const folder of names) {
    for (const file of fs.readdirSync(path.join(ISSUE2_FIXTURE, folder))) {
      const text = fs.readFileSync(path.join(ISSUE2_FIXTURE, folder, file), 'utf8');
      const saved = writeEntryFile({ ...readEntryFile(text), [ID_FIELD]: 'x' }, collection(folder).fields);
      expect(saved, `${folder}/${file}`).toBe(text);
    }
  }
});

test('a new entry is written with its fields in the schema’s order, whatever order they were filled in', () => {
  const data = {
    draft: true,
    title: '合成测试简报',
    [ID_FIELD]: '2015-03',
    issue: 3,
    series: '刊名',
    [BODY_FIELD]: '正文。\n',
  };
  expect(writeEntryFile(data, collection('bulletins').fields)).toBe(
    '---\nseries: 刊名\nissue: 3\ntitle: 合成测试简报\ndraft: true\n---\n\n正文。\n',
  );
});

test.each([
  ['2015-07-03', 2, '2015-02'],
  ['2016-01-05', '12', '2016-12'],
  ['', 2, undefined],
  ['2015-07-03', 0, undefined],
])('a bulletin dated %s, issue %s, is saved as %s', (date, issue, name) => {
  expect(issueFileName(date, issue)).toBe(name);
});
