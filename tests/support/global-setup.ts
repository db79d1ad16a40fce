import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the issue-2 fixture (tests/fixtures/issue2), built once for the whole test run. */
    siteDist: string;
    /** The same fixture with its search index cut into shards (25 pages each), as a province's is. */
    shardedDist: string;
  }
}

/**
 * Builds the issue-2 fixture once (and once more with a sharded search index); every test that reads pages shares it. The folder is this run's
 * own, so two test runs on one machine never rebuild each other's site mid-test.
 */
export default function setup(project: TestProject) {
  const result = buildSite(`site-${process.pid}`);
  if (!result.ok) throw new Error(`The bundled archive did not build:\n${result.output}`);
  const sharded = buildSite(`site-sharded-${process.pid}`, { env: { ARCHIVE_SEARCH_SHARD_PAGES: '25' } });
  if (!sharded.ok)
    throw new Error(`The bundled archive did not build with a sharded index:\n${sharded.output}`);
  project.provide('siteDist', result.outDir);
  project.provide('shardedDist', sharded.outDir);
  return () => {
    for (const dir of [result.outDir, sharded.outDir]) fs.rmSync(dir, { recursive: true, force: true });
  };
}
