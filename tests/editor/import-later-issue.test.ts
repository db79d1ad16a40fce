import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildArchive } from '../../src/lib/archive-index.ts';
import { validateArchive } from '../../src/lib/integrity/validate.ts';
import { describeFact, keyFacts, score, type Fact } from '../../tools/import/score.ts';
import { buildSite, copyContent, type BuildResult } from '../support/build.ts';
import { ISSUE2_FIXTURE, ROOT } from '../support/paths.ts';
import { runScript, type ScriptRun } from './run.ts';

const LATER = path.join(ROOT, 'tests/fixtures/later-issues');
const ISSUE3 = path.join(LATER, 'synthetic-issue-3.txt');
const FACTS = keyFacts(fs.readFileSync(path.join(LATER, 'synthetic-issue-3.key.yaml'), 'utf8'));

let dir: string;
let imported: ScriptRun;
let checked: ScriptRun;
let build: BuildResult;
const draftFile = () => path.join(dir, 'bulletins/2015-03.mdx');
const read = (file: string) => fs.readFileSync(path.join(build.outDir, file), 'utf8');
/** Visible text without tags or white space. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');
const csv = (file: string) => parse<Record<string, string>>(read(file), { bom: true, columns: true });

/** Every entry as plain data, as the site's archive module would get it. */
function archiveOf(includeDrafts: boolean) {
  const { entries } = validateArchive(dir, ROOT);
  const of = (collection: string) =>
    entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.parsed as never }));
  return buildArchive(
    {
      indicators: of('indicators'),
      bulletins: of('bulletins'),
      towns: of('towns'),
      units: of('units'),
      villages: of('villages'),
      teams: of('teams'),
      items: of('items'),
      cases: of('cases'),
    },
    { includeDrafts },
  );
}

/** The indicators of the frozen issue-2 archive: any other one was proposed by the import. */
const ISSUE2_INDICATORS = new Set(
  fs.readdirSync(path.join(ISSUE2_FIXTURE, 'indicators')).map((f) => f.replace(/\.md$/, '')),
);

/** A bulletin's figures as facts: against an indicator issue 2 had, or `new` with the proposed one's unit and name. */
function figureFacts(archive: ReturnType<typeof archiveOf>, bulletin: string): Fact[] {
  const entry = archive.bulletinById.get(bulletin);
  const figures = ((entry?.data as { figures?: unknown } | undefined)?.figures ?? []) as {
    indicator: { id: string };
    value: number;
    approx?: string;
  }[];
  return figures.map((figure): Fact => {
    const values = { value: figure.value, ...(figure.approx ? { approx: figure.approx } : {}) };
    const id = figure.indicator.id;
    if (ISSUE2_INDICATORS.has(id)) return { collection: 'figures', id, field: 'figures', values };
    const indicator = archive.indicatorById.get(id) as { data: { unit: string; label: string } } | undefined;
    return {
      collection: 'figures',
      id: 'new',
      field: 'figures',
      values: { ...values, unit: indicator?.data.unit, label: indicator?.data.label },
    };
  });
}

/** The reports of items, teams and villages that cite `bulletin`, as facts. */
function factsCiting(archive: ReturnType<typeof archiveOf>, bulletin: string): Fact[] {
  const fields = {
    items: ['history'],
    teams: ['firstSecretary', 'docked', 'headVisit', 'threeYearPlan', 'annualPlan', 'majorItemsSubmitted'],
    villages: ['listing'],
  } as const;
  return (Object.keys(fields) as (keyof typeof fields)[]).flatMap((collection) =>
    archive[collection].flatMap((entry) =>
      fields[collection].flatMap((field) =>
        ((entry.data as unknown as Record<string, Record<string, unknown>[]>)[field] ?? [])
          .filter((r) => (r['bulletin'] as { id: string }).id === bulletin)
          .map((r): Fact => {
            const { bulletin: _b, quote: _q, ...rest } = r;
            const values = Object.fromEntries(
              Object.entries(rest).map(([k, v]) => [k, (v as { text?: string } | null)?.text ?? v]),
            );
            return { collection, id: entry.id, field, values };
          }),
      ),
    ),
  );
}

beforeAll(() => {
  dir = copyContent('later-issue');
  imported = runScript('import', [ISSUE3], { ARCHIVE_CONTENT_DIR: dir });
  checked = runScript('check', [], { ARCHIVE_CONTENT_DIR: dir });
});

