/**
 * `npm run new -- <kind> [--id ID] [--name 名称]`: a new entry with every field and its doc.
 * Asks for what is missing on a terminal; without one (a script, CI) derives it and never waits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { compareIndicators } from '../src/lib/figures.ts';
import { validateArchive } from '../src/lib/integrity/validate.ts';
import { COLLECTION_LABELS } from '../src/i18n/zh.ts';
import type { IndicatorData } from '../src/schemas/indicator.ts';
import {
  idFromName,
  KINDS,
  scaffold,
  ScaffoldError,
  type ArchiveSummary,
  type Kind,
} from '../tools/editor/scaffold.ts';

const USAGE = `用法：npm run new -- <类别> [--id 文件名] [--name 名称]
类别：${Object.entries(KINDS)
  .map(([kind, collection]) => `${kind}（${COLLECTION_LABELS[collection]}）`)
  .join('、')}
例：npm run new -- village --id dongcun --name 东村`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, name: { type: 'string' } },
});
const kind = positionals[0] as Kind | undefined;
if (!kind || !(kind in KINDS)) {
  console.error(kind ? `不认识的类别“${kind}”。\n${USAGE}` : USAGE);
  process.exit(1);
}

const dir = contentDir();
const { entries } = validateArchive(dir);
const summary: ArchiveSummary = {
  ids: Object.fromEntries(
    Object.values(KINDS).map((collection) => [
      collection,
      // Every file counts, valid or not, so a scaffold never overwrites one.
      fs.existsSync(path.join(dir, collection))
        ? fs.readdirSync(path.join(dir, collection)).map((file) => file.replace(/\.(md|mdx)$/, ''))
        : [],
    ]),
  ) as ArchiveSummary['ids'],
  bulletins: entries
    .filter((e) => e.collection === 'bulletins')
    .map((e) => ({
      id: e.id,
      ...(e.parsed as { series: string; issue: number; date: string; issuer: string }),
    })),
  teamUnits: entries
    .filter((e) => e.collection === 'teams')
    .map((e) => (e.parsed as { unit: { id: string } }).unit.id),
  indicators: entries
    .filter((e) => e.collection === 'indicators')
    .map((e) => ({ id: e.id, data: e.parsed as unknown as IndicatorData }))
    .sort(compareIndicators)
    .map(({ id, data }) => ({ id, label: data.label, unit: data.unit })),
};

const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
let { id, name } = values;

// Ask only a person at a terminal; bulletins are named by issue and need no id.
if (
  process.stdin.isTTY &&
  process.stdout.isTTY &&
  (name === undefined || (id === undefined && kind !== 'bulletin'))
) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Reading lines from the iterator keeps answers typed ahead; Ctrl+D takes the default.
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string) => {
    process.stdout.write(prompt);
    const next = await lines.next();
    return next.done ? '' : String(next.value).trim();
  };
  const label =
    kind === 'bulletin'
      ? '标题'
      : kind === 'team'
        ? '第一书记姓名（可留空）'
        : kind === 'indicator'
          ? '指标名称'
          : '名称';
  name ??= (await ask(`${label}：`)) || undefined;
  if (id === undefined && kind !== 'bulletin') {
    const suggested = name ? idFromName(name) : '';
    id =
      (await ask(`文件名（小写字母、数字、连字符）${suggested ? `[${suggested}]` : ''}：`)) ||
      suggested ||
      undefined;
  }
  rl.close();
}

try {
  const made = scaffold({ kind, id, name, today }, summary);
  const file = path.join(dir, made.collection, `${made.id}${made.extension}`);
  if (fs.existsSync(file)) throw new ScaffoldError(`${path.relative(process.cwd(), file)} 已存在，没有覆盖`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, made.text, { flag: 'wx' });
  console.log(path.relative(process.cwd(), file));
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
