/**
 * `npm run build:portal -- --config FILE --out DIR`: builds a city's or province's portal over several
 * county archives into DIR: a home naming every member with its latest figures (read from the
 * member's own downloads), a comparison of the indicators they share, and one search over all of
 * them (their Pagefind indexes merged in the browser). See README "A portal over several archives".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PortalConfigError, readPortalConfig } from '../src/lib/portal/config.ts';
import { readPortalData } from '../src/lib/portal/members.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({ options: { config: { type: 'string' }, out: { type: 'string' } } });
if (!values.config || !values.out)
  fail('用法：npm run build:portal -- --config 门户配置.json --out 输出文件夹');
const configFile = path.resolve(values.config);
const outDir = path.resolve(values.out);

let config;
try {
  config = readPortalConfig(configFile);
} catch (error) {
  if (error instanceof PortalConfigError) fail(error.message);
  throw error;
}
const { version } = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'node_modules/pagefind/package.json'), 'utf8'),
) as { version: string };
const data = readPortalData(config, path.dirname(configFile), version);
const dataFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-')), 'portal.json');
fs.writeFileSync(dataFile, JSON.stringify(data));

const build = spawnSync(
  process.execPath,
  [
    path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
    'build',
    '--config',
    'astro.portal.config.mjs',
    '--outDir',
    outDir,
  ],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, PORTAL_DATA: dataFile } },
);
fs.rmSync(path.dirname(dataFile), { recursive: true, force: true });
if (build.status !== 0) fail('门户构建失败，见上方输出。');
for (const member of data.members) {
  console.log(`${member.name}  ${member.url}  ${member.missing ?? `${member.figures?.length ?? 0} 项指标`}`);
}
console.log(`portal: ${data.members.length} members, Pagefind ${version}, written to ${outDir}`);