describe('importing a later issue (synthetic issue 3) into a copy of the archive', () => {
  test('writes the draft and appends every proposal to its entry, listing each in the report', () => {
    expect(imported.status, imported.output).toBe(0);
    expect(fs.readFileSync(draftFile(), 'utf8')).toContain('draft: true');
    expect(imported.stdout).toContain('提议 15 条');
    expect(imported.stdout).toContain('提议的数字 12 个');
    expect(imported.stdout).toMatch(
      /新指标：.*indicators\/yiwangong-zhongdabangfushixiang\.md {2}已完工的重大帮扶事项（项）/,
    );
    expect(imported.stdout).toContain('2015-03.mdx，33 条提议，1 处待核对');
    expect(imported.stdout).toMatch(/teams\/pingan-caixian\.md {2}docked {2}对接到位：是（2015-08-10）/);
    expect(imported.stderr).toContain('⚠ 正文：标题“二、帮扶工作进展”在哪里结束不能确定');
  });

  test('records exactly the facts the text states, figures and new indicators included', () => {
    const archive = archiveOf(true);
    const result = score(FACTS, [...factsCiting(archive, '2015-03'), ...figureFacts(archive, '2015-03')]);
    expect(result.wrong.map(describeFact)).toEqual([]);
    expect(result.missed.map(describeFact)).toEqual([]);
    expect(result.right).toBe(27);
  });

  test('changes nothing else: other files as they were, changed ones keep every line in order', () => {
    const changed = new Set(FACTS.map((f) => `${f.collection}/${f.id}.md`));
    /** Whether every line of `before` is in `after`, in the same order: only lines were added. */
    const onlyAdded = (before: string, after: string) => {
      const lines = before.split('\n');
      let at = 0;
      for (const line of after.split('\n')) if (line === lines[at]) at++;
      return at === lines.length;
    };
    for (const collection of ['items', 'teams', 'villages', 'units', 'towns', 'cases', 'bulletins']) {
      for (const name of fs.readdirSync(path.join(ISSUE2_FIXTURE, collection))) {
        const before = fs.readFileSync(path.join(ISSUE2_FIXTURE, collection, name), 'utf8');
        const after = fs.readFileSync(path.join(dir, collection, name), 'utf8');
        if (changed.has(`${collection}/${name}`)) expect(onlyAdded(before, after), name).toBe(true);
        else expect(after, name).toBe(before);
      }
    }
  });

  test('while it is a draft, the check lists every proposal and the doubt as warnings, with no error', () => {
    expect(checked.status, checked.output).toBe(0);
    const pending = checked.stderr.split('\n').filter((line) => line.includes('警告：待发布：'));
    // 15 reports, 12 figures, 6 new indicators.
    expect(pending).toHaveLength(33);
    expect(checked.stderr).toMatch(
      /indicators\/yiwangong-zhongdabangfushixiang\.md:\d+ {2}label {2}警告：待发布：新指标“已完工的重大帮扶事项”（项），由第3期/,
    );
    expect(checked.stderr).toMatch(
      /bulletins\/2015-03\.mdx:3 {2}（导入存疑） {2}警告：正文：标题“二、帮扶工作进展”在哪里结束不能确定/,
    );
    expect(checked.stderr).toMatch(
      /teams\/pingan-caixian\.md:\d+ {2}docked\[1\] {2}警告：待发布：对接到位，据第3期/,
    );
  });

  test('while it is a draft, nothing it proposes is in the published archive', () => {
    const published = archiveOf(false);
    expect(factsCiting(published, '2015-03')).toEqual([]);
    expect(published.indicators.map((i) => i.id).sort()).toEqual([...ISSUE2_INDICATORS].sort());
    expect(published.bulletinById.has('2015-03')).toBe(false);
    expect(factsCiting(published, '2015-02').length).toBeGreaterThan(30);
  });
});

describe('publishing it by setting only its draft to false', () => {
  beforeAll(() => {
    fs.writeFileSync(
      draftFile(),
      fs.readFileSync(draftFile(), 'utf8').replace('draft: true', 'draft: false'),
    );
    build = buildSite('later-issue', { contentDir: dir });
  });

  test('builds, and the check no longer lists its reports as pending', () => {
    expect(build.ok, build.output).toBe(true);
    const after = runScript('check', [], { ARCHIVE_CONTENT_DIR: dir });
    expect(after.status).toBe(0);
    expect(after.output).not.toContain('待发布');
  });

  test('an item page shows the new status with the earlier one still in its record', () => {
    const text = textOf(read('items/xigouzi-wenhua-dayuan/index.html'));
    expect(text).toContain('已完成');
    expect(text).toContain('28间村文化大院翻建工程已于8月20日全部完工');
    expect(text).toContain('28间村文化大院翻建工程已全面开工,预计8月份全部完工');
  });

  test('a team page shows it docked now, with issue 2’s report that it was not', () => {
    const text = textOf(read('teams/pingan-caixian/index.html'));
    expect(text).toContain('对接到位：是（2015年8月10日）截至2015年第3期');
    expect(text).toContain('2015年第2期（2015年7月3日）：否');
  });

  test('the bulletin page and the figure downloads carry its figures, an indicator new to the archive included', () => {
    expect(textOf(read('bulletins/2015-03/index.html'))).toContain('已完工的重大帮扶事项');
    const figures = csv('data/figures.csv').filter((r) => (r['简报'] ?? '').includes('第3期'));
    expect(figures).toHaveLength(12);
    expect(JSON.stringify(figures)).toContain('已完工的重大帮扶事项');
    expect(csv('data/figures.csv').filter((r) => (r['简报'] ?? '').includes('第2期'))).toHaveLength(8);
    expect(read('data/indicators.csv')).toContain('已完工的重大帮扶事项');
  });

  test('the downloads hold the new reports beside issue 2’s', () => {
    const states = csv('data/states.csv').filter((r) => r['工作队编号'] === 'pingan-caixian');
    expect(states.map((r) => [r['报告事项'], r['报告内容']])).toEqual([
      ['对接到位', '否'],
      ['对接到位', '是（2015年8月10日）'],
    ]);
    const reports = csv('data/item-reports.csv').filter((r) => r['事项编号'] === 'xigouzi-wenhua-dayuan');
    expect(reports).toHaveLength(2);
    const byBulletin = (rows: Record<string, string>[]) =>
      rows.filter((r) => (r['简报'] ?? '').includes('第3期')).length;
    expect(byBulletin(csv('data/states.csv'))).toBe(
      FACTS.filter((f) => f.collection === 'teams' || f.collection === 'villages').length,
    );
    expect(byBulletin(csv('data/item-reports.csv'))).toBe(
      FACTS.filter((f) => f.collection === 'items').length,
    );
  });
});
