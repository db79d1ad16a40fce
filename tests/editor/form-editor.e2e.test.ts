import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { watchPage } from '../support/browser.ts';
import { copyContent } from '../support/build.ts';
import { ROOT, TEST_OUT } from '../support/paths.ts';

/**
 * `npm run edit` on a copy of the issue-2 fixture: an editor creates a bulletin, a village and a team
 * through the forms and adds a status report to an item; the files are what the check accepts and the
 * preview shows them. With UPDATE_DOCS_SCREENSHOTS=1 the screenshots go to docs/images/ for the guide.
 */
const content = copyContent('form-editor');
const SHOTS = process.env['UPDATE_DOCS_SCREENSHOTS']
  ? path.join(ROOT, 'docs/images')
  : path.join(TEST_OUT, 'artifacts');

let edit: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let adminUrl = '';
const watches: ReturnType<typeof watchPage>[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, ARCHIVE_CONTENT_DIR: content, FORCE_COLOR: '0' };
  for (const key of [
    'NODE_ENV',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'BASE_URL',
    'TEST',
    'VITEST',
    'SITE_URL',
    'BASE_PATH',
  ])
    delete env[key];
  // Its own process group, so the test can stop npm, the script and both servers together.
  edit = spawn('npm', ['run', 'edit', '--', '--port', String(await freePort())], {
    cwd: ROOT,
    env,
    detached: true,
  });
  let output = '';
  adminUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run edit printed no address:\n${output}`)), 180_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /表单编辑器：(http:\/\/localhost:\d+\/admin\/)/.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve(address);
      }
    };
    edit!.stdout!.on('data', read);
    edit!.stderr!.on('data', read);
    edit!.on('exit', () => reject(new Error(`npm run edit stopped:\n${output}`)));
  });
  browser = await launchBrowser();
  page = await watched();
  fs.mkdirSync(SHOTS, { recursive: true });
}, 240_000);

/** A new page whose console and requests the last test checks: the preview and decap-server are both on this machine. */
async function watched(): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watches.push(watchPage(page, (url) => ['localhost', '127.0.0.1'].includes(url.hostname)));
  return page;
}

afterAll(async () => {
  await browser?.close();
  if (edit?.pid) process.kill(-edit.pid, 'SIGTERM');
});

const read = (file: string) => fs.readFileSync(path.join(content, file), 'utf8');
const frontmatter = (file: string) =>
  parse(/^---\n([\s\S]*?)---\n/.exec(read(file))![1]!, { schema: 'core' }) as unknown;

async function publish() {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
  await page.getByRole('button', { name: '已发布' }).waitFor();
  // Decap moves to the saved entry's address after saving.
  await page.waitForURL(/#\/collections\/\w+\/entries\//);
}

/** Opens a form on a fresh page load, as an editor following a link would. */
async function open(hash: string) {
  await page.goto('about:blank');
  await page.goto(`${adminUrl}#${hash}`);
}

async function pick(label: RegExp, search: string, option: RegExp) {
  const input = page.getByLabel(label).last();
  await input.click();
  await input.pressSequentially(search);
  await page.getByRole('option', { name: option }).click();
}

test('the form editor opens on the working copy with every collection under its Chinese name', async () => {
  await page.goto(adminUrl);
  await page.getByRole('button', { name: /登录/ }).click();
  for (const name of ['简报', '镇街', '帮扶单位', '后进村', '帮扶工作队', '帮扶事项', '典型案例']) {
    await expect.poll(() => page.getByRole('link', { name, exact: true }).count()).toBeGreaterThan(0);
  }
  await page.getByRole('link', { name: '后进村', exact: true }).click();
  await expect.poll(() => page.getByText('西沟子村（xigouzi）').count()).toBe(1);
}, 120_000);

test('a new bulletin is named from its date and issue and saved as a draft', async () => {
  await open('/collections/bulletins/new');
  await page.getByLabel('期号').fill('3');
  await page.getByLabel('印发日期').fill('2015-08-01');
  await page.getByLabel('编发单位').fill('招远市后进村帮扶工作领导小组办公室');
  await page.getByLabel('本期标题').fill('合成测试简报');
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type('西沟子村文化大院改建工程已经完工。');
  await page.getByLabel('期号').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'form-editor-bulletin.png') });
  await publish();
  expect(frontmatter('bulletins/2015-03.mdx')).toEqual({
    series: '基层党组织“第一书记”暨后进村帮扶工作简报',
    issue: 3,
    date: '2015-08-01',
    issuer: '招远市后进村帮扶工作领导小组办公室',
    title: '合成测试简报',
    filed: false,
    draft: true,
  });
  expect(read('bulletins/2015-03.mdx')).toMatch(/---\n\n西沟子村文化大院改建工程已经完工。\n$/);
}, 120_000);

test('a new village gets the pinyin of its name as file name and its town from a search', async () => {
  await open('/collections/villages/new');
  await page.getByLabel('村名').fill('东村');
  await page.getByRole('button', { name: '用拼音：dongcun' }).click();
  const idField = page.locator('[data-file-name-field]');
  const axe = await new AxeBuilder({ page })
    .include('[data-file-name-field]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(await idField.getByRole('textbox').inputValue()).toBe('dongcun');
  await pick(/所属镇街区/, '毕郭', /毕郭镇/);
  await publish();
  expect(read('villages/dongcun.md')).toBe('---\nname: 东村\ntown: biguo\n---\n');
}, 120_000);

test('a new team names its unit and village from searches', async () => {
  await open('/collections/teams/new');
  await page.locator('[data-file-name-field]').getByRole('textbox').fill('dongcun');
  await pick(/派出工作队的帮扶单位/, '残联', /市残联/);
  await pick(/所驻后进村/, '东村', /东村/);
  await publish();
  expect(frontmatter('teams/dongcun.md')).toEqual({ unit: 'canlian', village: 'dongcun' });
}, 120_000);

test('a status report added to an item is appended to its history', async () => {
  await open('/collections/items/entries/xigouzi-wenhua-dayuan');
  await page.getByRole('button', { name: '新增进展记录' }).click();
  await page.getByLabel('进展', { exact: true }).last().click();
  await page.getByRole('option', { name: '已完成' }).click();
  await pick(/报告此进展的简报/, '合成', /合成测试简报/);
  await page
    .getByLabel(/简报原话/)
    .last()
    .fill('西沟子村文化大院改建工程已经完工。');
  await page.screenshot({ path: path.join(SHOTS, 'form-editor-item.png') });
  await publish();
  const item = frontmatter('items/xigouzi-wenhua-dayuan.md') as { history: unknown[] };
  expect(item.history.at(-1)).toEqual({
    status: 'completed',
    bulletin: '2015-03',
    quote: '西沟子村文化大院改建工程已经完工。',
  });
}, 120_000);

test('what the forms saved passes npm run check and shows in the preview', async () => {
  const check = spawnSync('npm', ['run', 'check'], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: content },
    encoding: 'utf8',
  });
  expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
  const site = adminUrl.replace(/admin\/$/, '');
  const preview = await watched();
  await preview.goto(`${site}villages/dongcun/`);
  await expect
    .poll(() => preview.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
    .toBe('东村');
  await preview.goto(`${site}items/xigouzi-wenhua-dayuan/`);
  // The new report cites the new draft bulletin, which the preview shows.
  const citing = preview.locator('a[href^="/bulletins/2015-03/"]');
  await expect.poll(() => citing.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  expect(watches.flatMap((w) => w.foreignRequests)).toEqual([]);
  expect(watches.flatMap((w) => w.consoleMessages)).toEqual([]);
}, 180_000);
