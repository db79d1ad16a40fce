import type { FigureApprox } from '../../schemas/bulletin.ts';
import { figureOf } from '../figures.ts';
import { perArchive } from './memo.ts';
import { rounds, type Round } from './rounds.ts';

/** One indicator across the rounds that report any figure; null where that round does not give it. */
export interface FigureSeries {
  /** The indicator's id. */
  key: string;
  label: string;
  unit: string;
  values: (number | null)[];
  /** 约 or 余 as printed beside each value; undefined for an exact figure or a gap. */
  approx: (FigureApprox | undefined)[];
  /** How many published bulletins report it. */
  reports: number;
}

/**
 * Every indicator some published bulletin reports, in catalogue order, over the published bulletins
 * that report any figure, oldest first.
 */
export const figureSeries = perArchive((archive) => {
  const { byId } = rounds(archive);
  const reporting = archive.bulletins.filter((b) => b.data.figures.length > 0);
  const axis: Round[] = reporting.map((b) => byId.get(b.id) as Round);
  const series: FigureSeries[] = archive.indicators.flatMap((indicator) => {
    const figures = reporting.map((b) => figureOf(b, indicator.id));
    const reports = figures.filter((f) => f !== undefined).length;
    if (reports === 0) return [];
    return [
      {
        key: indicator.id,
        label: indicator.data.label,
        unit: indicator.data.unit,
        values: figures.map((f) => f?.value ?? null),
        approx: figures.map((f) => f?.approx),
        reports,
      },
    ];
  });
  return { rounds: axis, series };
});

/** A difference of printed decimals without floating-point noise: 1380.75 − 1250.5 is 130.25. */
const difference = (a: number, b: number) => Math.round((a - b) * 1e6) / 1e6;

/** One report of an indicator in the changes table. */
export interface FigureReport {
  value: number;
  approx: FigureApprox | undefined;
  round: Round;
}

/**
 * Each indicator's latest report beside its report before, for officials comparing rounds; only
 * indicators some bulletin reported, and undefined while no indicator has two reports.
 */
export const figureChanges = perArchive((archive) => {
  const { rounds: axis, series } = figureSeries(archive);
  const rows = series.map(({ key, label, unit, values, approx }) => {
    const reports: FigureReport[] = values.flatMap((value, i) =>
      value === null ? [] : [{ value, approx: approx[i], round: axis[i] as Round }],
    );
    const latest = reports.at(-1) as FigureReport;
    const previous = reports.at(-2);
    const delta = previous ? difference(latest.value, previous.value) : null;
    // A change between approximate figures is itself approximate.
    const approxDelta = previous !== undefined && (latest.approx ?? previous.approx) !== undefined;
    return { key, label, unit, latest, previous, delta, approxDelta };
  });
  return rows.some((row) => row.previous) ? { rows } : undefined;
});
