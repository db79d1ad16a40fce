import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cleanExtractedText } from '../../src/lib/import/extraction.ts';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import { checkEntry, validateArchive } from '../../src/lib/integrity/validate.ts';
import { copyContent } from '../support/build.ts';
import { ISSUE2_FIXTURE, ROOT, TEST_OUT } from '../support/paths.ts';
import { runScript, type ScriptRun } from './run.ts';

const SEED = path.join(ROOT, 'docs/sources/2015-02-extracted.txt');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const MASTHEAD_AND_FOOTER = [
  'series',
  'issue',
  'date',
  'issuer',
  'title',
  'sentTo',
  'distributedTo',
  'filed',
  'printRun',
  'contact',
  'draft',
];

function read(file: string) {
  const raw = parseEntry('bulletins', file, fs.readFileSync(file, 'utf8')).entry;
  const checked = raw && checkEntry(raw);
  if (!raw || !checked?.entry)
    throw new Error(`${file} does not pass the bulletin schema: ${JSON.stringify(checked?.problems)}`);
  const parsed = checked.entry.parsed;
  return { fields: Object.fromEntries(MASTHEAD_AND_FOOTER.map((key) => [key, parsed[key]])), body: raw.body };
}

/** The body as sentences, ending at 。；！？, with Markdown headings and breaks ignored. */
function sentences(body: string): string[] {
  const text = body.replace(/^## /gm, '').replace(/\\(.)/g, '$1').replace(/\s+/g, '');
  return text.match(/[^。；！？;!?]+[。；！？;!?]?/g) ?? [];
}

const paragraphs = (body: string) => body.trim().split(/\n{2,}/);

describe('importing the seed (issue 2 as extracted from the PDF)', () => {
  let out: string;
  let run: ScriptRun;
  beforeAll(() => {
    out = path.join(TEST_OUT, 'import-seed');
    fs.rmSync(out, { recursive: true, force: true });
    run = runScript('import', [SEED, '--out', out]);
  });

  test('writes a draft named for its year and issue and reports it', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('[1/1]');
    expect(run.stdout).toContain('2015-02.mdx');
    expect(read(path.join(out, '2015-02.mdx')).fields['draft']).toBe(true);
  });

  test('its text matches the transcribed issue 2 sentence for sentence', () => {
    const imported = read(path.join(out, '2015-02.mdx'));
    const real = read(path.join(ISSUE2_FIXTURE, 'bulletins/2015-02.mdx'));
    expect(sentences(imported.body).length).toBeGreaterThan(50);
    expect(sentences(imported.body)).toEqual(sentences(real.body));
  });

  test('its sections, points and per-unit paragraphs break where the transcription does', () => {
    const imported = read(path.join(out, '2015-02.mdx'));
    const real = read(path.join(ISSUE2_FIXTURE, 'bulletins/2015-02.mdx'));
    expect(paragraphs(imported.body)).toEqual(paragraphs(real.body));
  });

  test('its masthead and footer equal the real entry', () => {
    const imported = read(path.join(out, '2015-02.mdx')).fields;
    const real = read(path.join(ISSUE2_FIXTURE, 'bulletins/2015-02.mdx')).fields;
    expect({ ...imported, draft: false }).toEqual(real);
  });

  test('the figures it recognises are offered as comments and equal the reported ones', () => {
    const text = fs.readFileSync(path.join(out, '2015-02.mdx'), 'utf8');
    for (const figure of [
      'inspection-groups, value: 5',
      'teams-total, value: 116',
      'teams-docked, value: 114',
      'heads-visited, value: 96',
      'heads-not-visited, value: 20',
      'units-missing-major-items, value: 8',
    ]) {
      expect(text).toContain(`#   - { indicator: ${figure}, quote: "`);
    }
    expect(text).toContain('xigouzi（西沟子村）');
    expect(run.stdout).toContain('对接到位的工作队 114');
  });

  test('importing it again skips it as already there, leaving the draft as it was', () => {
    const before = fs.readFileSync(path.join(out, '2015-02.mdx'), 'utf8');
    const again = runScript('import', [SEED, '--out', out]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/跳过：同一个文件已导入为 .*2015-02\.mdx，没有重复导入/);
    expect(fs.readdirSync(out)).toEqual(['2015-02.mdx']);
    expect(fs.readFileSync(path.join(out, '2015-02.mdx'), 'utf8')).toBe(before);
  });
});

describe('importing other bulletins of the same kind (synthetic)', () => {
  const names = ['synthetic-a', 'synthetic-b', 'synthetic-c'];
  let out: string;
  let run: ScriptRun;
  beforeAll(() => {
    out = path.join(copyContent('import-synthetic'), 'bulletins');
    run = runScript('import', [...names.map((n) => path.join(FIXTURES, `${n}.txt`)), '--out', out]);
  });

  test('shows progress file by file', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\[1\/3\][\s\S]*\[2\/3\][\s\S]*\[3\/3\]/);
    expect(run.stdout).toContain('共 3 个文件，3 个写成草稿，0 个跳过，0 个未导入');
  });

  test.each([
    ['synthetic-a', '2015-05.mdx'],
    ['synthetic-b', '2016-12.mdx'],
    ['synthetic-c', '2017-01.mdx'],
  ])('%s reproduces its transcription: fields and every sentence', (name, file) => {
    const imported = read(path.join(out, file));
    const expected = read(path.join(FIXTURES, `${name}.expected.mdx`));
    expect(imported.fields).toEqual(expected.fields);
    expect(sentences(imported.body)).toEqual(sentences(expected.body));
    expect(paragraphs(imported.body)).toEqual(paragraphs(expected.body));
  });

  test('what it could not read is reported (a footer without a print run)', () => {
    expect(run.stderr).toContain('没有找到“共印N份”');
  });

  test('the drafts pass the same validation as the build', () => {
    const errors = validateArchive(path.dirname(out), ROOT).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });
});

describe('page numbers are told from real numbers by their run 1, 2, 3 …', () => {
  test('a page number inside a number joins the number up again', () => {
    expect(cleanExtractedText('1、 1 第一页全县 11 2 0 个村。第二页 3 完。').text).toBe(
      '第一页全县110个村。第二页完。',
    );
  });

  test('real numbers standing alone out of the run stay', () => {
    expect(cleanExtractedText('1、 1 资金比例为 1 比 3 。打水井 2 口, 2 后 3 续').text).toBe(
      '资金比例为1比3。打水井2口,后续',
    );
  });

  test('text without page numbers or chunk markers only loses its spaces', () => {
    expect(cleanExtractedText('基 层 党 组 织 ,组织了 5 个督查组').text).toBe('基层党组织,组织了5个督查组');
  });
});
