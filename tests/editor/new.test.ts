import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { validateArchive } from '../../src/lib/integrity/validate.ts';
import { formatProblem } from '../../src/lib/integrity/problem.ts';
import { collectionFieldDocs } from '../../tools/editor/field-docs.ts';
import { idFromName, KINDS, nextIssue, type Kind } from '../../tools/editor/scaffold.ts';
import { buildSite, copyContent } from '../support/build.ts';
import { ROOT } from '../support/paths.ts';
import { runScript } from './run.ts';

const KIND_NAMES = Object.keys(KINDS) as Kind[];

describe('npm run new, with no terminal and no arguments', () => {
  let dir: string;
  let runs: { kind: string; run: ReturnType<typeof runScript> }[];
  beforeAll(() => {
    dir = copyContent('new-every-kind');
    // A unit first, so the team scaffold has a unit without a team to belong to.
    runs = ['unit', ...KIND_NAMES].map((kind) => ({
      kind,
      run: runScript('new', [kind], { ARCHIVE_CONTENT_DIR: dir }),
    }));
  });

  test.each(KIND_NAMES)('makes a %s without waiting and prints its path', (kind) => {
    const { run } = runs.find((r) => r.kind === kind)!;
    expect(run.status).toBe(0);
    const file = run.stdout.trim();
    expect(file).toMatch(new RegExp(`${KINDS[kind]}/[a-z0-9-]+\\.mdx?$`));
    expect(fs.existsSync(path.resolve(ROOT, file))).toBe(true);
  });

  test('every scaffold passes the validation the build runs', () => {
    const errors = validateArchive(dir, ROOT).problems.filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });

  test.each(KIND_NAMES)('the %s scaffold lists every field of its schema with its doc', (kind) => {
    const file = path.resolve(ROOT, runs.find((r) => r.kind === kind)!.run.stdout.trim());
    const text = fs.readFileSync(file, 'utf8');
    const docs = collectionFieldDocs(KINDS[kind]);
    for (const [field, { doc }] of docs.fields) {
      expect(text).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
      expect(text).toContain(`# ${doc}`);
    }
  });

  test('a new bulletin is a draft dated today with the next free issue of the year', () => {
    const file = path.resolve(ROOT, runs.find((r) => r.kind === 'bulletin')!.run.stdout.trim());
    const text = fs.readFileSync(file, 'utf8');
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(text).toContain(`\ndate: ${today}\n`);
    expect(text).toContain('\ndraft: true\n');
    expect(text).toMatch(/\nissue: 1\n/);
  });
});

test('id and name given on the command line are used, and an existing file is never overwritten', () => {
  const dir = copyContent('new-named');
  const first = runScript('new', ['village', '--id', 'dongcun', '--name', '东村'], {
    ARCHIVE_CONTENT_DIR: dir,
  });
  expect(first.status).toBe(0);
  expect(first.stdout.trim()).toMatch(/villages\/dongcun\.md$/);
  const written = fs.readFileSync(path.join(dir, 'villages/dongcun.md'), 'utf8');
  expect(written).toContain('\nname: 东村\n');
  const again = runScript('new', ['village', '--id', 'dongcun', '--name', '别的村'], {
    ARCHIVE_CONTENT_DIR: dir,
  });
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('villages/dongcun 已存在，没有覆盖');
  expect(fs.readFileSync(path.join(dir, 'villages/dongcun.md'), 'utf8')).toBe(written);
});

test('an unknown kind is refused with the list of kinds', () => {
  const run = runScript('new', ['hamlet']);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('不认识的类别“hamlet”');
  expect(run.stderr).toContain('village（后进村）');
});

test('the next issue is one past the highest of the series in that year', () => {
  const summary = {
    ids: {
      indicators: [],
      bulletins: [],
      towns: [],
      units: [],
      villages: [],
      teams: [],
      items: [],
      cases: [],
    },
    teamUnits: [],
    indicators: [],
    bulletins: [
      {
        id: '2015-02',
        series: '基层党组织“第一书记”暨后进村帮扶工作简报',
        issue: 2,
        date: '2015-07-03',
        issuer: '',
      },
      {
        id: '2015-07',
        series: '基层党组织“第一书记”暨后进村帮扶工作简报',
        issue: 7,
        date: '2015-12-01',
        issuer: '',
      },
      { id: '2015-x', series: '另一刊物', issue: 9, date: '2015-12-02', issuer: '' },
    ],
  };
  expect(nextIssue(summary, '2015')).toBe(8);
  expect(nextIssue(summary, '2016')).toBe(1);
});

