import type { BulletinData } from '../schemas/bulletin.ts';
import type { Figures } from '../schemas/figures.ts';
import type { Entry } from './drafts.ts';

/** What the scoreboard counts: each a part of a whole the bulletins report. */
export type ScoreKey = 'teamsDocked' | 'headsVisited' | 'majorItemsSubmitted';

interface Share {
  value: number;
  whole: number;
}

/** How each score is read from one bulletin's figures; undefined when that bulletin does not give it. */
const READ: Record<ScoreKey, (f: Figures) => Share | undefined> = {
  teamsDocked: ({ teamsDocked, teamsTotal }) =>
    teamsDocked !== undefined && teamsTotal !== undefined
      ? { value: teamsDocked, whole: teamsTotal }
      : undefined,
  headsVisited: ({ headsVisited, headsNotVisited, unitsTotal }) => {
    if (unitsTotal === undefined) return undefined;
    const value = headsVisited ?? (headsNotVisited === undefined ? undefined : unitsTotal - headsNotVisited);
    return value === undefined ? undefined : { value, whole: unitsTotal };
  },
  // Bulletins report the laggards (“8个单位未提交”); the board shows the submitted share beside them.
  majorItemsSubmitted: ({ unitsMissingMajorItems, unitsTotal }) =>
    unitsMissingMajorItems !== undefined && unitsTotal !== undefined
      ? { value: unitsTotal - unitsMissingMajorItems, whole: unitsTotal }
      : undefined,
};

export const SCORE_KEYS = Object.keys(READ) as ScoreKey[];

export interface ScoreRow<B> extends Share {
  key: ScoreKey;
  /** The bulletin that last reported this score. */
  asOf: B;
  /** The change since the report before it, when an earlier bulletin gave the same score. */
  change?: { delta: number; since: B };
}

/**
 * The scoreboard: each score as last reported, and its change since the bulletin that reported it
 * before. A score no bulletin gives is left out rather than shown as zero. `bulletins` are oldest first.
 */
export function scoreboard<B extends Entry<BulletinData>>(bulletins: readonly B[]): ScoreRow<B>[] {
  return SCORE_KEYS.flatMap((key) => {
    const reports = bulletins.flatMap((b) => {
      const share = READ[key](b.data.figures);
      return share ? [{ bulletin: b, share }] : [];
    });
    const last = reports.at(-1);
    if (!last) return [];
    const before = reports.at(-2);
    const row: ScoreRow<B> = { key, ...last.share, asOf: last.bulletin };
    if (before) row.change = { delta: last.share.value - before.share.value, since: before.bulletin };
    return [row];
  });
}
