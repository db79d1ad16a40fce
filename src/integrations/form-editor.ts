import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { collectionFieldDocs } from '../../tools/editor/field-docs.ts';
import { EDITOR_BACKEND, EDITORIAL_WORKFLOW } from '../config/editor.ts';
import { decapConfig } from '../lib/admin/decap-config.ts';
import { contentDir } from '../lib/content-dir.ts';
import { DECAP_PATH } from '../lib/admin/form-names.ts';

/** The module the admin page imports its generated configuration from. */
const CONFIG_MODULE = 'virtual:archive-form-editor-config';

const decapDist = path.dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
/** The bundle, the chunks it loads on demand and their WebAssembly; no source maps. */
const isBundleFile = (name: string) => /^(\d+\.)?decap-cms\.js$/.test(name) || name.endsWith('.wasm');

/**
 * The form editor at /admin/: generates Decap CMS's configuration from `src/schemas/` when the site
 * is built or previewed, and serves Decap's own bundle from node_modules (copied into every build),
 * so the editor loads nothing from another origin. In `astro dev` started by `npm run edit`,
 * FORM_EDITOR_LOCAL_BACKEND names decap-server, which saves into the working copy.
 */
export function formEditor(): AstroIntegration {
  return {
    name: 'archive-form-editor',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const localBackend = command === 'dev' ? process.env['FORM_EDITOR_LOCAL_BACKEND'] : undefined;
        const decap = decapConfig({
          backend: EDITOR_BACKEND,
          editorialWorkflow: EDITORIAL_WORKFLOW,
          localBackend,
          contentFolder: path.relative(root, contentDir(root)).split(path.sep).join('/'),
          siteUrl: new URL(config.base, config.site ?? 'http://localhost/').href,
          docsOf: collectionFieldDocs,
        });
        const resolved = `\0${CONFIG_MODULE}`;
        updateConfig({
          // The toolbar of `astro dev` would sit over the form's buttons.
          ...(localBackend ? { devToolbar: { enabled: false } } : {}),
          vite: {
            // Found by Vite only when /admin/ first loads, which would reload the page once.
            optimizeDeps: { include: ['pinyin-pro', 'yaml'] },
            plugins: [
              {
                name: 'archive-form-editor-config',
                resolveId: (id: string) => (id === CONFIG_MODULE ? resolved : undefined),
                load: (id: string) =>
                  id === resolved ? `export default ${JSON.stringify(decap)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        const files = sirv(decapDist, { dev: true });
        const prefix = `${server.config.base.replace(/\/?$/, '/')}${DECAP_PATH}`;
        server.middlewares.use(prefix, (req, res, next) => {
          if (isBundleFile(path.basename((req.url ?? '').split('?')[0] ?? ''))) files(req, res, next);
          else next();
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = path.join(fileURLToPath(dir), DECAP_PATH);
        await fs.mkdir(out, { recursive: true });
        for (const name of (await fs.readdir(decapDist)).filter(isBundleFile)) {
          await fs.copyFile(path.join(decapDist, name), path.join(out, name));
        }
      },
    },
  };
}
