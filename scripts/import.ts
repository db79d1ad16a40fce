/**
 * `npm run import -- <file or folder>… [--out DIR] [--keep-source [--sources DIR]]`: turns legacy
 * bulletins (Word .docx, text PDFs, text extracted from either) into draft bulletins for the editor
 * to check, one per bulletin, folders recursively. What a draft's sentences report about known items,
 * teams and villages is appended to their entries, tied to the draft, in the same step. Issues already
 * present are skipped, unreadable files refused with the reason, and no file is ever half-written or
 * replaced.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { appendReports, type Addition } from '../src/lib/import/append-reports.ts';
import { proposalCatalogue } from '../src/lib/import/catalogue.ts';
import {
  looksLikeBulletin,
  parseBulletin,
  type ImportedBulletin,
} from '../src/lib/import/legacy-bulletin.ts';
import { proposalText } from '../src/lib/import/proposal-text.ts';
import { proposeAll, type Proposed } from '../src/lib/import/propose.ts';
import { readSource } from '../src/lib/import/read-source.ts';
import { REFUSALS, refusalMessage, type RefusalReason } from '../src/lib/import/refusals.ts';
import { renderDraft, renderIndicator } from '../src/lib/import/render.ts';
import type { KnownEntity } from '../src/lib/import/suggestions.ts';
import { validateArchive } from '../src/lib/integrity/validate.ts';
import { collectFiles } from './import/collect.ts';
import { issueKey, IssuesPresent, relative } from './import/issues-present.ts';
import { summaryTable, type SummaryRow } from './import/summary.ts';
import { writeNew } from './import/write-new.ts';
import { writeTogether, type Change } from './import/write-together.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    'keep-source': { type: 'boolean', default: false },
    sources: { type: 'string', default: 'docs/sources' },
  },
});
if (positionals.length === 0) {
  console.error(
    [
      '用法：npm run import -- 文件或文件夹… [--out 目录] [--keep-source]',
      '把旧简报（Word .docx、有文字的 PDF、从中复制出的 .txt）转成草稿简报（draft: true）；',
      '给出文件夹时导入其中（含子文件夹）的所有文件。--keep-source 把原件另存一份到 docs/sources/。',
    ].join('\n'),
  );
  process.exit(1);
}
const outDir = path.resolve(values.out ?? path.join(contentDir(), 'bulletins'));
fs.mkdirSync(outDir, { recursive: true });

const archive = validateArchive(contentDir()).entries;
const known: KnownEntity[] = archive.flatMap((e) =>
  e.collection === 'villages' || e.collection === 'towns' || e.collection === 'units'
    ? [{ collection: e.collection, id: e.id, name: (e.parsed as { name: string }).name }]
    : [],
);
const catalogue = proposalCatalogue(archive);
const entryFile = new Map(archive.map((e) => [`${e.collection}/${e.id}`, path.resolve(e.file)]));
/** Proposals are written only beside drafts in the archive itself: elsewhere their bulletin would not resolve. */
const writesProposals = outDir === path.resolve(contentDir(), 'bulletins');
const indicatorLabels = new Map(
  archive.flatMap((e) =>
    e.collection === 'indicators' ? [[e.id, (e.parsed as { label: string }).label]] : [],
  ),
);
const present = new IssuesPresent(outDir);

interface Planned extends Proposed {
  changes: Change[];
}

/**
 * What the draft with this id proposes, and the entry files that change with it: reports appended to
 * known entries, and a new file for each indicator it proposes.
 */
function plan(imported: ImportedBulletin, id: string): Planned {
  if (!writesProposals) return { reports: [], figures: [], indicators: [], doubts: [], changes: [] };
  const proposed = proposeAll(imported.blocks, catalogue, { id, date: imported.head.date });
  const byFile = new Map<string, Addition[]>();
  for (const p of proposed.reports) {
    const file = entryFile.get(`${p.collection}/${p.id}`)!;
    const addition = { field: p.field, report: p.report, comment: `由 npm run import 据 ${id} 提出` };
    byFile.set(file, [...(byFile.get(file) ?? []), addition]);
  }
  const changes: Change[] = [...byFile].map(([file, additions]) => {
    const before = fs.readFileSync(file, 'utf8');
    return { file, before, after: appendReports(before, additions) };
  });
  const indicators = path.join(contentDir(), 'indicators');
  for (const indicator of proposed.indicators) {
    changes.push({
      file: path.resolve(indicators, `${indicator.id}.md`),
      before: null,
      after: renderIndicator(indicator, id),
    });
  }
  return { ...proposed, changes };
}

