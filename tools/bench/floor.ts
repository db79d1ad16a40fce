import fs from 'node:fs';
import path from 'node:path';

export interface FloorPage {
  title: string;
  /** Markdown that is also valid MDX. */
  body: string;
}

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()], build: { format: 'directory' } });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/pages' }),
    schema: z.object({ title: z.string() }),
  }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}

const { page } = Astro.props;
const { Content } = await render(page);
---

<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{page.data.title}</title>
  </head>
  <body>
    <main>
      <h1>{page.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`;

/**
 * Writes the framework's floor: a bare Astro project with one content collection of MDX pages and
 * one route with a minimal layout. It lives inside the repository so that \`astro\` and
 * \`@astrojs/mdx\` resolve from this repository's node_modules.
 */
export function writeFloorProject(dir: string, pages: readonly FloorPage[]): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const content = path.join(dir, 'src/content/pages');
  fs.mkdirSync(content, { recursive: true });
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    '{ "name": "bench-floor", "private": true, "type": "module" }\n',
  );
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  fs.writeFileSync(path.join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  fs.writeFileSync(path.join(dir, 'src/pages/[...slug].astro'), PAGE);
  pages.forEach((page, i) => {
    const title = JSON.stringify(page.title);
    fs.writeFileSync(
      path.join(content, `p${String(i + 1).padStart(6, '0')}.mdx`),
      `---\ntitle: ${title}\n---\n\n${page.body}\n`,
    );
  });
}
