import type { RefFactory } from './common.ts';
import { bulletinSchema } from './bulletin.ts';
import { caseSchema } from './case.ts';
import { indicatorSchema } from './indicator.ts';
import { itemSchema } from './item.ts';
import { teamSchema } from './team.ts';
import { townSchema } from './town.ts';
import { unitSchema } from './unit.ts';
import { villageSchema } from './village.ts';

const MARKDOWN = ['.md'] as const;
const MARKDOWN_OR_MDX = ['.md', '.mdx'] as const;

/** Every collection: its folder's file pattern and its schema. The site and the validator both read this. */
export const collectionSpecs = (ref: RefFactory) => ({
  indicators: { extensions: MARKDOWN, schema: indicatorSchema(ref) },
  bulletins: { extensions: MARKDOWN_OR_MDX, schema: bulletinSchema(ref) },
  towns: { extensions: MARKDOWN, schema: townSchema() },
  units: { extensions: MARKDOWN, schema: unitSchema() },
  villages: { extensions: MARKDOWN, schema: villageSchema(ref) },
  teams: { extensions: MARKDOWN, schema: teamSchema(ref) },
  items: { extensions: MARKDOWN, schema: itemSchema(ref) },
  cases: { extensions: MARKDOWN_OR_MDX, schema: caseSchema(ref) },
});

export type CollectionSpecs = ReturnType<typeof collectionSpecs>;

/** The glob the content loader uses for a collection's file extensions. */
export function globPattern(extensions: readonly string[]): string {
  const names = extensions.map((ext) => ext.slice(1));
  return names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(',')}}`;
}