/** `2015-02.mdx`, or the next free `imported-N.mdx` while year or issue is unknown. */
function draftPath(imported: ImportedBulletin): string {
  const { issue, date } = imported.head;
  const base =
    issue !== undefined && date ? `${date.slice(0, 4)}-${String(issue).padStart(2, '0')}` : 'imported';
  for (let n = base === 'imported' ? 1 : 0; ; n++) {
    const name = n === 0 ? base : `${base}-${n}`;
    const file = path.join(outDir, `${name}.mdx`);
    if (!fs.existsSync(file)) return file;
  }
}

/** Keeps the original beside the transcriptions, named as the draft is. */
function keepSource(file: string, bytes: Uint8Array, draft: string): string {
  fs.mkdirSync(values.sources, { recursive: true });
  const kept = path.join(
    values.sources,
    `${path.basename(draft, '.mdx')}${path.extname(file).toLowerCase()}`,
  );
  if (writeNew(kept, bytes)) return `原件已另存为 ${relative(kept)}`;
  const same = Buffer.compare(fs.readFileSync(kept), Buffer.from(bytes)) === 0;
  return same ? `原件已在 ${relative(kept)}` : `⚠ ${relative(kept)} 已存在且内容不同，没有覆盖，原件未另存`;
}

function report(imported: ImportedBulletin, planned: Planned) {
  const { head } = imported;
  console.log(
    `  报头：第${head.issue ?? '?'}期 ${head.date ?? '日期未识别'}《${head.title ?? '标题未识别'}》；${imported.pages ? `去掉页码 ${imported.pages} 个；` : ''}正文 ${imported.blocks.length} 段`,
  );
  if (!writesProposals && imported.figures.length) {
    console.log(
      `  识别出的数字（已作为注释写入，请核对）：${imported.figures.map((f) => `${indicatorLabels.get(f.indicator) ?? f.indicator} ${f.value}`).join('，')}`,
    );
  }
  if (imported.entities.length)
    console.log(`  提到的已登记条目：${imported.entities.map((e) => e.name).join('、')}`);
  if (planned.reports.length) {
    console.log(
      `  提议 ${planned.reports.length} 条（已写入下列条目，随这一期发布；请逐条对照原文核对，不对就删去那一条）：`,
    );
    for (const p of planned.reports) {
      const file = relative(entryFile.get(`${p.collection}/${p.id}`)!);
      console.log(`    ${file}  ${p.field}  ${proposalText(p)}  “${p.report.quote}”`);
    }
  }
  if (planned.figures.length) {
    const labelOf = (id: string) =>
      indicatorLabels.get(id) ?? planned.indicators.find((i) => i.id === id)?.label;
    console.log(
      `  提议的数字 ${planned.figures.length} 个（已写入这一期的 figures，随它发布；请逐条核对）：${planned.figures
        .map(
          (f) =>
            `${labelOf(f.indicator)} ${f.approx === 'about' ? '约' : ''}${f.value}${f.approx === 'over' ? '余' : ''}`,
        )
        .join('，')}`,
    );
  }
  for (const indicator of planned.indicators) {
    console.log(
      `  新指标：${relative(path.join(contentDir(), 'indicators', `${indicator.id}.md`))}  ${indicator.label}（${indicator.unit}）  档案里还没有这个指标，请核对名称和单位`,
    );
  }
  for (const note of [...imported.unparsed, ...imported.doubts]) console.warn(`  ⚠ ${note}`);
}

