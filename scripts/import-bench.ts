/**
 * `npm run bench:import`: how well and how fast the import reads each fixture (share of sentences
 * verbatim, section headings recovered, masthead and footer fields right, time per file), then the
 * whole command on a folder of 50 distinct bulletins (.docx and PDF, made with LibreOffice when it is
 * installed) and on the 20-page PDF: wall time and peak memory. Prints a Markdown report.
 * Run it under the machine's shared lock: `flock /tmp/heavy.lock npm run bench:import`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBulletin } from '../src/lib/import/legacy-bulletin.ts';
import { readSource } from '../src/lib/import/read-source.ts';
import { renderDraft } from '../src/lib/import/render.ts';
import { parseEntry } from '../src/lib/integrity/read-entries.ts';
import { checkEntry } from '../src/lib/integrity/validate.ts';
import { measure, buildEnv } from '../tools/bench/measure.ts';
import { SYNTHETIC_BULLETINS } from './import-fixtures/bulletins.ts';
import { renderFodt } from './import-fixtures/fodt.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const IMPORT = path.join(ROOT, 'tests/fixtures/import');
const OFFICE = path.join(IMPORT, 'office');
const FIELDS = ['series', 'issue', 'date', 'issuer', 'title', 'sentTo', 'distributedTo', 'filed', 'printRun'];
const issue2 = ['tests/fixtures/issue2/bulletins/2015-02.mdx', 'src/content/bulletins/2015-02.mdx']
  .map((file) => path.join(ROOT, file))
  .find((file) => fs.existsSync(file))!;

const CASES: [source: string, expected: string][] = [
  ['docs/sources/2015-02-extracted.txt', issue2],
  ...['a', 'b', 'c'].map((n): [string, string] => [
    `${IMPORT}/synthetic-${n}.txt`,
    `${IMPORT}/synthetic-${n}.expected.mdx`,
  ]),
  ...[
    'office-a.docx',
    'office-a.pdf',
    'office-b.docx',
    'office-b.pdf',
    'office-c.docx',
    'office-c.pdf',
    'long-20-pages.pdf',
  ].map((file): [string, string] => [
    `${OFFICE}/${file}`,
    `${OFFICE}/${file.replace(/\.\w+$/, '')}.expected.mdx`,
  ]),
];

function entry(file: string, text: string) {
  const raw = parseEntry('bulletins', file, text).entry!;
  return { parsed: checkEntry(raw).entry?.parsed ?? {}, body: raw.body };
}
const sentences = (body: string) =>
  body
    .replace(/^## /gm, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, '')
    .match(/[^。；！？;!?]+[。；！？;!?]?/g) ?? [];
const headings = (body: string) => body.split('\n').filter((line) => line.startsWith('## '));

/** Share of `expected` found in `actual`, each item counted as often as it occurs. */
function shareFound(expected: readonly string[], actual: readonly string[]): number {
  const left = new Map<string, number>();
  for (const item of actual) left.set(item, (left.get(item) ?? 0) + 1);
  let found = 0;
  for (const item of expected) {
    const n = left.get(item) ?? 0;
    if (n > 0) {
      found++;
      left.set(item, n - 1);
    }
  }
  return expected.length ? found / expected.length : 1;
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const lines = [
  '| file | sentences verbatim | headings | masthead/footer fields | ms per file |',
  '|---|---|---|---|---|',
];
for (const [source, expectedFile] of CASES) {
  const bytes = new Uint8Array(fs.readFileSync(path.resolve(ROOT, source)));
  const times: number[] = [];
  let draft = '';
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    const read = await readSource(path.extname(source), bytes);
    if (!read.ok) throw new Error(`${source}: ${read.reason}`);
    draft = renderDraft(parseBulletin(read.document), {
      file: path.basename(source),
      sha256: '0'.repeat(64),
    });
    times.push(performance.now() - start);
  }
  const imported = entry('imported.mdx', draft);
  const expected = entry(expectedFile, fs.readFileSync(expectedFile, 'utf8'));
  const fieldsRight = FIELDS.filter(
    (key) => JSON.stringify(imported.parsed[key]) === JSON.stringify(expected.parsed[key]),
  ).length;
  const median = times.sort((a, b) => a - b)[1]!;
  lines.push(
    `| ${path.relative(ROOT, path.resolve(ROOT, source))} | ${percent(shareFound(sentences(expected.body), sentences(imported.body)))} | ${shareFound(headings(expected.body), headings(imported.body)) * headings(expected.body).length}/${headings(expected.body).length} | ${fieldsRight}/${FIELDS.length} | ${median.toFixed(0)} |`,
  );
}

async function runImport(args: string[]) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-out-'));
  const run = await measure(process.execPath, ['scripts/import.ts', ...args, '--out', out], {
    cwd: ROOT,
    env: buildEnv({}),
  });
  const written = fs.readdirSync(out).length;
  fs.rmSync(out, { recursive: true, force: true });
  return { ...run, written };
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const long = await runImport([path.join(OFFICE, 'long-20-pages.pdf')]);
const pdfPages = /去掉页码 (\d+) 个/.exec(long.lines.map((l) => l.text).join('\n'))?.[1];
lines.push(
  '',
  `20-page PDF (${pdfPages} page numbers removed), whole command: ${(long.wallMs / 1000).toFixed(2)} s, peak ${mb(long.peakRssBytes)}`,
);

const hasOffice = spawnSync('soffice', ['--version']).status === 0;
if (hasOffice) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-folder-'));
  for (let n = 1; n <= 50; n++) {
    const base = SYNTHETIC_BULLETINS[n % 2]!;
    const fodt = path.join(folder, `${n % 2 ? 'pdf' : 'docx'}-${String(n).padStart(2, '0')}.fodt`);
    fs.writeFileSync(fodt, renderFodt({ ...base, issue: n, date: `2018-${base.date.slice(5)}` }));
  }
  for (const format of ['docx', 'pdf']) {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${folder}/.profile`,
        '--headless',
        '--convert-to',
        format,
        '--outdir',
        folder,
        ...fs
          .readdirSync(folder)
          .filter((f) => f.startsWith(`${format}-`))
          .map((f) => path.join(folder, f)),
      ],
      { stdio: 'ignore' },
    );
  }
  for (const file of fs.readdirSync(folder)) if (file.endsWith('.fodt')) fs.rmSync(path.join(folder, file));
  const files = fs.readdirSync(folder).filter((f) => !f.startsWith('.')).length;
  const run = await runImport([folder]);
  fs.rmSync(folder, { recursive: true, force: true });
  lines.push(
    `Folder of ${files} files (25 .docx, 25 PDF), whole command: ${(run.wallMs / 1000).toFixed(2)} s, ${run.written} drafts, peak ${mb(run.peakRssBytes)}`,
  );
} else {
  lines.push(
    'Folder of 50 files: not measured (needs LibreOffice to make them: apt-get install libreoffice-writer-nogui).',
  );
}
lines.push(
  '',
  `Machine: ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(lines.join('\n'));
