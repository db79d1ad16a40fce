import { FIGURE_KEYS, FIGURES, type FigureKey } from '../../schemas/figures.ts';
import { perArchive } from './memo.ts';
import { rounds, type Round } from './rounds.ts';

/** One figure across the rounds that report any figure; null where that round does not give it. */
export interface FigureSeries {
  key: FigureKey;
  label: string;
  unit: string;
  values: (number | null)[];
  /** Change from the same figure's previous reported value; null for its first report or a gap. */
  deltas: (number | null)[];
}

/** Every figure key of src/schemas/figures.ts over the bulletins that report figures, oldest first. */
export const figureSeries = perArchive((archive) => {
  const { byId } = rounds(archive);
  const reporting = archive.bulletins.filter((b) =>
    FIGURE_KEYS.some((key) => b.data.figures[key] !== undefined),
  );
  const axis: Round[] = reporting.map((b) => byId.get(b.id) as Round);
  const series: FigureSeries[] = FIGURE_KEYS.map((key) => {
    const values = reporting.map((b) => b.data.figures[key] ?? null);
    return { key, label: FIGURES[key].label, unit: FIGURES[key].unit, values, deltas: deltasOf(values) };
  });
  return { rounds: axis, series };
});

/** Each value minus the previous non-null value; null where either is missing. */
export function deltasOf(values: readonly (number | null)[]): (number | null)[] {
  let previous: number | null = null;
  return values.map((value) => {
    if (value === null) return null;
    const delta = previous === null ? null : value - previous;
    previous = value;
    return delta;
  });
}

/**
 * The latest round's figures beside each one's previous report, for officials comparing rounds;
 * undefined while the archive has fewer than two rounds with figures.
 */
export const figureChanges = perArchive((archive) => {
  const { rounds: axis, series } = figureSeries(archive);
  const last = axis.length - 1;
  if (last < 1) return undefined;
  const rows = series.flatMap(({ key, label, values, deltas }) => {
    const latest = values[last];
    if (latest === null || latest === undefined) return [];
    const delta = deltas[last] ?? null;
    return [{ key, label, latest, previous: delta === null ? null : latest - delta, delta }];
  });
  return { latest: axis[last] as Round, rows };
});
