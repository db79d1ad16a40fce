import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import { checkEntry, validateArchive } from '../../src/lib/integrity/validate.ts';
import { buildSite, copyContent } from '../support/build.ts';
import { ROOT, TEST_OUT } from '../support/paths.ts';
import { runScript, type ScriptRun } from './run.ts';

const OFFICE = path.join(ROOT, 'tests/fixtures/import/office');
const REFUSED = path.join(OFFICE, 'refused');
const FIELDS = [
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
];

function read(file: string) {
  const raw = parseEntry('bulletins', file, fs.readFileSync(file, 'utf8')).entry;
  const checked = raw && checkEntry(raw);
  if (!raw || !checked?.entry)
    throw new Error(`${file} does not pass the bulletin schema: ${JSON.stringify(checked?.problems)}`);
  const parsed = checked.entry.parsed;
  return { parsed, fields: Object.fromEntries(FIELDS.map((key) => [key, parsed[key]])), body: raw.body };
}

const sentences = (body: string) =>
  body
    .replace(/^## /gm, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, '')
    .match(/[^。；！？;!?]+[。；！？;!?]?/g) ?? [];
const headings = (body: string) => body.split('\n').filter((line) => line.startsWith('## '));
const paragraphs = (body: string) => body.trim().split(/\n{2,}/);

function freshDir(name: string): string {
  const dir = path.join(TEST_OUT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

describe.each([
  ['office-a.docx', 'office-a', '2015-06.mdx'],
  ['office-a.pdf', 'office-a', '2015-06.mdx'],
  ['office-b.docx', 'office-b', '2016-03.mdx'],
  ['office-b.pdf', 'office-b', '2016-03.mdx'],
  ['office-c.docx', 'office-c', '2017-01.mdx'],
  ['office-c.pdf', 'office-c', '2017-01.mdx'],
])('a bulletin in the printed layout, imported from %s', (file, name, draft) => {
  let out: string;
  let run: ScriptRun;
  beforeAll(() => {
    out = freshDir(`import-office-${file}`);
    run = runScript('import', [path.join(OFFICE, file), '--out', out]);
  });

  test('is written as one draft named for its year and issue', () => {
    expect(run.status).toBe(0);
    expect(fs.readdirSync(out)).toEqual([draft]);
    expect(read(path.join(out, draft)).parsed['draft']).toBe(true);
  });

  test('has issue, date, title, issuer and the 报/发 footer of the original', () => {
    expect(read(path.join(out, draft)).fields).toEqual(
      read(path.join(OFFICE, `${name}.expected.mdx`)).fields,
    );
  });

  test('keeps every sentence verbatim, every section heading as a heading and every paragraph break', () => {
    const imported = read(path.join(out, draft)).body;
    const expected = read(path.join(OFFICE, `${name}.expected.mdx`)).body;
    expect(headings(imported)).toEqual(headings(expected));
    expect(sentences(imported)).toEqual(sentences(expected));
    expect(paragraphs(imported)).toEqual(paragraphs(expected));
  });

  test('records the file it came from and the SHA-256 of its bytes', () => {
    const sha256 = createHash('sha256')
      .update(fs.readFileSync(path.join(OFFICE, file)))
      .digest('hex');
    expect(read(path.join(out, draft)).parsed['source']).toEqual({ file, sha256 });
  });
});

describe('a folder of office files, some of them unreadable', () => {
  let folder: string;
  let out: string;
  let before: string[];
  let run: ScriptRun;
  beforeAll(() => {
    folder = freshDir('import-office-folder/in');
    out = path.join(copyContent('import-office-folder'), 'bulletins');
    before = fs.readdirSync(out);
    fs.mkdirSync(path.join(folder, '2016年'), { recursive: true });
    fs.copyFileSync(path.join(OFFICE, 'office-a.docx'), path.join(folder, '第6期.docx'));
    fs.copyFileSync(path.join(OFFICE, 'office-b.pdf'), path.join(folder, '2016年', '第3期.pdf'));
    fs.copyFileSync(path.join(ROOT, 'tests/fixtures/import/synthetic-a.txt'), path.join(folder, '第5期.txt'));
    for (const bad of fs.readdirSync(REFUSED))
      fs.copyFileSync(path.join(REFUSED, bad), path.join(folder, bad));
    fs.writeFileSync(path.join(folder, '~$第6期.docx'), 'Word lock file');
    run = runScript('import', [folder, '--out', out]);
  });

  test('imports every readable bulletin in it and its sub-folders, one draft each', () => {
    for (const draft of ['2015-06.mdx', '2016-03.mdx', '2015-05.mdx']) {
      expect(fs.existsSync(path.join(out, draft)), draft).toBe(true);
    }
    expect(run.stdout).toContain('共 10 个文件，3 个写成草稿，0 个跳过，7 个未导入');
  });

  test.each([
    ['scan.pdf', '没有文字层，像是扫描件或图片', '文字识别（OCR）'],
    ['scan-page.jpg', '这是图片', '文字识别（OCR）'],
    ['encrypted.pdf', '设置了打开密码', '取消密码后另存'],
    ['damaged.pdf', '已损坏或不完整', '重新复制'],
    ['damaged.docx', '已损坏或不完整', '重新复制'],
    ['old-format.doc', '旧版 Word 格式（.doc）', '另存为”→“Word 文档（*.docx）'],
    ['other-format.odt', '不是可以导入的文件类型', '另存为 .docx 或 PDF'],
  ])('refuses %s by name, saying why and what to do', (file, problem, advice) => {
    const line = run.stderr
      .split('\n')
      .find((l) => l.includes(`不能导入 ${path.relative(ROOT, path.join(folder, file))}：`));
    expect(line).toContain(problem);
    expect(line).toContain(advice);
  });

  test('shows a progress line per file and a closing table with each outcome', () => {
    expect(run.stdout).toMatch(/\[1\/10\][\s\S]*\[10\/10\]/);
    const table = run.stdout.slice(run.stdout.indexOf('导入结果'));
    expect(table).toMatch(/第6期\.docx +已写成草稿 +.*2015-06\.mdx/);
    expect(table).toMatch(/scan\.pdf +未导入 +没有文字层（扫描件），需先做文字识别/);
    expect(table).not.toContain('~$');
  });

  test('exits with an error status, so a script notices the refusals', () => {
    expect(run.status).toBe(1);
  });

  test('leaves nothing in the archive but the drafts, which pass the build’s validation', () => {
    const added = fs.readdirSync(out).filter((f) => !before.includes(f));
    expect(added.sort()).toEqual(['2015-05.mdx', '2015-06.mdx', '2016-03.mdx']);
    const errors = validateArchive(path.dirname(out), ROOT).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });
});

describe('the drafts, once published', () => {
  test('build into bulletin pages with their headings', () => {
    const content = copyContent('import-office-build');
    const out = path.join(content, 'bulletins');
    runScript('import', [
      path.join(OFFICE, 'office-a.docx'),
      path.join(OFFICE, 'office-b.pdf'),
      '--out',
      out,
    ]);
    for (const draft of ['2015-06.mdx', '2016-03.mdx']) {
      const file = path.join(out, draft);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^draft: true$/m, 'draft: false'));
    }
    const build = buildSite('import-office-build', { contentDir: content });
    expect(build.ok, build.output).toBe(true);
    const pages = fs.readdirSync(path.join(build.outDir, 'bulletins'));
    for (const [id, heading] of [
      ['2015-06', '二、存在的问题'],
      ['2016-03', '三、下步工作要求'],
    ] as const) {
      expect(pages).toContain(id);
      const html = fs.readFileSync(path.join(build.outDir, 'bulletins', id, 'index.html'), 'utf8');
      expect(html).toMatch(new RegExp(`<h2[^>]*>[^<]*${heading}`));
    }
  }, 300_000);
});

describe('an issue already in the archive, or twice in one run', () => {
  let out: string;
  let first: ScriptRun;
  let again: ScriptRun;
  beforeAll(() => {
    out = freshDir('import-office-duplicates');
    first = runScript('import', [
      path.join(OFFICE, 'office-a.docx'),
      path.join(OFFICE, 'office-a.pdf'),
      '--out',
      out,
    ]);
    again = runScript('import', [path.join(OFFICE, 'office-a.pdf'), '--out', out]);
  });

  test('the same issue from a second file of the run is skipped, naming the first', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/跳过：2015年第6期本次已从 \S*office-a\.docx 导入为 \S*2015-06\.mdx/);
    expect(fs.readdirSync(out)).toEqual(['2015-06.mdx']);
  });

  test('an issue the archive has is skipped, never written twice nor overwritten', () => {
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/跳过：2015年第6期已在档案中：\S*2015-06\.mdx/);
    expect(again.stdout).toContain('0 个写成草稿，1 个跳过');
    expect(read(path.join(out, '2015-06.mdx')).parsed['source']).toMatchObject({ file: 'office-a.docx' });
  });
});

