import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built site on a free loopback port, under `base` like the real host would. */
export async function serveDist(dir: string, base = '/'): Promise<StaticServer> {
  const handler = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('not under base');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Serves several built sites from one loopback origin, each under its own path (`/`, `/zhaoyuan/`),
 * as a portal and its member archives are published side by side; the longest matching path wins.
 */
export async function serveSites(mounts: readonly { dir: string; base: string }[]): Promise<StaticServer> {
  const handlers = [...mounts]
    .sort((a, b) => b.base.length - a.base.length)
    .map(({ dir, base }) => ({ base, handler: sirv(dir, { dev: true, etag: false, extensions: ['html'] }) }));
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const mount = handlers.find(({ base }) => url.startsWith(base));
    const notFound = () => {
      res.statusCode = 404;
      res.end('not found');
    };
    if (!mount) return notFound();
    req.url = `/${url.slice(mount.base.length)}`;
    mount.handler(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
