import { SITE } from '../i18n/zh.ts';
import { DEFAULT_SERIES, type BulletinData } from '../schemas/bulletin.ts';
import { formatDate } from './format.ts';

/** 2015年第2期: how lists, tables and downloads name a bulletin. */
export function shortIssueLabel(bulletin: Pick<BulletinData, 'date' | 'issue'>): string {
  return `${bulletin.date.slice(0, 4)}年第${bulletin.issue}期`;
}

/** 招远市后进村帮扶工作简报 2015年第2期 */
export function issueLabel(bulletin: Pick<BulletinData, 'series' | 'date' | 'issue'>): string {
  const series = bulletin.series === DEFAULT_SERIES ? SITE.citationSeries : bulletin.series;
  return `${series} ${shortIssueLabel(bulletin)}`;
}

/**
 * How to cite a bulletin: issuer, title, series and issue, date, permanent address.
 * 招远市后进村帮扶工作领导小组办公室：《全市后进村帮扶工作督查情况通报》，招远市后进村帮扶工作简报 2015年第2期，2015年7月3日。https://…/bulletins/2015-02/
 */
export function citation(bulletin: BulletinData, url: string): string {
  return `${bulletin.issuer}：《${bulletin.title}》，${issueLabel(bulletin)}，${formatDate(bulletin.date)}。${url}`;
}
