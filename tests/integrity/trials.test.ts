import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { runScript, type ScriptRun } from '../editor/run.ts';
import { buildSite, type BuildResult } from '../support/build.ts';
import { crawlDist } from '../support/crawl.ts';
import { TRIALS, writeTrials, type Trial } from '../support/trials.ts';

const refused = TRIALS.filter((t) => t.verdict === 'refused');
const accepted = TRIALS.filter((t) => t.verdict !== 'refused');

/** The one line of an output that names the trial's file and carries its message. */
const lineFor = (output: string, trial: Trial) =>
  output.split('\n').find((line) => line.includes(trial.file!) && line.includes(trial.message!));

/** Problem lines as the check prints them; the build prints the same after its log prefix. */
const problemLines = (output: string) =>
  output
    .split('\n')
    .map((line) => /\S+ {2}\S+ {2}(错误|警告)：.*$/.exec(line)?.[0])
    .filter((line): line is string => line !== undefined);

let check: ScriptRun;
let build: BuildResult;
let acceptedCheck: ScriptRun;
let acceptedBuild: BuildResult;

// Two content folders, each checked once and built once: the build is slow, the trials are many.
beforeAll(() => {
  const refusedDir = writeTrials('trials-refused', refused);
  check = runScript('check', [], { ARCHIVE_CONTENT_DIR: refusedDir });
  build = buildSite('trials-refused', { contentDir: refusedDir });
  const acceptedDir = writeTrials('trials-accepted', accepted);
  acceptedCheck = runScript('check', [], { ARCHIVE_CONTENT_DIR: acceptedDir });
  acceptedBuild = buildSite('trials-accepted', { contentDir: acceptedDir });
}, 600_000);

test('the table holds at least 40 trials', () => {
  expect(TRIALS.length).toBeGreaterThanOrEqual(40);
});

describe('refused by npm run check and the build alike', () => {
  test('both fail, and the build prints every problem the check prints, word for word', () => {
    expect(check.status).toBe(1);
    expect(build.ok).toBe(false);
    expect(build.output).toContain('网站未生成');
    const fromCheck = problemLines(check.stderr);
    expect(fromCheck.length).toBeGreaterThanOrEqual(refused.length);
    expect(new Set(problemLines(build.output))).toEqual(new Set(fromCheck));
  });

  test.each(refused)('$what: $message', (trial) => {
    expect(lineFor(check.stderr, trial), 'npm run check').toMatch(/错误：/);
    expect(lineFor(build.output, trial), 'the build').toMatch(/错误：/);
  });
});

describe('accepted by both and shown as written, running and loading nothing', () => {
  test('the check passes and the build completes, with the same warnings', () => {
    expect(acceptedCheck.status, acceptedCheck.stderr).toBe(0);
    expect(acceptedBuild.ok, acceptedBuild.output.slice(-3000)).toBe(true);
    expect(new Set(problemLines(acceptedBuild.output))).toEqual(new Set(problemLines(acceptedCheck.stderr)));
  });

  test.each(accepted.filter((t) => t.verdict === 'warned'))(
    '$what is a warning in both: $message',
    (trial) => {
      expect(lineFor(acceptedCheck.stderr, trial), 'npm run check').toMatch(/警告：/);
      expect(lineFor(acceptedBuild.output, trial), 'the build').toMatch(/警告：/);
    },
  );

  test.each(accepted.filter((t) => t.verdict === 'inert'))('$what', (trial) => {
    const text = fs.readFileSync(path.join(acceptedBuild.outDir, trial.page!), 'utf8');
    const shown = trial.page!.endsWith('.html') ? parse(text).textContent : text;
    for (const fragment of trial.shows ?? []) expect(shown).toContain(fragment);
    for (const pattern of trial.holds ?? []) expect(text).toMatch(pattern);
    for (const fragment of trial.lacks ?? []) expect(text).not.toContain(fragment);
  });

  test('no page of that build can script or reach another origin', () => {
    expect(crawlDist(acceptedBuild.outDir).problems).toEqual([]);
  });
});
