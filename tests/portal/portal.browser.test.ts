import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { readResults } from '../../tools/search/search-page.ts';
import { serveSites, type StaticServer } from '../../tools/serve.ts';
import { ROUNDS_FIXTURE } from '../charts/fixture-archive.ts';
import { buildSite } from '../support/build.ts';
import { ROOT, TEST_OUT } from '../support/paths.ts';

// Two county archives published under their own paths on one host, beside the portal at `/`:
// the frozen issue-2 archive and the synthetic archive of several rounds. A third member's site
// was never published: its downloads are missing and its index unreachable.
const WORK = path.join(TEST_OUT, 'portal');
const PORTAL = path.join(WORK, 'site');
let zhaoyuan = '';
let ceshi = '';
let server: StaticServer;
let browser: Browser;
let buildOutput = '';

beforeAll(() => {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  const a = buildSite('portal-zhaoyuan', { env: { BASE_PATH: '/zhaoyuan/' } });
  const b = buildSite('portal-ceshi', { contentDir: ROUNDS_FIXTURE, env: { BASE_PATH: '/ceshi/' } });
  if (!a.ok || !b.ok) throw new Error(`member build failed:\n${a.output}\n${b.output}`);
  zhaoyuan = a.outDir;
  ceshi = b.outDir;
  const config = path.join(WORK, 'portal.json');
  fs.writeFileSync(
    config,
    JSON.stringify({
      title: '测试市后进村帮扶工作简报门户',
      members: [
        { name: '招远市', url: '/zhaoyuan/', dist: path.relative(WORK, zhaoyuan) },
        { name: '测试县', url: '/ceshi/', dist: ceshi },
        { name: '未发布县', url: '/weifabu/', dist: 'no-such-build' },
      ],
    }),
  );
  const run = spawnSync(process.execPath, ['scripts/build-portal.ts', '--config', config, '--out', PORTAL], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  buildOutput = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`portal build failed:\n${buildOutput}`);
}, 600_000);

