import type { SiteConfig } from '../schemas/site.ts';
import type { GOV_LABELS } from '../i18n/zh.ts';
import type { BulletinData } from '../schemas/bulletin.ts';
import type { TermMatch } from './mentions.ts';
import { bulletinBlocks } from './paragraphs.ts';

/** One `<meta name content>` of the head. */
export interface MetaTag {
  name: string;
  content: string;
}

/** What an article page (a bulletin or a typical case) says about itself in its head. */
export interface ArticleMeta {
  title: string;
  /** ISO date, YYYY-MM-DD. */
  date?: string | undefined;
  /** The issuer of the bulletin the article is, or comes from. */
  source?: string | undefined;
  keywords: readonly string[];
  description: string;
}

/**
 * The site's domain: the configured one, else the host of the public address the build was given
 * (SITE_URL); never the placeholder address a build without one uses.
 */
export function siteDomain(config: SiteConfig, siteUrl: string | undefined): string | undefined {
  if (config.domain) return config.domain;
  return siteUrl && URL.canParse(siteUrl) ? new URL(siteUrl).hostname : undefined;
}

/**
 * The head's government-site meta tags (政府网站发展指引): site name, domain and identification code,
 * the column (section) and, on article pages, the article's title, date, source, keywords and
 * description. A value that is not known is left out, never filled in.
 */
export function govMetaTags(options: {
  config: SiteConfig;
  /** The public address the build was given (SITE_URL), if any. */
  siteUrl: string | undefined;
  column: string | undefined;
  article?: ArticleMeta | undefined;
}): MetaTag[] {
  const { config, siteUrl, column, article } = options;
  const tags: [string, string | undefined][] = [
    ['SiteName', config.name],
    ['SiteDomain', siteDomain(config, siteUrl)],
    ['SiteIDCode', config.siteIdCode],
    ['ColumnName', column],
  ];
  if (article) {
    tags.push(
      ['ArticleTitle', article.title],
      ['PubDate', article.date],
      ['ContentSource', article.source],
      ['Keywords', article.keywords.join(',') || undefined],
      ['Description', article.description],
    );
  }
  return tags
    .filter((tag): tag is [string, string] => !!tag[1])
    .map(([name, content]) => ({ name, content }));
}

/** A description cut to `max` characters at most, with an ellipsis where it was cut. */
export function shortDescription(text: string, max = 120): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Distinct names in order of first appearance, at most `max`. */
export function keywordsOf(names: readonly string[], max = 10): string[] {
  return [...new Set(names)].slice(0, max);
}

/** A line of the footer's identification: a label, a value and, for the filing numbers, where to check it. */
export interface FooterIdentifier {
  label?: string;
  value: string;
  href?: string;
}

/**
 * What the footer identifies the site by, each only when configured: 主办单位, contact, 网站标识码,
 * ICP备案号 (linked to the MIIT filing system) and 公安机关备案号 (linked to the police filing system).
 */
export function footerIdentifiers(config: SiteConfig, labels: typeof GOV_LABELS): FooterIdentifier[] {
  const { contact } = config;
  const contactParts = [
    contact.phone && `${labels.phone} ${contact.phone}`,
    contact.email && `${labels.email} ${contact.email}`,
    contact.address && `${labels.address} ${contact.address}`,
  ].filter(Boolean);
  const lines: (FooterIdentifier | undefined)[] = [
    config.organizer ? { label: labels.organizer, value: config.organizer } : undefined,
    contactParts.length ? { label: labels.contact, value: contactParts.join('　') } : undefined,
    config.siteIdCode ? { label: labels.siteIdCode, value: config.siteIdCode } : undefined,
    config.icp ? { value: config.icp, href: 'https://beian.miit.gov.cn/' } : undefined,
    config.publicSecurity
      ? {
          value: config.publicSecurity,
          href: `https://beian.mps.gov.cn/#/query/webSearch?code=${config.publicSecurity.replace(/\D/g, '')}`,
        }
      : undefined,
  ];
  return lines.filter((line) => line !== undefined);
}

/**
 * A bulletin's article meta: its title, date and issuer; the villages, units and towns its body names
 * (in order of first mention) as keywords; the opening of its first paragraph as description.
 */
export function bulletinArticleMeta(
  bulletin: BulletinData,
  body: string,
  findNames: (text: string) => TermMatch[],
): ArticleMeta {
  const blocks = bulletinBlocks(body);
  const firstNames = new Map<string, string>();
  for (const block of blocks) {
    for (const { term } of findNames(block.text)) {
      const key = `${term.collection}/${term.id}`;
      if (!firstNames.has(key)) firstNames.set(key, term.text);
    }
  }
  const names = [...firstNames.values()];
  const opening = blocks.find((block) => block.kind === 'paragraph')?.text ?? bulletin.title;
  return {
    title: bulletin.title,
    date: bulletin.date,
    source: bulletin.issuer,
    keywords: keywordsOf(names),
    description: shortDescription(opening),
  };
}
