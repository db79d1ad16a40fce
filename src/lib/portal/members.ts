import fs from 'node:fs';
import path from 'node:path';
import type { PortalConfig, PortalMember } from '../../schemas/portal.ts';
import { latestFigures, readFigureReports, type LatestFigure } from './figures.ts';

/** The download a portal reads each member's figures from, inside its built site. */
export const FIGURES_DOWNLOAD = 'data/figures.json';

/** What a portal knows of one member at build time. */
export interface MemberData extends PortalMember {
  /** Each figure as the member last reported it; undefined when its downloads could not be read. */
  figures?: LatestFigure[];
  /** Why the downloads could not be read, in Chinese. */
  missing?: string;
}

export interface PortalData {
  title: string;
  members: MemberData[];
  /** The Pagefind version the portal searches with; members' indexes must have the same. */
  pagefindVersion: string;
}

/** Reads a member's figures from its own downloads; `dist` is taken from `configDir`. */
export function readMember(member: PortalMember, configDir: string): MemberData {
  const file = path.resolve(configDir, member.dist, FIGURES_DOWNLOAD);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const missing =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `未找到数据下载 ${FIGURES_DOWNLOAD}`
        : `数据下载 ${FIGURES_DOWNLOAD} 无法读取`;
    return { ...member, missing };
  }
  const reports = readFigureReports(json);
  if (!reports) return { ...member, missing: `数据下载 ${FIGURES_DOWNLOAD} 的格式无法识别` };
  return { ...member, figures: latestFigures(reports) };
}

export function readPortalData(config: PortalConfig, configDir: string, pagefindVersion: string): PortalData {
  return {
    title: config.title,
    members: config.members.map((member) => readMember(member, configDir)),
    pagefindVersion,
  };
}

/**
 * A member's page at `url` (an absolute address its downloads give) as a link from the portal:
 * the same path under the member's configured address, so a member built with another SITE_URL
 * still links to where it is published.
 */
export function memberLink(member: Pick<PortalMember, 'url'>, url: string): string {
  const { pathname, hash } = new URL(url, 'https://member.invalid/');
  return /^https?:\/\//.test(member.url)
    ? `${new URL(member.url).origin}${pathname}${hash}`
    : `${pathname}${hash}`;
}
