import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/paths.ts';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}

const workflow = parse(fs.readFileSync(path.join(ROOT, '.github/workflows/publish.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[]; needs?: string; if?: string }>;
};

test('the publish workflow checks content, tests and builds before it uploads dist/', () => {
  const steps = workflow.jobs['build']!.steps;
  const order = (match: (s: Step) => boolean) => steps.findIndex(match);
  const check = order((s) => s.run === 'npm run check');
  const tests = order((s) => s.run === 'npm test');
  const build = order((s) => s.run === 'npm run build');
  const upload = order((s) => s.uses?.startsWith('actions/upload-pages-artifact') ?? false);
  expect([check, tests, build, upload].every((i) => i >= 0)).toBe(true);
  expect(check).toBeLessThan(tests);
  expect(tests).toBeLessThan(build);
  expect(build).toBeLessThan(upload);
  expect(steps[upload]!.with?.['path']).toBe('dist');
  expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe(
    '.nvmrc',
  );
});

test('only a push to main deploys, after the build job', () => {
  const deploy = workflow.jobs['deploy']!;
  expect(deploy.needs).toBe('build');
  expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
  expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
});
