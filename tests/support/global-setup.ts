import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the issue-2 fixture (tests/fixtures/issue2), built once for the whole test run. */
    siteDist: string;
  }
}

/**
 * Builds the issue-2 fixture once; every test that reads pages shares it. The folder is this run's
 * own, so two test runs on one machine never rebuild each other's site mid-test.
 */
export default function setup(project: TestProject) {
  const result = buildSite(`site-${process.pid}`);
  if (!result.ok) throw new Error(`The bundled archive did not build:\n${result.output}`);
  project.provide('siteDist', result.outDir);
  return () => fs.rmSync(result.outDir, { recursive: true, force: true });
}
