import type { Ref } from '../../schemas/common.ts';
import type { Figure } from '../../schemas/bulletin.ts';
import type { IndicatorData } from '../../schemas/indicator.ts';
import type { TeamData } from '../../schemas/team.ts';
import type { Problem } from './problem.ts';
import type { CheckedEntry } from './rules.ts';

/** A team's report of a state as of a bulletin: the latest one tied to it or to an earlier bulletin. */
type AsOf = <R extends { bulletin: Ref }>(reports: readonly R[]) => R | undefined;

/**
 * Figures that can be recounted from the team entries, once every team (or unit) of the whole is
 * entered: the whole's figure says how many there should be. Keyed by the indicator files of
 * src/content/indicators/ that mean exactly these team states; an archive without them is not checked.
 */
const RECOUNTABLE: readonly {
  figure: string;
  whole: string;
  wholeCollection: 'teams' | 'units';
  counts: (team: TeamData, asOf: AsOf) => boolean;
  marked: string;
}[] = [
  {
    figure: 'teams-docked',
    whole: 'teams-total',
    wholeCollection: 'teams',
    counts: (t, asOf) => asOf(t.docked)?.value === true,
    marked: 'docked 最近一条的 value 为 true',
  },
  {
    figure: 'heads-visited',
    whole: 'units-total',
    wholeCollection: 'units',
    counts: (t, asOf) => asOf(t.headVisit)?.visited === true,
    marked: 'headVisit 最近一条的 visited 为 true',
  },
  {
    figure: 'units-missing-major-items',
    whole: 'units-total',
    wholeCollection: 'units',
    counts: (t, asOf) => asOf(t.majorItemsSubmitted)?.value === false,
    marked: 'majorItemsSubmitted 最近一条的 value 为 false',
  },
];

interface BulletinLike {
  date: string;
  issue: number;
  figures: Figure[];
}

const valueOf = (b: CheckedEntry, indicator: string) =>
  (b.parsed as unknown as BulletinLike).figures.find((f) => f.indicator.id === indicator);

/**
 * The latest bulletin reporting a figure should agree with the teams' states as of that bulletin
 * (their latest reports up to it); checked only when all teams (or units) are entered, since until
 * then a difference is expected.
 */
export function figureMismatchProblems(entries: readonly CheckedEntry[]): Problem[] {
  const bulletins = entries
    .filter((e) => e.collection === 'bulletins')
    .sort((a, b) => {
      const x = a.parsed as unknown as BulletinLike;
      const y = b.parsed as unknown as BulletinLike;
      return x.date === y.date ? x.issue - y.issue : x.date < y.date ? -1 : 1;
    });
  const teams = entries.filter((e) => e.collection === 'teams').map((e) => e.parsed as unknown as TeamData);
  const entered = { teams: teams.length, units: entries.filter((e) => e.collection === 'units').length };
  const labels = new Map(
    entries
      .filter((e) => e.collection === 'indicators')
      .map((e) => [e.id, (e.parsed as unknown as IndicatorData).label]),
  );
  return RECOUNTABLE.flatMap(({ figure, whole, wholeCollection, counts, marked }) => {
    const reporting = bulletins.filter((b) => valueOf(b, figure) !== undefined).at(-1);
    if (!reporting) return [];
    const reportedFigure = valueOf(reporting, figure)!;
    // 约 or 余 figures are not meant to be recounted.
    if (reportedFigure.approx !== undefined) return [];
    const reported = reportedFigure.value;
    if (valueOf(reporting, whole)?.value !== entered[wholeCollection]) return [];
    const at = (reporting.parsed as unknown as BulletinLike).figures.indexOf(reportedFigure);
    const rank = new Map(bulletins.map((b, i) => [b.id, i]));
    const until = rank.get(reporting.id) ?? -1;
    const asOf: AsOf = (reports) => {
      let found: (typeof reports)[number] | undefined;
      let foundRank = -1;
      for (const report of reports) {
        const r = rank.get(report.bulletin.id) ?? Infinity;
        if (r <= until && r >= foundRank) [found, foundRank] = [report, r];
      }
      return found;
    };
    const counted = teams.filter((t) => counts(t, asOf)).length;
    if (counted === reported) return [];
    return [
      {
        severity: 'warning' as const,
        file: reporting.file,
        line: reporting.lineOf(['figures', at, 'value']),
        field: `figures[${at}].value`,
        message: `简报报告“${labels.get(figure) ?? figure}”为 ${reported} 个，但 teams 目录中 ${marked} 的工作队有 ${counted} 个（${labels.get(whole) ?? whole}共 ${entered[wholeCollection]} 个均已录入）：请核对简报数字或工作队的记录`,
      },
    ];
  });
}