beforeAll(async () => {
  server = await serveSites([
    { dir: PORTAL, base: '/' },
    { dir: zhaoyuan, base: '/zhaoyuan/' },
    { dir: ceshi, base: '/ceshi/' },
  ]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(address: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(new URL(address, server.url).href);
  return page;
}

async function search(
  query: string,
  filters = '',
): Promise<{ page: Page; paths: string[]; notes: string[] }> {
  const page = await open(`/search/?q=${encodeURIComponent(query)}${filters}`);
  const { paths } = await readResults(page, '/');
  const notes = await page.locator('[data-search-notes] li').allInnerTexts();
  return { page, paths, notes };
}

describe('a portal over two county archives', () => {
  test('the home page names every member with the figures of its own downloads, or says they are missing', async () => {
    const page = await open('/');
    const sections = page.locator('main section');
    await expect(sections.count()).resolves.toBe(3);
    const zy = page.getByRole('region', { name: '招远市' });
    await expect(zy.getByRole('row', { name: /帮扶工作队/ }).innerText()).resolves.toMatch(
      /116个[\s\S]*2015年第2期/,
    );
    await expect(zy.getByRole('row', { name: /对接到位的工作队/ }).innerText()).resolves.toMatch(/114个/);
    const cs = page.getByRole('region', { name: '测试县' });
    // The rounds archive reports 10 teams docked in its latest published issue, up from an earlier one.
    await expect(cs.getByRole('row', { name: /对接到位的工作队/ }).innerText()).resolves.toMatch(/\d+个/);
    await expect(page.getByRole('region', { name: '未发布县' }).innerText()).resolves.toContain(
      '数据缺失：未找到数据下载 data/figures.json',
    );
    await expect(zy.getByRole('link', { name: '招远市' }).getAttribute('href')).resolves.toBe('/zhaoyuan/');
    await page.close();
  });

  test('the comparison lists the indicators both members report, one row each', async () => {
    const page = await open('/compare/');
    const table = page.getByRole('table');
    const head = await table.locator('thead th').allInnerTexts();
    expect(head[0]).toBe('县市区');
    expect(head).toContain('帮扶工作队（个）');
    await expect(table.locator('tbody tr th').allInnerTexts()).resolves.toEqual(['招远市', '测试县']);
    await expect(page.getByText('未列入对比').innerText()).resolves.toContain('未发布县');
    await page.close();
  });

  test('one search finds both members, links into each site, and filters by 县市区', async () => {
    const { page, paths, notes } = await search('工作队');
    expect(paths.length).toBe(10);
    expect(notes).toEqual(['未发布县：搜索索引暂时无法读取，本次搜索未包含未发布县的内容。']);
    await page.getByText('按类型、年份、镇街等筛选').click();
    const county = page.locator('select[data-filter="county"] option');
    await expect.poll(() => county.count()).toBe(3);
    const counties = await county.allInnerTexts();
    expect(counties[0]).toBe('全部');
    expect(
      counties
        .slice(1)
        .map((o) => o.replace(/（\d+）$/, ''))
        .sort(),
    ).toEqual(['招远市', '测试县'].sort());
    await page.close();

    for (const [county, base] of [
      ['测试县', '/ceshi/'],
      ['招远市', '/zhaoyuan/'],
    ] as const) {
      const filtered = await search('工作队', `&county=${encodeURIComponent(county)}`);
      expect(filtered.paths.length).toBeGreaterThan(0);
      expect(filtered.paths.every((p) => p.startsWith(base))).toBe(true);
      await filtered.page.close();
    }
  });

  test('a word found in one member only returns that member, and an absent word returns nothing', async () => {
    const one = await search('扬水站');
    expect(one.paths.length).toBeGreaterThan(0);
    expect(one.paths.every((p) => p.startsWith('/zhaoyuan/'))).toBe(true);
    await one.page.close();
    const none = await search('刘德华');
    expect(none.paths).toEqual([]);
    await none.page.close();
  });

  test('with one member index removed the others still answer, and a note names the one left out', async () => {
    const bundle = path.join(ceshi, 'pagefind');
    const meta = fs.readdirSync(bundle).find((name) => name.endsWith('.pf_meta'))!;
    // Entry file present but its index gone: Pagefind's own mergeIndex fails for this member.
    fs.renameSync(path.join(bundle, meta), path.join(WORK, meta));
    try {
      const partly = await search('工作队');
      expect(partly.paths.length).toBeGreaterThan(0);
      expect(partly.paths.every((p) => p.startsWith('/zhaoyuan/'))).toBe(true);
      expect(partly.notes).toContain('测试县：搜索索引暂时无法读取，本次搜索未包含测试县的内容。');
      await partly.page.close();
    } finally {
      fs.renameSync(path.join(WORK, meta), path.join(bundle, meta));
    }
    fs.renameSync(bundle, `${bundle}.removed`);
    try {
      const gone = await search('扬水站');
      expect(gone.paths.length).toBeGreaterThan(0);
      expect(gone.notes).toContain('测试县：搜索索引暂时无法读取，本次搜索未包含测试县的内容。');
      await gone.page.close();
    } finally {
      fs.renameSync(`${bundle}.removed`, bundle);
    }
  });

  test('a member built with another Pagefind version is left out by name', async () => {
    const entryFile = path.join(ceshi, 'pagefind/pagefind-entry.json');
    const entry = fs.readFileSync(entryFile, 'utf8');
    fs.writeFileSync(entryFile, entry.replace(/"version":"[^"]+"/, '"version":"1.3.0"'));
    try {
      const { page, paths, notes } = await search('工作队');
      expect(paths.every((p) => p.startsWith('/zhaoyuan/'))).toBe(true);
      expect(notes.some((n) => n.startsWith('测试县：搜索索引由 Pagefind 1.3.0 生成'))).toBe(true);
      await page.close();
    } finally {
      fs.writeFileSync(entryFile, entry);
    }
  });
});
