/**
 * `npm run schemas`: writes the JSON Schema of every collection's frontmatter into .vscode/schemas/,
 * from the zod schemas and their field docs. A test fails when the committed files are out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { jsonSchemaFile, jsonSchemaText, SCHEMA_COLLECTIONS } from '../tools/editor/json-schema.ts';

const out = path.resolve(import.meta.dirname, '../.vscode/schemas');
fs.mkdirSync(out, { recursive: true });
for (const collection of SCHEMA_COLLECTIONS) {
  const file = path.join(out, jsonSchemaFile(collection));
  fs.writeFileSync(file, await jsonSchemaText(collection));
  console.log(path.relative(process.cwd(), file));
}
