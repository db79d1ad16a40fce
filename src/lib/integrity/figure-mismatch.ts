import { FIGURES, type FigureKey, type Figures } from '../../schemas/figures.ts';
import type { TeamData } from '../../schemas/team.ts';
import type { Problem } from './problem.ts';
import type { CheckedEntry } from './rules.ts';

/**
 * Figures that can be recounted from the team entries, once every team (or unit) of the whole is
 * entered: the whole's figure says how many there should be.
 */
const RECOUNTABLE: readonly {
  figure: FigureKey;
  whole: FigureKey;
  wholeCollection: 'teams' | 'units';
  counts: (team: TeamData) => boolean;
  marked: string;
}[] = [
  {
    figure: 'teamsDocked',
    whole: 'teamsTotal',
    wholeCollection: 'teams',
    counts: (t) => t.docked?.value === true,
    marked: 'docked.value 为 true',
  },
  {
    figure: 'headsVisited',
    whole: 'unitsTotal',
    wholeCollection: 'units',
    counts: (t) => t.headVisit?.visited === true,
    marked: 'headVisit.visited 为 true',
  },
  {
    figure: 'unitsMissingMajorItems',
    whole: 'unitsTotal',
    wholeCollection: 'units',
    counts: (t) => t.majorItemsSubmitted?.value === false,
    marked: 'majorItemsSubmitted.value 为 false',
  },
];

interface BulletinLike {
  date: string;
  issue: number;
  figures: Figures;
}

/**
 * The latest bulletin reporting a figure should agree with the entries, which hold the latest state;
 * checked only when all teams (or units) are entered, since until then a difference is expected.
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
  return RECOUNTABLE.flatMap(({ figure, whole, wholeCollection, counts, marked }) => {
    const reporting = bulletins
      .filter((b) => (b.parsed as unknown as BulletinLike).figures[figure] !== undefined)
      .at(-1);
    if (!reporting) return [];
    const figures = (reporting.parsed as unknown as BulletinLike).figures;
    const reported = figures[figure] as number;
    if (figures[whole] !== entered[wholeCollection]) return [];
    const counted = teams.filter(counts).length;
    if (counted === reported) return [];
    return [
      {
        severity: 'warning' as const,
        file: reporting.file,
        line: reporting.lineOf(['figures', figure]),
        field: `figures.${figure}`,
        message: `简报报告“${FIGURES[figure].label}”为 ${reported} 个，但 teams 目录中 ${marked} 的工作队有 ${counted} 个（${FIGURES[whole].label}共 ${entered[wholeCollection]} 个均已录入）：请核对简报数字或工作队的记录`,
      },
    ];
  });
}
