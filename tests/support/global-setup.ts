import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the bundled archive, built once for the whole test run. */
    siteDist: string;
  }
}

/** Builds the bundled archive once; every test that reads pages shares it. */
export default function setup(project: TestProject) {
  const result = buildSite('site');
  if (!result.ok) throw new Error(`The bundled archive did not build:\n${result.output}`);
  project.provide('siteDist', result.outDir);
}
