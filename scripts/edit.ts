/**
 * `npm run edit`: the form editor on the working copy. Starts decap-server, the local backend that
 * saves each form into the files here, and the live preview (`astro dev`), then prints the form
 * editor's address. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { ADMIN_PATH } from '../src/lib/admin/form-names.ts';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

const content = path.relative(root, contentDir(root));
if (content.startsWith('..') || path.isAbsolute(content)) {
  console.error(`表单编辑器只能编辑本项目文件夹里的内容，而 ARCHIVE_CONTENT_DIR 指向 ${contentDir(root)}。`);
  process.exit(1);
}

/** A port nothing listens on now, on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const backendPort = Number(process.env['DECAP_SERVER_PORT']) || (await freePort());
const children: ChildProcess[] = [];
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function start(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, ...env } });
  child.stderr?.pipe(process.stderr);
  child.on('exit', (code) => {
    if (!stopping) console.error(`${name} 已退出（${code ?? 'signal'}），表单编辑器随之停止。`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

start('decap-server', require.resolve('decap-server/dist/index.js'), [], {
  PORT: String(backendPort),
  BIND_HOST: '127.0.0.1',
  MODE: 'fs',
  GIT_REPO_DIRECTORY: root,
  LOG_LEVEL: 'warn',
});

const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
const preview = start('astro dev', astro, ['dev', ...process.argv.slice(2)], {
  FORM_EDITOR_LOCAL_BACKEND: `http://127.0.0.1:${backendPort}/api/v1`,
});

// Astro prints the address it listens on (the next free port when 4321 is taken); the editor is under it.
let announced = false;
preview.stdout?.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  // eslint-disable-next-line no-control-regex -- Astro colours its output.
  const address = /Local\s+(http:\/\/\S+)/.exec(text.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
  if (!announced && address) {
    announced = true;
    const site = address.replace(/\/?$/, '/');
    console.log(`\n表单编辑器：${site}${ADMIN_PATH}`);
    console.log(`网站预览（含草稿）：${site}`);
    console.log(`保存的内容写入 ${content}/ 下的文件；按 Ctrl+C 停止。\n`);
  }
});
