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

/** The file extensions each collection's folder holds; any other file there is reported. */
export const COLLECTION_EXTENSIONS = {
  indicators: MARKDOWN,
  bulletins: MARKDOWN_OR_MDX,
  towns: MARKDOWN,
  units: MARKDOWN,
  villages: MARKDOWN,
  teams: MARKDOWN,
  items: MARKDOWN,
  cases: MARKDOWN_OR_MDX,
} as const;

/** Every collection: its folder's file extensions and its schema. The site and the validator both read this. */
export const collectionSpecs = (ref: RefFactory) => ({
  indicators: { extensions: COLLECTION_EXTENSIONS.indicators, schema: indicatorSchema(ref) },
  bulletins: { extensions: COLLECTION_EXTENSIONS.bulletins, schema: bulletinSchema(ref) },
  towns: { extensions: COLLECTION_EXTENSIONS.towns, schema: townSchema() },
  units: { extensions: COLLECTION_EXTENSIONS.units, schema: unitSchema() },
  villages: { extensions: COLLECTION_EXTENSIONS.villages, schema: villageSchema(ref) },
  teams: { extensions: COLLECTION_EXTENSIONS.teams, schema: teamSchema(ref) },
  items: { extensions: COLLECTION_EXTENSIONS.items, schema: itemSchema(ref) },
  cases: { extensions: COLLECTION_EXTENSIONS.cases, schema: caseSchema(ref) },
});

export type CollectionSpecs = ReturnType<typeof collectionSpecs>;
