import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  collectionJsonSchema,
  jsonSchemaFile,
  jsonSchemaText,
  SCHEMA_COLLECTIONS,
} from '../../tools/editor/json-schema.ts';
import { ROOT } from '../support/paths.ts';

test.each(SCHEMA_COLLECTIONS)(
  'the committed JSON Schema of %s matches the zod schema and its docs (else run npm run schemas)',
  async (collection) => {
    const committed = fs.readFileSync(path.join(ROOT, '.vscode/schemas', jsonSchemaFile(collection)), 'utf8');
    expect(committed).toBe(await jsonSchemaText(collection));
  },
);

test.each(SCHEMA_COLLECTIONS)(
  'every top-level field of %s carries its Chinese doc as description',
  (collection) => {
    const schema = collectionJsonSchema(collection) as {
      properties: Record<string, { description?: string }>;
    };
    for (const [field, property] of Object.entries(schema.properties)) {
      expect(property.description, field).toMatch(/[\u4e00-\u9fff]/);
    }
  },
);

test('references are written as file names and enums list the allowed values', () => {
  const items = collectionJsonSchema('items') as {
    properties: Record<
      string,
      { type?: string; items?: { properties: Record<string, { enum?: string[] }> } }
    >;
  };
  expect(items.properties['team']?.type).toBe('string');
  expect(items.properties['history']?.items?.properties['status']?.enum).toContain('underConstruction');
});
