import { shortIssueLabel } from '../citation.ts';

/** One figure one bulletin reported, as a member's `data/figures.json` gives it. */
export interface FigureReport {
  indicator: string;
  label: string;
  unit: string;
  value: number;
  /** 2015年第2期 */
  issue: string;
  date: string;
  /** The bulletin's page; the member's own address for it. */
  url?: string;
}

export interface LatestFigure extends FigureReport {
  /** The change since the bulletin that reported this figure before, when one did. */
  change?: { delta: number; since: FigureReport };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The figure keys of the one-column-per-figure `figures.json` that archives wrote before their
 * indicators became content; today's long-form download names each indicator's label and unit itself.
 */
const LEGACY_FIGURES: Record<string, { label: string; unit: string }> = {
  inspectionGroups: { label: '督查组', unit: '个' },
  laggingVillages: { label: '后进村', unit: '个' },
  unitsTotal: { label: '帮扶部门和单位', unit: '个' },
  teamsTotal: { label: '帮扶工作队', unit: '个' },
  teamsDocked: { label: '对接到位的工作队', unit: '个' },
  headsVisited: { label: '主要领导入村走访的单位', unit: '个' },
  headsNotVisited: { label: '主要领导未入村走访的单位', unit: '个' },
  unitsMissingMajorItems: { label: '未提交三项重大帮扶事项的单位', unit: '个' },
};

function catalogueEntry(key: string): { label: string; unit: string } {
  return LEGACY_FIGURES[key] ?? { label: key, unit: '' };
}

function issueOf(record: Record<string, unknown>): string | undefined {
  const bulletin = isRecord(record['bulletin']) ? record['bulletin'] : record;
  const label = text(bulletin['label']) ?? text(record['issueLabel']);
  if (label) return label;
  const date = text(bulletin['date']) ?? text(record['date']);
  const issue = bulletin['issue'] ?? record['issue'];
  return date && typeof issue === 'number' ? shortIssueLabel({ date, issue }) : undefined;
}

/**
 * The figures of a member's `data/figures.json`, oldest bulletin first: one record per bulletin with
 * a `figures` object (key → count or null), or one record per reported figure (`indicator` or `key`,
 * `value`, the bulletin's date and issue). Undefined when the file has neither shape.
 */
export function readFigureReports(json: unknown): FigureReport[] | undefined {
  if (!Array.isArray(json)) return undefined;
  const reports: FigureReport[] = [];
  for (const record of json) {
    if (!isRecord(record)) return undefined;
    const bulletin = isRecord(record['bulletin']) ? record['bulletin'] : record;
    const date = text(bulletin['date']) ?? text(record['date']);
    const issue = issueOf(record);
    if (!date || !issue) return undefined;
    const url = text(bulletin['url']) ?? text(record['url']);
    const at = { issue, date, ...(url ? { url } : {}) };
    if (isRecord(record['figures'])) {
      for (const [indicator, value] of Object.entries(record['figures'])) {
        if (typeof value === 'number')
          reports.push({ indicator, ...catalogueEntry(indicator), value, ...at });
      }
      continue;
    }
    const indicator = text(record['indicator']) ?? text(record['key']);
    const value = record['value'];
    if (!indicator || typeof value !== 'number') return undefined;
    const known = catalogueEntry(indicator);
    reports.push({
      indicator,
      label: text(record['label']) ?? text(record['indicatorLabel']) ?? known.label,
      unit: text(record['unit']) ?? known.unit,
      value,
      ...at,
    });
  }
  return reports.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Each indicator as last reported, with its change since the report before it; legacy keys in their
 * old order first, then in the order the indicators were first reported (a long-form download lists
 * each bulletin's figures in its archive's catalogue order).
 */
export function latestFigures(reports: readonly FigureReport[]): LatestFigure[] {
  const byIndicator = new Map<string, FigureReport[]>();
  for (const report of reports)
    byIndicator.set(report.indicator, [...(byIndicator.get(report.indicator) ?? []), report]);
  const order: string[] = Object.keys(LEGACY_FIGURES);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...byIndicator.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([, list]) => {
      const last = list.at(-1)!;
      const before = list.at(-2);
      return before ? { ...last, change: { delta: last.value - before.value, since: before } } : { ...last };
    });
}

/** The indicators every member with figures has reported, in the first such member's order. */
export function sharedIndicators(members: readonly (readonly LatestFigure[])[]): LatestFigure[] {
  const [first, ...rest] = members;
  if (!first) return [];
  return first.filter((figure) => rest.every((other) => other.some((o) => o.indicator === figure.indicator)));
}
