import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';
import { formatPath, type Problem } from './problem.ts';
import { nodeAt, yamlErrorMessage } from './read-entries.ts';
import { zodIssueMessage } from './zod-messages.ts';

/** The site configuration's file name, at the top of the content folder. */
export const SITE_CONFIG_FILE = 'site.yaml';

/**
 * Reads and checks `site.yaml` in the content folder `dir`. A folder without one gets the defaults
 * (the site's name, nothing else set), so a test archive needs no configuration.
 */
export function readSiteConfig(
  dir: string,
  root: string = process.cwd(),
): { config?: SiteConfig; problems: Problem[] } {
  const schema = siteSchema();
  const file = path.join(dir, SITE_CONFIG_FILE);
  if (!fs.existsSync(file)) return { config: schema.parse({}), problems: [] };
  const shown = path.relative(root, file) || file;
  const lineCounter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), {
    schema: 'core',
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        severity: 'error' as const,
        file: shown,
        line: lineAt(error.pos[0]),
        field: '（网站配置）',
        message: `网站配置（YAML）写法有误，无法读取：${yamlErrorMessage(error.code)}（原始信息：${error.message.split('\n')[0]}）`,
      })),
    };
  }
  const result = schema.safeParse(doc.toJS() ?? {}, { reportInput: true });
  if (result.success) return { config: result.data, problems: [] };
  return {
    problems: result.error.issues
      .map((issue) => {
        // An unknown field is found at its own line, not its parent's.
        const at =
          issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
        const node = nodeAt(doc, at);
        return {
          severity: 'error' as const,
          file: shown,
          line: node?.range ? lineAt(node.range[0]) : 1,
          field: formatPath(issue.path),
          message: zodIssueMessage(issue),
        };
      })
      .sort((a, b) => a.line - b.line),
  };
}
