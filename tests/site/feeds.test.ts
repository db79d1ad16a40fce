import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect, inject, test } from 'vitest';
import { DEFAULT_SITE } from '../support/crawl.ts';

interface Feed {
  rss: {
    '@_version': string;
    channel: { title: string; link: string; item: { title: string; link: string; pubDate: string }[] };
  };
}
interface SitemapIndex {
  sitemapindex: { sitemap: { loc: string }[] };
}
interface Sitemap {
  urlset: { url: { loc: string }[] };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'url', 'sitemap'].includes(name),
});
const read = <T>(file: string) =>
  xml.parse(fs.readFileSync(path.join(inject('siteDist'), file), 'utf8')) as T;
const bulletinIds = () =>
  fs.readdirSync(path.join(inject('siteDist'), 'bulletins')).filter((name) => !name.includes('.'));

test('the RSS feed has one item per published bulletin, each with an absolute link to its page', () => {
  const { rss } = read<Feed>('rss.xml');
  expect(rss['@_version']).toBe('2.0');
  expect(rss.channel.title).toBe('招远市后进村帮扶工作简报档案');
  expect(rss.channel.link).toBe(`${DEFAULT_SITE}/`);
  const items = rss.channel.item;
  expect(items.map((item) => item.link).sort()).toEqual(
    bulletinIds()
      .map((id) => `${DEFAULT_SITE}/bulletins/${id}/`)
      .sort(),
  );
  expect(items[0]?.title).toBe('招远市后进村帮扶工作简报 2015年第2期：全市后进村帮扶工作督查情况通报');
  expect(new Date(items[0]!.pubDate).toISOString()).toBe('2015-07-02T16:00:00.000Z');
});

test('the sitemap lists every page of the site by its absolute address, and no error page', () => {
  const index = read<SitemapIndex>('sitemap-index.xml');
  const urls = index.sitemapindex.sitemap.flatMap(({ loc }) =>
    read<Sitemap>(new URL(loc).pathname.slice(1)).urlset.url.map((u) => u.loc),
  );
  const dist = inject('siteDist');
  const pages = (fs.readdirSync(dist, { recursive: true }) as string[])
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('index.html'))
    // The form editor is a tool for the office, kept out of the sitemap on purpose.
    .filter((name) => !name.startsWith('admin/'))
    .map((name) => `${DEFAULT_SITE}/${name.replace(/index\.html$/, '')}`);
  expect(urls.sort()).toEqual(pages.sort());
  expect(urls).toContain(`${DEFAULT_SITE}/bulletins/2015-02/`);
  expect(urls.some((u) => u.includes('404'))).toBe(false);
});
