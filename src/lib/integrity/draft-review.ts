import { ITEM_STATUS_LABELS, LISTING_LABEL, TEAM_STATE_LABELS } from '../../i18n/zh.ts';
import type { ItemStatus } from '../../schemas/item.ts';
import { TEAM_STATES, type TeamState } from '../../schemas/team.ts';
import { formatPath, type Problem } from './problem.ts';
import type { CheckedEntry } from './rules.ts';

type Report = { bulletin: { id: string }; quote?: string; status?: string };

/** The list fields that hold reports tied to a bulletin, and what each is called. */
const REPORT_FIELDS: Record<string, readonly string[]> = {
  items: ['history'],
  teams: TEAM_STATES,
  villages: ['listing'],
};

function reportLabel(collection: string, field: string, report: Report): string {
  if (collection === 'items') return `进展“${ITEM_STATUS_LABELS[report.status as ItemStatus]}”`;
  if (collection === 'villages') return LISTING_LABEL;
  return TEAM_STATE_LABELS[field as TeamState];
}

/**
 * While a bulletin is a draft, everything waiting on it is listed for review: each `# ⚠` line the
 * import wrote into it (a doubt), and each report of an item, team or village that cites it (what
 * the import proposed, or an editor added). They are published together when its `draft` becomes
 * false; deleting a wrong report is deleting its lines.
 */
export function draftReviewProblems(entries: readonly CheckedEntry[]): Problem[] {
  const drafts = new Map(
    entries.filter((e) => e.collection === 'bulletins' && e.parsed['draft'] === true).map((e) => [e.id, e]),
  );
  if (drafts.size === 0) return [];
  const problems: Problem[] = [];
  for (const draft of drafts.values()) {
    for (const doubt of draft.doubts) {
      problems.push({
        severity: 'warning',
        file: draft.file,
        line: doubt.line,
        field: '（导入存疑）',
        message: `${doubt.text}。核对改正后删去这一行“# ⚠”注释`,
      });
    }
  }
  for (const entry of entries) {
    for (const field of REPORT_FIELDS[entry.collection] ?? []) {
      const reports = (entry.parsed[field] ?? []) as Report[];
      for (const [index, report] of reports.entries()) {
        const draft = drafts.get(report.bulletin.id);
        if (!draft) continue;
        const issue = draft.parsed['issue'] as number;
        problems.push({
          severity: 'warning',
          file: entry.file,
          line: entry.lineOf([field, index]),
          field: formatPath([field, index]),
          message: `待发布：${reportLabel(entry.collection, field, report)}，据第${issue}期（草稿 ${draft.file}）“${report.quote ?? ''}”。该期 draft 改为 false 时一同发布；请对照原文核对，不对就删去这一条`,
        });
      }
    }
  }
  return problems;
}
