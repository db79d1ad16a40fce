import { FIGURES, type FigureKey } from '../../schemas/figures.ts';

/**
 * How the bulletins word each figure. A match is only a suggestion: the editor confirms it against
 * the original before it goes into `figures`.
 */
const FIGURE_PATTERNS: Record<FigureKey, RegExp> = {
  inspectionGroups: /(\d+)个督查组/,
  laggingVillages: /(\d+)个后进村/,
  unitsTotal: /(\d+)个帮扶部门/,
  teamsTotal: /(\d+)个(?:后进村)?帮扶工作队/,
  teamsDocked: /(\d+)个(?:工作队)?(?:已经?)?对接到位/,
  headsVisited: /有(\d+)个单位的主要领导(?!没有|未)/,
  headsNotVisited: /(\d+)个单位的主要领导(?:没有|未)/,
  unitsMissingMajorItems: /(\d+)个单位未提交/,
};

export interface FigureSuggestion {
  key: FigureKey;
  value: number;
  /** The words the number was read from. */
  quote: string;
}

/** The figures a bulletin's text reports, each with the phrase it came from. */
export function suggestFigures(body: string): FigureSuggestion[] {
  return (Object.keys(FIGURES) as FigureKey[]).flatMap((key) => {
    const match = FIGURE_PATTERNS[key].exec(body);
    return match ? [{ key, value: Number(match[1]), quote: match[0] }] : [];
  });
}

export interface KnownEntity {
  collection: 'villages' | 'towns' | 'units';
  id: string;
  name: string;
}

/** Known villages, towns and units the text names, in the order of the collections, each once. */
export function suggestEntities(body: string, known: readonly KnownEntity[]): KnownEntity[] {
  return known.filter((entity) => entity.name.length >= 2 && body.includes(entity.name));
}
