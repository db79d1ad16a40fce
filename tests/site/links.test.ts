import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { crawlDist } from '../support/crawl.ts';

test('every internal link and #anchor in the built site leads somewhere, and nothing loads from another origin', () => {
  const report = crawlDist(inject('siteDist'));
  expect(report.pages).toBeGreaterThan(3);
  expect(report.links).toBeGreaterThan(report.pages);
  expect(report.problems).toEqual([]);
});

test('the crawl reports a dead link, a missing anchor, a foreign resource and a path outside the base', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'crawl-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), text);
  };
  write(
    'index.html',
    `<a href="/archive/ok/#p1">ok</a><a href="/archive/ok/#p9">no anchor</a><a href="/archive/gone/">dead</a>
     <a href="/ok/">outside base</a><a href="https://example.com/">a link away is allowed</a>
     <script src="https://cdn.example.com/x.js"></script><img srcset="/archive/a.png 1x, https://img.example.com/b.png 2x">`,
  );
  write('ok/index.html', '<p id="p1">段落</p>');
  write('a.png', '');
  write('_astro/site.css', 'body { background: url(https://fonts.example.com/f.woff2) }');
  const { problems } = crawlDist(dist, { base: '/archive/' });
  fs.rmSync(dist, { recursive: true, force: true });
  expect(problems.sort()).toEqual(
    [
      'index.html: /archive/ok/#p9 points at #p9, which ok/index.html does not have',
      'index.html: /archive/gone/ leads to no page or file',
      'index.html: /ok/ leaves the base path /archive/',
      'index.html: loads https://cdn.example.com/x.js from another origin',
      'index.html: loads https://img.example.com/b.png from another origin',
      '_astro/site.css: loads https://fonts.example.com/f.woff2 from another origin',
    ].sort(),
  );
});
