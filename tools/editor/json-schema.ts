import { z } from 'astro/zod';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { collectionSpecs } from '../../src/schemas/index.ts';
import { plainRef } from '../../src/lib/integrity/validate.ts';
import { collectionFieldDocs, SCHEMA_SOURCES, type FieldDoc, type SchemaCollection } from './field-docs.ts';

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  [key: string]: unknown;
};

/** Puts each field's doc on its JSON Schema property, through lists and alternatives. */
function describe(schema: JsonSchema, docs: FieldDoc): void {
  for (const variant of [schema, schema.items, ...(schema.anyOf ?? [])]) {
    if (!variant?.properties) continue;
    for (const [key, property] of Object.entries(variant.properties)) {
      const doc = docs.fields.get(key);
      if (!doc) continue;
      if (doc.doc) property.description = doc.doc;
      describe(property, doc);
      if (property.items) describe(property.items, doc);
      for (const alternative of property.anyOf ?? []) describe(alternative, doc);
    }
  }
}

/**
 * The JSON Schema of a collection's frontmatter as editors write it (zod's input side: references
 * are file names, dates are text), with every field's `/** *\/` doc as its description.
 */
export function collectionJsonSchema(collection: SchemaCollection): JsonSchema {
  const spec = collectionSpecs(plainRef)[collection];
  const schema = z.toJSONSchema(spec.schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      // YAML reads an unquoted 2015-07-03 as a date; to the editor it is the text they typed.
      if (ctx.zodSchema._zod.def.type === 'date') ctx.jsonSchema.type = 'string';
    },
  }) as JsonSchema;
  const docs = collectionFieldDocs(collection);
  describe(schema, docs);
  return { ...schema, title: `${collection}：src/content/${collection}/ 中每个文件的字段区（frontmatter）` };
}

/** File name of each collection's schema in the committed folder. */
export const jsonSchemaFile = (collection: SchemaCollection) => `${collection}.schema.json`;

export const SCHEMA_COLLECTIONS = Object.keys(SCHEMA_SOURCES) as SchemaCollection[];

/** The committed text of a schema file, formatted as the repository's Prettier formats JSON. */
export async function jsonSchemaText(collection: SchemaCollection): Promise<string> {
  const filepath = path.resolve(import.meta.dirname, '../../.vscode/schemas', jsonSchemaFile(collection));
  const options = await resolveConfig(filepath);
  return format(JSON.stringify(collectionJsonSchema(collection)), { ...options, filepath });
}
