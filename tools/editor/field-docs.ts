import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A field's `/** … *\/` doc from a schema file, and the docs of the fields inside it. */
export interface FieldDoc {
  doc?: string;
  fields: Map<string, FieldDoc>;
}

const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../src/schemas');

/** The schema builder of each collection: the file and the exported function holding its object. */
export const SCHEMA_SOURCES = {
  indicators: ['indicator.ts', 'indicatorSchema'],
  bulletins: ['bulletin.ts', 'bulletinSchema'],
  towns: ['town.ts', 'townSchema'],
  units: ['unit.ts', 'unitSchema'],
  villages: ['village.ts', 'villageSchema'],
  teams: ['team.ts', 'teamSchema'],
  items: ['item.ts', 'itemSchema'],
  cases: ['case.ts', 'caseSchema'],
} as const;

export type SchemaCollection = keyof typeof SCHEMA_SOURCES;

function jsDocText(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .trim();
  return text || undefined;
}

function isObjectSchemaCall(node: ts.Node): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ['strictObject', 'object'].includes(node.expression.name.text) &&
    node.arguments[0] !== undefined &&
    ts.isObjectLiteralExpression(node.arguments[0])
  );
}

/**
 * Reads the field docs of one schema file: the `/** *\/` comment of every property of every
 * `z.strictObject({...})`, following helpers declared in the same file (`history: z.array(statusReport(ref))`).
 * The comments are the one place a field is documented; the scaffolds and JSON Schemas read them here.
 */
export function readFieldDocs(file: string): Map<string, FieldDoc> {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const declarations = new Map<string, ts.Node>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.initializer) declarations.set(d.name.text, d.initializer);
    }
  }
  const resolved = new Map<string, FieldDoc>();

  // Schemas imported from a sibling file (`quantitySchema` from './common.ts') are followed there.
  const imported = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!statement.moduleSpecifier.text.startsWith('./')) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      imported.set(element.name.text, path.resolve(path.dirname(file), statement.moduleSpecifier.text));
    }
  }

  function firstObject(node: ts.Node): FieldDoc | undefined {
    if (isObjectSchemaCall(node)) return fromLiteral(node.arguments[0] as ts.ObjectLiteralExpression);
    const name =
      ts.isCallExpression(node) && ts.isIdentifier(node.expression)
        ? node.expression
        : ts.isIdentifier(node)
          ? node
          : undefined;
    if (name && declarations.has(name.text)) return fromDeclaration(name.text);
    if (name && imported.has(name.text)) return readFieldDocs(imported.get(name.text)!).get(name.text);
    return ts.forEachChild(node, firstObject);
  }

  // A spread helper (`...reportFields(ref)`) returns a plain object literal of fields, here or in a sibling file.
  function spreadFields(spread: ts.SpreadAssignment): Map<string, FieldDoc> {
    const call = spread.expression;
    const name =
      ts.isCallExpression(call) && ts.isIdentifier(call.expression) ? call.expression.text : undefined;
    if (name === undefined) return new Map<string, FieldDoc>();
    if (!declarations.has(name))
      return imported.has(name) ? readSpreadFields(imported.get(name)!, name) : new Map<string, FieldDoc>();
    const literal = returnedLiteral(declarations.get(name)!);
    return literal ? fromLiteral(literal).fields : new Map<string, FieldDoc>();
  }

  function fromLiteral(literal: ts.ObjectLiteralExpression): FieldDoc {
    const fields = new Map<string, FieldDoc>();
    for (const property of literal.properties) {
      if (ts.isSpreadAssignment(property)) {
        for (const [key, doc] of spreadFields(property)) fields.set(key, doc);
        continue;
      }
      if (
        !ts.isPropertyAssignment(property) ||
        !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
      )
        continue;
      const nested = firstObject(property.initializer);
      const doc = jsDocText(property);
      fields.set(property.name.text, {
        ...(doc ? { doc } : {}),
        fields: nested?.fields ?? new Map<string, FieldDoc>(),
      });
    }
    return { fields };
  }

  function fromDeclaration(name: string): FieldDoc | undefined {
    if (!resolved.has(name)) {
      const found = firstObject(declarations.get(name)!);
      if (found) resolved.set(name, found);
    }
    return resolved.get(name);
  }

  const all = new Map<string, FieldDoc>();
  for (const name of declarations.keys()) {
    const doc = fromDeclaration(name);
    if (doc) all.set(name, doc);
  }
  return all;
}

/** The object literal an arrow function returns, `(ref) => ({ … })`. */
function returnedLiteral(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (!ts.isArrowFunction(node)) return undefined;
  let body: ts.Node = node.body;
  while (ts.isParenthesizedExpression(body)) body = body.expression;
  return ts.isObjectLiteralExpression(body) ? body : undefined;
}

/** The field docs of a spread helper declared in another schema file. */
function readSpreadFields(file: string, name: string): Map<string, FieldDoc> {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.name.text !== name || !d.initializer) continue;
      const literal = returnedLiteral(d.initializer);
      if (!literal) return new Map();
      // The helper's own docs, read as the fields of a one-off object in that file.
      const fields = new Map<string, FieldDoc>();
      for (const property of literal.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
        const doc = jsDocText(property);
        fields.set(property.name.text, { ...(doc ? { doc } : {}), fields: new Map() });
      }
      return fields;
    }
  }
  return new Map();
}

/** The field docs of a collection's schema, top-level fields first. */
export function collectionFieldDocs(collection: SchemaCollection): FieldDoc {
  const [file, declaration] = SCHEMA_SOURCES[collection];
  const doc = readFieldDocs(path.join(SCHEMA_DIR, file)).get(declaration);
  if (!doc) throw new Error(`No z.strictObject found in ${declaration} of src/schemas/${file}`);
  return doc;
}

/** The doc at a field path (`['history', 'status']`), or undefined. */
export function docAt(root: FieldDoc, fieldPath: readonly string[]): string | undefined {
  let node: FieldDoc | undefined = root;
  for (const key of fieldPath) node = node?.fields.get(key);
  return node?.doc;
}
