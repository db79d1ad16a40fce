import type { SiteConfig } from '../schemas/site.ts';
import { contentDir } from './content-dir.ts';
import { formatProblem } from './integrity/problem.ts';
import { readSiteConfig } from './integrity/site-config.ts';

let config: SiteConfig | undefined;

/**
 * The site configuration of the content folder being built, read once per build. The build's
 * validator has already reported any mistake in it; this only refuses to go on without it.
 */
export function siteConfig(): SiteConfig {
  if (config) return config;
  const read = readSiteConfig(contentDir());
  if (!read.config) throw new Error(read.problems.map(formatProblem).join('\n'));
  config = read.config;
  return config;
}
