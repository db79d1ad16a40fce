import fs from 'node:fs';
import { portalConfigSchema, type PortalConfig } from '../../schemas/portal.ts';
import { zodIssueMessage } from '../integrity/zod-messages.ts';

/** A portal config that cannot be used, with every problem as `file  field  message`. */
export class PortalConfigError extends Error {}

/** `members.1.url` as the editor counts: `members[2].url`. */
const fieldPath = (path: readonly PropertyKey[]) =>
  path
    .map((part, i) => (typeof part === 'number' ? `[${part + 1}]` : `${i > 0 ? '.' : ''}${String(part)}`))
    .join('') || '（整个文件）';

/** Reads and checks a portal's JSON config; throws PortalConfigError naming the file and fields. */
export function readPortalConfig(file: string): PortalConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? '文件不存在'
        : `不是有效的 JSON：${(error as Error).message}`;
    throw new PortalConfigError(`${file}  ${reason}`);
  }
  const parsed = portalConfigSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new PortalConfigError(
    parsed.error.issues
      .map((issue) => `${file}  ${fieldPath(issue.path)}  ${zodIssueMessage(issue)}`)
      .join('\n'),
  );
}
