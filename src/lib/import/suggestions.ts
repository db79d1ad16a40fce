/**
 * How the bulletins word the figures of the seed's indicators (src/content/indicators/), by indicator
 * id. A match is only a suggestion: the editor confirms it against the original before it goes into
 * `figures`.
 */
export const FIGURE_PATTERNS: Record<string, RegExp> = {
  'inspection-groups': /(\d+)个督查组/,
  'lagging-villages': /(\d+)个后进村/,
  'units-total': /(\d+)个帮扶部门/,
  'teams-total': /(\d+)个(?:后进村)?帮扶工作队/,
  // 114个对接到位, or all of them: 116个帮扶工作队全部对接到位.
  'teams-docked': /(\d+)个(?:工作队)?(?:已经?)?对接到位|(\d+)个(?:后进村)?帮扶工作队(?:已经?)?全部对接到位/,
  'heads-visited': /有(\d+)个单位的主要领导(?!没有|未)/,
  'heads-not-visited': /(\d+)个单位的主要领导(?:没有|未)/,
  'units-missing-major-items': /(\d+)个单位未提交/,
};

export interface FigureSuggestion {
  /** The indicator's id. */
  indicator: string;
  value: number;
  /** The words the number was read from. */
  quote: string;
}

/** The figures a bulletin's text reports, each with the phrase it came from. */
export function suggestFigures(body: string): FigureSuggestion[] {
  return Object.entries(FIGURE_PATTERNS).flatMap(([indicator, pattern]) => {
    const match = pattern.exec(body);
    return match ? [{ indicator, value: Number(match[1] ?? match[2]), quote: match[0] }] : [];
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