describe('keeping the original', () => {
  test('--keep-source copies the file beside the transcriptions, named as its draft', () => {
    const out = path.join(freshDir('import-office-keep'), 'bulletins');
    const sources = path.join(path.dirname(out), 'sources');
    const run = runScript('import', [
      path.join(OFFICE, 'office-b.docx'),
      '--out',
      out,
      '--keep-source',
      '--sources',
      sources,
    ]);
    expect(run.status).toBe(0);
    expect(fs.readFileSync(path.join(sources, '2016-03.docx'))).toEqual(
      fs.readFileSync(path.join(OFFICE, 'office-b.docx')),
    );
    expect(run.stdout).toContain('原件已另存为');
  });
});

describe('a 20-page PDF', () => {
  test('loses its page numbers and keeps all its sections and sentences', () => {
    const out = freshDir('import-office-long');
    const run = runScript('import', [path.join(OFFICE, 'long-20-pages.pdf'), '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/去掉页码 (\d+) 个/);
    const pages = Number(/去掉页码 (\d+) 个/.exec(run.stdout)![1]);
    expect(pages).toBeGreaterThanOrEqual(20);
    const imported = read(path.join(out, '2015-20.mdx')).body;
    const expected = read(path.join(OFFICE, 'long-20-pages.expected.mdx')).body;
    expect(headings(imported)).toEqual(headings(expected));
    // LibreOffice leaves out a comma it would hang past the margin in one of 129 paragraphs, so the
    // PDF itself lacks it: the share of sentences is what can be asked.
    const found = new Set(sentences(imported));
    const verbatim = sentences(expected).filter((sentence) => found.has(sentence)).length;
    expect(verbatim / sentences(expected).length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('text saved by Windows in its Chinese code page', () => {
  test('a GBK .txt imports exactly as its UTF-8 original does', () => {
    const out = freshDir('import-office-gbk');
    const fixtures = path.join(ROOT, 'tests/fixtures/import');
    runScript('import', [path.join(fixtures, 'synthetic-a.gbk.txt'), '--out', out]);
    const imported = read(path.join(out, '2015-05.mdx'));
    const expected = read(path.join(fixtures, 'synthetic-a.expected.mdx'));
    expect(imported.fields).toEqual(expected.fields);
    expect(sentences(imported.body)).toEqual(sentences(expected.body));
  });
});
