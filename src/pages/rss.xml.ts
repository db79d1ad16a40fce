import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../i18n/zh.ts';
import { siteConfig } from '../lib/site.ts';
import { getArchive } from '../lib/archive.ts';
import { issueLabel } from '../lib/citation.ts';
import { paths, withBase } from '../lib/urls.ts';

/** Every published bulletin, newest first; drafts never reach the archive in a build. */
export async function GET(context: APIContext) {
  const { bulletins } = await getArchive();
  return rss({
    title: siteConfig().name,
    description: `${SITE.issuer}编发的后进村帮扶工作简报`,
    // The channel's link is the archive's home, under the base path when there is one.
    site: new URL(withBase(paths.home()), context.site ?? context.url.origin).href,
    customData: '<language>zh-CN</language>',
    items: [...bulletins].reverse().map((b) => ({
      title: `${issueLabel(b.data)}：${b.data.title}`,
      link: withBase(paths.bulletin(b.id)),
      pubDate: new Date(`${b.data.date}T00:00:00+08:00`),
      description: `${b.data.issuer}，${b.data.title}`,
    })),
  });
}