test.each([
  ['东村', 'dongcun'],
  ['西沟子村', 'xigouzi'],
  ['温泉街道', 'wenquan'],
  ['市住建局', 'zhujianju'],
  ['平安财险', 'pingancaixian'],
])('the file name derived from %s is %s', (name, id) => {
  expect(idFromName(name)).toBe(id);
});

/** Every file of a built site as text, with Pagefind's gzipped index files unpacked. */
function distText(dir: string): string {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => {
      const data = fs.readFileSync(file);
      return data[0] === 0x1f && data[1] === 0x8b
        ? zlib.gunzipSync(data).toString('utf8')
        : data.toString('utf8');
    })
    .join('\n');
}

test('a scaffolded bulletin builds as it is and leaves no trace in dist, search index included', () => {
  const dir = copyContent('new-bulletin-build');
  const title = '脚手架草稿标题甲乙丙';
  const made = runScript('new', ['bulletin', '--name', title], { ARCHIVE_CONTENT_DIR: dir });
  expect(made.status).toBe(0);
  const site = buildSite('editor-new-bulletin', { contentDir: dir });
  expect(site.ok, site.output).toBe(true);
  // The build runs the check's warnings too: the new bulletin is later than the items' due dates.
  expect(site.output).toMatch(
    /items\/xigouzi-wenhua-dayuan\.md:\d+ {2}expectedCompletion {2}警告：预计 2015-08 完成/,
  );
  const id = path.basename(made.stdout.trim(), '.mdx');
  const text = distText(site.outDir);
  expect(text).toContain('全市后进村帮扶工作督查情况通报');
  expect(text).not.toContain(title);
  expect(text).not.toContain(`/bulletins/${id}/`);
}, 300_000);

test('on a terminal it asks for the name and the file name, suggesting one', () => {
  // util-linux `script` gives the command a real terminal; answers are typed ahead on its input.
  const dir = copyContent('new-terminal');
  const result = spawnSync('script', ['-qec', 'npm run --silent new -- village', '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: dir, NO_COLOR: '1' },
    input: '南村\n\n',
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.stdout).toContain('名称：');
  expect(result.stdout).toContain('[nancun]');
  expect(fs.readFileSync(path.join(dir, 'villages/nancun.md'), 'utf8')).toContain('\nname: 南村\n');
});

test('a new indicator is one command and one file; a bulletin can then report it with a decimal and 约', () => {
  const dir = copyContent('new-indicator');
  const made = runScript('new', ['indicator', '--id', 'funds-invested', '--name', '帮扶单位投入资金'], {
    ARCHIVE_CONTENT_DIR: dir,
  });
  expect(made.status).toBe(0);
  const file = path.join(dir, 'indicators/funds-invested.md');
  fs.writeFileSync(
    file,
    fs
      .readFileSync(file, 'utf8')
      .replace('\nunit: 个\n', '\nunit: 万元\n')
      .replace('\ninteger: true\n', '\ninteger: false\n'),
  );
  const bulletin = runScript('new', ['bulletin', '--name', '合成测试简报'], { ARCHIVE_CONTENT_DIR: dir });
  const draft = path.resolve(ROOT, bulletin.stdout.trim());
  const scaffolded = fs.readFileSync(draft, 'utf8');
  // Every indicator of the catalogue is offered, the new one among them.
  expect(scaffolded).toContain('#   - indicator: funds-invested  # 帮扶单位投入资金（万元）');
  expect(scaffolded).toContain('#   - indicator: teams-docked  # 对接到位的工作队（个）');
  fs.writeFileSync(
    draft,
    scaffolded
      .replace(
        '\nfigures: []\n',
        '\nfigures:\n  - indicator: funds-invested\n    value: 1250.5\n    approx: about\n    quote: 各帮扶单位共投入帮扶资金约1250.5万元\n',
      )
      .replace(/\n---\n[\s\S]*$/, '\n---\n\n合成测试：各帮扶单位共投入帮扶资金约1250.5万元。\n'),
  );
  const errors = validateArchive(dir, ROOT).problems.filter((p) => p.severity === 'error');
  expect(errors.map(formatProblem)).toEqual([]);
});
