import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { crawlDist } from '../support/crawl.ts';

test('every internal link and #anchor in the built site leads somewhere, nothing loads from another origin and no body can run a script', () => {
  const report = crawlDist(inject('siteDist'));
  expect(report.pages).toBeGreaterThan(3);
  expect(report.links).toBeGreaterThan(report.pages);
  expect(report.problems).toEqual([]);
});

test('the crawl reports a dead link, a missing anchor, a foreign resource, a path outside the base, script and a link out of a body', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'crawl-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), text);
  };
  write(
    'index.html',
    `<a href="/archive/ok/#p1">ok</a><a href="/archive/ok/#p9">no anchor</a><a href="/archive/gone/">dead</a>
     <a href="/ok/">outside base</a><a href="https://example.com/">a link away is allowed</a>
     <script src="https://cdn.example.com/x.js"></script><img srcset="/archive/a.png 1x, https://img.example.com/b.png 2x">
     <script type="application/json">{"data":1}</script><img src="/archive/a.png" onerror="alert(1)">
     <a href="javascript:alert(1)">x</a><iframe src="/archive/ok/"></iframe>
     <div class="body"><script>alert(1)</script><a href="/archive/ok/">in</a><a href="https://example.com/">out</a></div>`,
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
      'index.html: runs a script inside a body',
      'index.html: has an inline event handler onerror',
      'index.html: runs code from the address javascript:alert(1)',
      'index.html: embeds <iframe>',
      'index.html: the body links to https://example.com/ on another origin',
      '_astro/site.css: loads https://fonts.example.com/f.woff2 from another origin',
    ].sort(),
  );
});
