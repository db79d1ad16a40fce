/**
 * `npm run import -- <file> [more files] [--out DIR]`: turns text extracted from legacy bulletins
 * (PDF or Word) into draft bulletins for the editor to check, one file per bulletin.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FIGURES } from '../src/schemas/figures.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { importLegacyBulletin } from '../src/lib/import/legacy-bulletin.ts';
import { renderDraft } from '../src/lib/import/render.ts';
import type { KnownEntity } from '../src/lib/import/suggestions.ts';
import { validateArchive } from '../src/lib/integrity/validate.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
if (positionals.length === 0) {
  console.error(
    '用法：npm run import -- 旧简报.txt [更多文件…] [--out 目录]\n把从 PDF 或 Word 中复制出的简报文字转成草稿简报（draft: true）。',
  );
  process.exit(1);
}
const outDir = path.resolve(values.out ?? path.join(contentDir(), 'bulletins'));
fs.mkdirSync(outDir, { recursive: true });

const known: KnownEntity[] = validateArchive(contentDir()).entries.flatMap((e) =>
  e.collection === 'villages' || e.collection === 'towns' || e.collection === 'units'
    ? [{ collection: e.collection, id: e.id, name: (e.parsed as { name: string }).name }]
    : [],
);

function targetName(issue: number | undefined, date: string | undefined): string {
  if (issue !== undefined && date) return `${date.slice(0, 4)}-${String(issue).padStart(2, '0')}.mdx`;
  let n = 1;
  while (fs.existsSync(path.join(outDir, `imported-${n}.mdx`))) n++;
  return `imported-${n}.mdx`;
}

let failed = 0;
positionals.forEach((file, index) => {
  console.log(`[${index + 1}/${positionals.length}] ${file}`);
  if (!fs.existsSync(file)) {
    console.error(`  ✗ 找不到文件 ${file}`);
    failed++;
    return;
  }
  const imported = importLegacyBulletin(fs.readFileSync(file, 'utf8'), known);
  const target = path.join(outDir, targetName(imported.head.issue, imported.head.date));
  if (fs.existsSync(target)) {
    console.error(
      `  ✗ ${path.relative(process.cwd(), target)} 已存在，没有覆盖。若要重新导入，请先删除或改名旧文件，或用 --out 指定别的目录。`,
    );
    failed++;
    return;
  }
  fs.writeFileSync(target, renderDraft(imported, path.basename(file)));
  const { head } = imported;
  console.log(`  → ${path.relative(process.cwd(), target)}（草稿）`);
  console.log(
    `  报头：第${head.issue ?? '?'}期 ${head.date ?? '日期未识别'}《${head.title ?? '标题未识别'}》；去掉页码 ${imported.pages} 个；正文 ${imported.blocks.length} 段`,
  );
  if (imported.figures.length) {
    console.log(
      `  识别出的数字（已作为注释写入，请核对）：${imported.figures.map((f) => `${FIGURES[f.key].label} ${f.value}`).join('，')}`,
    );
  }
  if (imported.entities.length)
    console.log(`  提到的已登记条目：${imported.entities.map((e) => e.name).join('、')}`);
  for (const note of imported.unparsed) console.warn(`  ⚠ ${note}`);
});
const done = positionals.length - failed;
console.log(
  `\n导入完成：${done} 个成功${failed ? `，${failed} 个失败` : ''}。草稿不会出现在网站上；请核对后运行 npm run check。`,
);
if (failed) process.exitCode = 1;
