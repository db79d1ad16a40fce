import { APPROX_LABELS } from '../i18n/zh.ts';
import type { BulletinData, Figure } from '../schemas/bulletin.ts';
import type { IndicatorData } from '../schemas/indicator.ts';
import type { Entry } from './drafts.ts';

export type IndicatorEntry = Entry<IndicatorData>;

/** The catalogue's reading order: `order` first (unordered last), then file name. */
export function compareIndicators(a: IndicatorEntry, b: IndicatorEntry): number {
  const x = a.data.order ?? Infinity;
  const y = b.data.order ?? Infinity;
  return x === y ? a.id.localeCompare(b.id) : x < y ? -1 : 1;
}

/** The figure a bulletin reports for one indicator, if it reports one. */
export function figureOf(bulletin: Entry<BulletinData>, indicator: string): Figure | undefined {
  return bulletin.data.figures.find((f) => f.indicator.id === indicator);
}

/** A number as printed, with its 约 or 余: 约1250.5, 600余. */
export function formatFigureValue(value: number, approx?: Figure['approx']): string {
  if (approx === 'about') return `${APPROX_LABELS.about}${value}`;
  if (approx === 'over') return `${value}${APPROX_LABELS.over}`;
  return String(value);
}

/** A figure with its unit as printed: 约1250.5万元, 600余万元, 114个. */
export const formatFigure = (figure: Pick<Figure, 'value' | 'approx'>, unit: string) =>
  `${formatFigureValue(figure.value, figure.approx)}${unit}`;

/** One figure of a bulletin as its page lists it: the indicator, the figure, and its whole if reported. */
export interface ReportedFigure {
  indicator: IndicatorEntry;
  figure: Figure;
  whole?: Figure;
}

/** A bulletin's figures in catalogue order, each beside the whole it is part of when that is reported too. */
export function reportedFigures(
  bulletin: Entry<BulletinData>,
  indicators: readonly IndicatorEntry[],
): ReportedFigure[] {
  return indicators.flatMap((indicator) => {
    const figure = figureOf(bulletin, indicator.id);
    if (!figure) return [];
    const whole = indicator.data.partOf && figureOf(bulletin, indicator.data.partOf.id);
    return [whole ? { indicator, figure, whole } : { indicator, figure }];
  });
}

/** One reported figure as the downloads list it: the bulletin, the indicator, the figure. */
export interface FigureRow<B extends Entry<BulletinData> = Entry<BulletinData>> {
  bulletin: B;
  indicator: IndicatorEntry;
  figure: Figure;
}

/** Every figure of the published bulletins, oldest bulletin first, each in catalogue order. */
export function figureRowsOf<B extends Entry<BulletinData>>(archive: {
  bulletins: readonly B[];
  indicators: readonly IndicatorEntry[];
}): FigureRow<B>[] {
  return archive.bulletins.flatMap((bulletin) =>
    reportedFigures(bulletin, archive.indicators).map(({ indicator, figure }) => ({
      bulletin,
      indicator,
      figure,
    })),
  );
}
