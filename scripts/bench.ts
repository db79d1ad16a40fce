/**
 * `npm run bench [-- --scale county|province] [--keep]`: builds a synthetic archive and, in the same
 * run, a bare Astro site of as many MDX pages (the framework's floor), then measures build time and
 * memory, search and page weight, writes bench/report-<scale>.md and ends with a one-line summary.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tools/browser.ts';
import { serveDist } from '../tools/serve.ts';
import { paths } from '../src/lib/urls.ts';
import { pageWeight, searchProfile } from '../tools/bench/browser.ts';
import { pageKinds, servedPath } from '../tools/bench/page-kinds.ts';
import { writeFloorProject } from '../tools/bench/floor.ts';
import { buildEnv, measure, type Measured } from '../tools/bench/measure.ts';
import { answersAtScale } from '../tools/bench/answers.ts';
import { bundleFolders } from '../src/integrations/pagefind-files.ts';
import { renderReport, summaryLine, type BenchResult } from '../tools/bench/report.ts';
import { ABSENT_WORDS } from '../tools/search/known-answers.ts';
import { generateArchive } from '../tools/fixture/generate.ts';
import { isScaleName, SCALES } from '../tools/fixture/scales.ts';
import { writeArchive } from '../tools/fixture/write.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const COMMON_WORD = '工作队';
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Runs the benchmark with command-line arguments `argv`; resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    // --runs N: build both N times, alternately, and keep each one's fastest run.
    options: {
      scale: { type: 'string', default: 'county' },
      keep: { type: 'boolean', default: false },
      runs: { type: 'string' },
      // --floor-pages N: build the floor with at most N pages (a province's worth of MDX pages does not fit in memory).
      'floor-pages': { type: 'string' },
      // --note TEXT: a remark printed in the report, e.g. about an earlier attempt; may be repeated.
      note: { type: 'string', multiple: true, default: [] },
    },
  });
  if (!isScaleName(values.scale)) {
    console.error(`unknown scale "${values.scale}": use ${Object.keys(SCALES).join(' or ')}`);
    return 2;
  }
  const scale = SCALES[values.scale];
  const runs = Number(values.runs ?? (scale.name === 'county' ? 2 : 1));
  const floorCap = Number(values['floor-pages'] ?? (scale.name === 'county' ? Infinity : 10_000));
  // Either build is stopped beyond this, rather than let it drive the machine into the OOM killer.
  const maxRssBytes = Math.round(os.totalmem() * 0.7);
  const work = path.join(ROOT, 'bench/.out', scale.name);
  const floorDir = path.join(ROOT, 'bench/.floor', scale.name);
  const say = (message: string) => console.log(`[bench] ${message}`);
  // Tens of thousands of pages need more than Node's default heap; both builds get the same allowance.
  const heap: Record<string, string> =
    scale.name === 'county' ? {} : { NODE_OPTIONS: '--max-old-space-size=16384' };

  function htmlFiles(dir: string): string[] {
    return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
  }

  function dirBytes(dir: string): { bytes: number; files: number } {
    if (!fs.existsSync(dir)) return { bytes: 0, files: 0 };
    const files = (fs.readdirSync(dir, { recursive: true }) as string[])
      .map((f) => path.join(dir, f))
      .filter((f) => fs.statSync(f).isFile());
    return { bytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0), files: files.length };
  }

  function failIfBroken(label: string, run: Measured, logFile: string): void {
    if (run.ok) return;
    if (run.stoppedAtRssBytes !== undefined) {
      console.error(
        `[bench] ${label} build stopped at ${(run.stoppedAtRssBytes / 2 ** 30).toFixed(1)} GB resident memory`,
      );
    }
    console.error(
      run.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n'),
    );
    console.error(`[bench] ${label} build failed; full log in ${path.relative(ROOT, logFile)}`);
    process.exit(1);
  }

  /** Astro's `(+N ms)` after each generated page, by served path. */
  function renderTimes(lines: Measured['lines']): Map<string, number> {
    const times = new Map<string, number>();
    for (const { text } of lines) {
      const match = /(\/\S*\.html)\s+\(\+(\d+(?:\.\d+)?)\s*(ms|s)\)/.exec(text);
      if (match)
        times.set(
          servedPath((match[1] as string).slice(1)),
          Number(match[2]) * (match[3] === 's' ? 1000 : 1),
        );
    }
    return times;
  }

  // Other work on the machine skews timings; the report shows how busy it was when the run began.
  const loadAtStart = os.loadavg()[0] ?? 0;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });

  say(`generating the ${scale.name} archive`);
  const started = performance.now();
  const files = generateArchive(scale);
  const contentDir = writeArchive(files, path.join(work, 'content'));
  const generate = { files: files.length, ms: performance.now() - started };

  const config = path.join(work, 'astro.config.mjs');
  fs.writeFileSync(
    config,
    `import config from ${JSON.stringify(path.join(ROOT, 'astro.config.mjs'))};\n` +
      `// Its own cache, so the build starts cold and never touches other builds' content store.\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(path.join(work, 'cache'))} };\n`,
  );
  const site = path.join(work, 'site');
  const oursLog = path.join(work, 'ours.log');
  const floorLog = path.join(work, 'floor.log');
  const bodies = files
    .filter((f) => f.path.startsWith('bulletins/'))
    .map((f) => ({
      title: /\ntitle: (.*)\n/.exec(f.text)?.[1] ?? 'page',
      body: f.text.replace(/^---\n[\s\S]*?\n---\n/, ''),
    }));

  /** A cold build of this archive: its cache folder and output removed first. */
  async function buildOurs(): Promise<Measured> {
    fs.rmSync(path.join(work, 'cache'), { recursive: true, force: true });
    fs.rmSync(site, { recursive: true, force: true });
    const run = await measure(
      process.execPath,
      [ASTRO, 'build', '--config', path.relative(ROOT, config), '--outDir', site],
      {
        cwd: ROOT,
        env: buildEnv({ ARCHIVE_CONTENT_DIR: contentDir, ...heap }),
        logFile: oursLog,
      },
    );
    failIfBroken('our', run, oursLog);
    return run;
  }

  /** A cold build of the floor project, written afresh with as many pages as our build made. */
  async function buildFloor(pages: number): Promise<Measured> {
    writeFloorProject(
      floorDir,
      Array.from({ length: pages }, (_, i) => bodies[i % bodies.length] as (typeof bodies)[number]),
    );
    const run = await measure(process.execPath, [ASTRO, 'build', '--outDir', path.join(floorDir, 'dist')], {
      cwd: floorDir,
      env: buildEnv(heap),
      logFile: floorLog,
      maxRssBytes,
    });
    failIfBroken('floor', run, floorLog);
    return run;
  }

  // Other builds on a shared machine slow one run or another; the best of several runs is the least disturbed.
  const fastest = (a: Measured | undefined, b: Measured) => (a && a.wallMs <= b.wallMs ? a : b);
  let ours: Measured | undefined;
  let floor: Measured | undefined;
  let ourPages: string[] = [];
  for (let run = 1; run <= runs; run++) {
    say(`run ${run} of ${runs}: building this archive`);
    ours = fastest(ours, await buildOurs());
    ourPages = htmlFiles(site);
    say(`our build: ${ourPages.length} pages in ${(ours.wallMs / 1000).toFixed(1)} s (best so far)`);
    const floorPages = Math.min(ourPages.length, floorCap);
    say(`run ${run} of ${runs}: building the bare-Astro floor with ${floorPages} MDX pages`);
    floor = fastest(floor, await buildFloor(floorPages));
  }
  if (!ours || !floor) throw new Error('no run');
  const floorPages = htmlFiles(path.join(floorDir, 'dist'));

  const times = renderTimes(ours.lines);
  const kinds = [...pageKinds(ourPages.map(servedPath))].map(([kind, all]) => ({
    kind,
    pages: all.length,
    renderMs: all.reduce((sum, p) => sum + (times.get(p) ?? 0), 0),
  }));

  // The search integration logs one line when its index is written; the time since the line before is
  // Pagefind's share of the build.
  const indexLine = ours.lines.findIndex((l) => /search index/i.test(l.text));
  const indexMs =
    indexLine > 0
      ? (ours.lines[indexLine] as Measured['lines'][number]).atMs -
        (ours.lines[indexLine - 1] as Measured['lines'][number]).atMs
      : undefined;
  // A large archive's index is cut into shards, each a bundle of its own beside `pagefind/`.
  const index = (await bundleFolders(site))
    .map(dirBytes)
    .reduce((sum, d) => ({ bytes: sum.bytes + d.bytes, files: sum.files + d.files }), { bytes: 0, files: 0 });

  say('measuring search and page weight in Chromium');
  const firstBulletin =
    files.find((f) => f.path.startsWith('bulletins/'))?.path.replace(/^bulletins\/|\.md$/g, '') ?? '';
  const village =
    /\nname: (.*)\n/.exec(files.find((f) => f.path === 'villages/v00001.md')?.text ?? '')?.[1] ?? '测试';
  // The second word of the two-word query is on most pages: the costly case for bytes and for counting.
  const queries = [village, `${village} ${COMMON_WORD}`] as const;
  const samples = [
    ['home', paths.home()],
    ['bulletin', paths.bulletin(firstBulletin)],
    ['village', paths.village('v00001')],
    ['unit', paths.unit('u00001')],
    ['town', paths.town('t00001')],
    ['item', paths.item('i00001')],
    ['ledger', paths.items()],
    ['case', paths.case('c00001')],
  ] as const;
  const browser = await launchBrowser();
  const server = await serveDist(site);
  const floorServer = await serveDist(path.join(floorDir, 'dist'));
  const origin = server.url.replace(/\/$/, '');
  const weights = [];
  for (const [kind, pagePath] of samples)
    weights.push({ kind, path: pagePath, weight: await pageWeight(browser, origin + pagePath) });
  const search = await searchProfile(browser, origin + paths.search(), ...queries);
  const nameOf = (file: string) => /\nname: (.*)\n/.exec(files.find((f) => f.path === file)?.text ?? '')?.[1];
  const lastVillage = files.filter((f) => f.path.startsWith('villages/')).at(-1)?.path ?? '';
  const checked = [
    ...queries,
    ...[lastVillage, 'units/u00001.md', 'towns/t00001.md'].flatMap((file) => nameOf(file) ?? []),
    ...ABSENT_WORDS.slice(0, 3),
  ];
  say(`checking ${checked.length} answers against the indexed text`);
  const answers = await answersAtScale(browser, origin + paths.search(), site, checked);
  const floorWeight = await pageWeight(browser, `${floorServer.url}p000001/`);
  await browser.close();
  await server.close();
  await floorServer.close();

  const result: BenchResult = {
    scale,
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, load average ${loadAtStart.toFixed(1)} at start`,
    generate,
    runs,
    notes: values.note,
    ours: { ok: ours.ok, pages: ourPages.length, wallMs: ours.wallMs, peakRssBytes: ours.peakRssBytes },
    floor: { ok: floor.ok, pages: floorPages.length, wallMs: floor.wallMs, peakRssBytes: floor.peakRssBytes },
    kinds,
    search: {
      ...(indexMs === undefined ? {} : { indexMs }),
      indexSource:
        indexMs === undefined
          ? 'no search index line in the build log'
          : 'from the build log: the search integration runs Pagefind inside `astro build`',
      indexBytes: index.bytes,
      indexFiles: index.files,
      queries,
      ...(search ? { profile: search } : {}),
      answers,
    },
    weights,
    ...(floorWeight ? { floorWeight } : {}),
  };

  const reportFile = path.join(ROOT, 'bench', `report-${scale.name}.md`);
  fs.writeFileSync(reportFile, renderReport(result));
  if (!values.keep) {
    fs.rmSync(floorDir, { recursive: true, force: true });
    fs.rmSync(path.join(work, 'site'), { recursive: true, force: true });
    fs.rmSync(path.join(work, 'content'), { recursive: true, force: true });
    fs.rmSync(path.join(work, 'cache'), { recursive: true, force: true });
  }
  say(`report written to ${path.relative(ROOT, reportFile)}; logs in ${path.relative(ROOT, work)}`);
  console.log(summaryLine(result));
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
