import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { collectionSpecs, globPattern } from './schemas/index.ts';

const specs = collectionSpecs(reference);
const base = contentDir();
const loader = (name: keyof typeof specs) =>
  glob({ pattern: globPattern(specs[name].extensions), base: `${base}/${name}` });

export const collections = {
  indicators: defineCollection({ loader: loader('indicators'), schema: specs.indicators.schema }),
  bulletins: defineCollection({ loader: loader('bulletins'), schema: specs.bulletins.schema }),
  towns: defineCollection({ loader: loader('towns'), schema: specs.towns.schema }),
  units: defineCollection({ loader: loader('units'), schema: specs.units.schema }),
  villages: defineCollection({ loader: loader('villages'), schema: specs.villages.schema }),
  teams: defineCollection({ loader: loader('teams'), schema: specs.teams.schema }),
  items: defineCollection({ loader: loader('items'), schema: specs.items.schema }),
  cases: defineCollection({ loader: loader('cases'), schema: specs.cases.schema }),
};
