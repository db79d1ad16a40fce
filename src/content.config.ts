import { defineCollection, reference } from 'astro:content';
import { contentDir } from './lib/content-dir.ts';
import { archiveLoader } from './lib/content-loader.ts';
import { collectionSpecs } from './schemas/index.ts';

const specs = collectionSpecs(reference);
const dir = contentDir();

export const collections = {
  indicators: defineCollection({ loader: archiveLoader('indicators', dir), schema: specs.indicators.schema }),
  bulletins: defineCollection({ loader: archiveLoader('bulletins', dir), schema: specs.bulletins.schema }),
  towns: defineCollection({ loader: archiveLoader('towns', dir), schema: specs.towns.schema }),
  units: defineCollection({ loader: archiveLoader('units', dir), schema: specs.units.schema }),
  villages: defineCollection({ loader: archiveLoader('villages', dir), schema: specs.villages.schema }),
  teams: defineCollection({ loader: archiveLoader('teams', dir), schema: specs.teams.schema }),
  items: defineCollection({ loader: archiveLoader('items', dir), schema: specs.items.schema }),
  cases: defineCollection({ loader: archiveLoader('cases', dir), schema: specs.cases.schema }),
};
