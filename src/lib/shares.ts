import type { BulletinData } from '../schemas/bulletin.ts';
import type { Entry } from './drafts.ts';
import { figureOf, type IndicatorEntry } from './figures.ts';

/** A part over its whole as one bulletin reported both. */
export interface Share {
  value: number;
  whole: number;
  /** Percentage with one decimal, e.g. 98.3. */
  percent: number;
}

/**
 * The one rule for a share, used by the home scoreboard and /progress/ alike: the indicator's value
 * over its `partOf` whole, both from the same bulletin; undefined when that bulletin lacks either
 * or the whole is zero.
 */
export function shareOf(bulletin: Entry<BulletinData>, indicator: IndicatorEntry): Share | undefined {
  const whole = indicator.data.partOf && figureOf(bulletin, indicator.data.partOf.id);
  const part = figureOf(bulletin, indicator.id);
  if (!part || !whole || whole.value === 0) return undefined;
  return {
    value: part.value,
    whole: whole.value,
    percent: Math.round((part.value / whole.value) * 1000) / 10,
  };
}

export interface ShareRow<B> extends Share {
  indicator: IndicatorEntry;
  /** The bulletin that last reported this share. */
  asOf: B;
  /** The change since the report before it, when an earlier bulletin gave the same share. */
  change?: { delta: number; since: B };
}

/**
 * Each scoreboard indicator (`scoreboard: true`, catalogue order) as last reported, with its change
 * since the bulletin that reported it before. A share no bulletin gives is left out rather than
 * shown as zero. `bulletins` are oldest first.
 */
export function latestShares<B extends Entry<BulletinData>>(
  bulletins: readonly B[],
  indicators: readonly IndicatorEntry[],
): ShareRow<B>[] {
  return indicators
    .filter((indicator) => indicator.data.scoreboard)
    .flatMap((indicator) => {
      const reports = bulletins.flatMap((b) => {
        const share = shareOf(b, indicator);
        return share ? [{ bulletin: b, share }] : [];
      });
      const last = reports.at(-1);
      if (!last) return [];
      const before = reports.at(-2);
      const row: ShareRow<B> = { indicator, ...last.share, asOf: last.bulletin };
      if (before) row.change = { delta: last.share.value - before.share.value, since: before.bulletin };
      return [row];
    });
}
