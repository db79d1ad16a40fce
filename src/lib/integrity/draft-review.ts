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
 * import wrote into it (a doubt), each figure it reports, each report of an item, team or village
 * that cites it and each indicator proposed with it (what the import proposed, or an editor added).
 * They are published together when its `draft` becomes false; deleting a wrong one is deleting its lines.
 */
export function draftReviewProblems(entries: readonly CheckedEntry[]): Problem[] {
  const drafts = new Map(
    entries.filter((e) => e.collection === 'bulletins' && e.parsed['draft'] === true).map((e) => [e.id, e]),
  );
  if (drafts.size === 0) return [];
  const problems: Problem[] = [];
  const indicators = new Map(entries.filter((e) => e.collection === 'indicators').map((e) => [e.id, e]));
  const where = (draft: CheckedEntry) => `第${draft.parsed['issue'] as number}期（草稿 ${draft.file}）`;
  for (const draft of drafts.values()) {
    const figures = (draft.parsed['figures'] ?? []) as {
      indicator: { id: string };
      value: number;
      quote: string;
    }[];
    for (const [index, figure] of figures.entries()) {
      const indicator = indicators.get(figure.indicator.id)?.parsed as
        { label?: string; unit?: string } | undefined;
      problems.push({
        severity: 'warning',
        file: draft.file,
        line: draft.lineOf(['figures', index]),
        field: formatPath(['figures', index]),
        message: `待发布：数字“${indicator?.label ?? figure.indicator.id}” ${figure.value}${indicator?.unit ?? ''}，据“${figure.quote}”。本期 draft 改为 false 时一同发布；请对照原文核对，不对就删去这一条`,
      });
    }
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
  for (const indicator of indicators.values()) {
    const draft = drafts.get((indicator.parsed['proposedIn'] as { id: string } | undefined)?.id ?? '');
    if (!draft) continue;
    const { label, unit } = indicator.parsed as { label: string; unit: string };
    problems.push({
      severity: 'warning',
      file: indicator.file,
      line: indicator.lineOf(['label']),
      field: 'label',
      message: `待发布：新指标“${label}”（${unit}），由${where(draft)}提出，该期 draft 改为 false 时一同发布。请核对名称和单位；不要这个指标时，删去本文件和该期 figures 中引用它的那一条`,
    });
  }
  for (const entry of entries) {
    for (const field of REPORT_FIELDS[entry.collection] ?? []) {
      const reports = (entry.parsed[field] ?? []) as Report[];
      for (const [index, report] of reports.entries()) {
        const draft = drafts.get(report.bulletin.id);
        if (!draft) continue;
        problems.push({
          severity: 'warning',
          file: entry.file,
          line: entry.lineOf([field, index]),
          field: formatPath([field, index]),
          message: `待发布：${reportLabel(entry.collection, field, report)}，据${where(draft)}“${report.quote ?? ''}”。该期 draft 改为 false 时一同发布；请对照原文核对，不对就删去这一条`,
        });
      }
    }
  }
  return problems;
}