async function importFile(file: string, exists: boolean): Promise<SummaryRow> {
  const row = (outcome: SummaryRow['outcome'], detail: string): SummaryRow => ({
    file: relative(file),
    outcome,
    detail,
  });
  const refuse = (reason: RefusalReason) => {
    console.error(`  ✗ 不能导入 ${relative(file)}：${refusalMessage(reason)}`);
    return row('refused', REFUSALS[reason].short);
  };
  if (!exists) return refuse('missing');
  const bytes = new Uint8Array(fs.readFileSync(file));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const sameFile = present.bySource.get(sha256);
  if (sameFile) {
    const where = sameFile.importedFrom ? `本次已从 ${sameFile.importedFrom} 导入为` : '已导入为';
    console.log(`  ↷ 跳过：同一个文件${where} ${relative(sameFile.file)}，没有重复导入`);
    return row('skipped', `同一文件已导入：${relative(sameFile.file)}`);
  }
  const read = await readSource(path.extname(file).toLowerCase(), bytes);
  if (!read.ok) return refuse(read.reason);
  const imported = parseBulletin(read.document, known);
  if (!looksLikeBulletin(imported)) return refuse('notBulletin');
  const { series, date, issue } = imported.head;
  const key = date && issue !== undefined ? issueKey(series, date, issue) : undefined;
  const sameIssue = key ? present.byIssue.get(key) : undefined;
  if (sameIssue) {
    const where = sameIssue.importedFrom
      ? `本次已从 ${sameIssue.importedFrom} 导入为 ${relative(sameIssue.file)}`
      : `已在档案中：${relative(sameIssue.file)}`;
    console.log(`  ↷ 跳过：${date!.slice(0, 4)}年第${issue}期${where}，没有重复导入，也没有覆盖`);
    return row('skipped', `${date!.slice(0, 4)}年第${issue}期已有：${relative(sameIssue.file)}`);
  }
  // The draft's file name is the id its proposals cite: chosen first, again if it is taken meanwhile.
  let target = draftPath(imported);
  let planned = plan(imported, path.basename(target, '.mdx'));
  let withDoubts = { ...imported, doubts: [...imported.doubts, ...planned.doubts] };
  const draftText = () =>
    renderDraft(
      withDoubts,
      { file: path.basename(file), sha256 },
      writesProposals ? planned.figures : undefined,
    );
  while (!writeTogether(target, draftText(), planned.changes)) {
    target = draftPath(imported);
    planned = plan(imported, path.basename(target, '.mdx'));
    withDoubts = { ...imported, doubts: [...imported.doubts, ...planned.doubts] };
  }
  present.add(key, sha256, { file: target, importedFrom: relative(file) });
  // A later file of the same run reports against the indicators this one proposed.
  for (const indicator of planned.indicators) {
    catalogue.indicators.push(indicator);
    indicatorLabels.set(indicator.id, indicator.label);
  }
  console.log(`  → ${relative(target)}（草稿）`);
  report(withDoubts, planned);
  const kept = values['keep-source'] ? keepSource(file, bytes, target) : undefined;
  if (kept) console.log(`  ${kept}`);
  const doubts = withDoubts.unparsed.length + withDoubts.doubts.length;
  const count = planned.reports.length + planned.figures.length + planned.indicators.length;
  const proposed = count ? `，${count} 条提议` : '';
  return row('written', `${relative(target)}${proposed}${doubts ? `，${doubts} 处待核对` : ''}`);
}

const files = collectFiles(positionals);
const rows: SummaryRow[] = [];
for (const [index, { path: file, exists }] of files.entries()) {
  console.log(`[${index + 1}/${files.length}] ${relative(file)}`);
  try {
    rows.push(await importFile(file, exists));
  } catch (error) {
    // One file's unexpected failure (a folder without write permission…) must not stop the others.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`  ✗ 导入 ${relative(file)} 时出错：${message}`);
    rows.push({ file: relative(file), outcome: 'refused', detail: `出错：${message}` });
  }
}
console.log(`\n${summaryTable(rows)}`);
console.log('\n草稿不会出现在网站上；请对照原件核对每份草稿（⚠ 处尤其要看），然后运行 npm run check。');
if (rows.some((r) => r.outcome === 'refused')) process.exitCode = 1;
