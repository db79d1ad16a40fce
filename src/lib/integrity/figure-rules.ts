import type { Figure } from '../../schemas/bulletin.ts';
import type { IndicatorData } from '../../schemas/indicator.ts';
import { formatPath, type Problem } from './problem.ts';
import type { CheckedEntry } from './rules.ts';

interface Indicator {
  entry: CheckedEntry;
  data: IndicatorData;
}

const indicatorsOf = (entries: readonly CheckedEntry[]) =>
  new Map(
    entries
      .filter((e) => e.collection === 'indicators')
      .map((e) => [e.id, { entry: e, data: e.parsed as unknown as IndicatorData }]),
  );

const error = (entry: CheckedEntry, path: PropertyKey[], message: string): Problem => ({
  severity: 'error',
  file: entry.file,
  line: entry.lineOf(path),
  field: formatPath(path),
  message,
});

const named = (id: string, indicators: ReadonlyMap<string, Indicator>) => {
  const label = indicators.get(id)?.data.label;
  return label === undefined ? `“${id}”` : `“${label}”（${id}）`;
};

/** Sums of decimals (1250.5 + 130.25) compared without floating-point noise. */
const sameAmount = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The catalogue's own rules: an indicator is not part of itself, its parts share its unit, and a
 * chain of `partOf` never comes back to where it started.
 */
export function indicatorProblems(entries: readonly CheckedEntry[]): Problem[] {
  const indicators = indicatorsOf(entries);
  return [...indicators.entries()].flatMap(([id, { entry, data }]) => {
    const problems: Problem[] = [];
    const whole = data.partOf ? indicators.get(data.partOf.id) : undefined;
    if (data.partOf?.id === id) {
      problems.push(error(entry, ['partOf'], 'partOf 不能是指标自己：应为它所属的另一个指标的文件名'));
    } else if (whole && whole.data.unit !== data.unit) {
      problems.push(
        error(
          entry,
          ['partOf'],
          `单位不一致：本指标的单位是“${data.unit}”，它所属的${named(data.partOf!.id, indicators)}的单位是“${whole.data.unit}”，部分与整体应使用同一单位`,
        ),
      );
    }
    const seen = new Set<string>([id]);
    for (
      let at = data.partOf?.id === id ? undefined : whole;
      at?.data.partOf;
      at = indicators.get(at.data.partOf.id)
    ) {
      if (at.data.partOf.id === id) {
        problems.push(
          error(entry, ['partOf'], `partOf 绕成了圈：顺着 partOf 又回到了“${id}”，整体不能是自己的一部分`),
        );
        break;
      }
      if (seen.has(at.data.partOf.id)) break;
      seen.add(at.data.partOf.id);
    }
    (data.sumOf ?? []).forEach((part, i) => {
      const path = ['sumOf', i];
      if (part.id === id) problems.push(error(entry, path, 'sumOf 不能包含指标自己'));
      else if (data.sumOf!.findIndex((p) => p.id === part.id) < i)
        problems.push(error(entry, path, `sumOf 中“${part.id}”写了两次，每个组成部分只写一次`));
      else {
        const unit = indicators.get(part.id)?.data.unit;
        if (unit !== undefined && unit !== data.unit)
          problems.push(
            error(
              entry,
              path,
              `单位不一致：${named(part.id, indicators)}的单位是“${unit}”，本指标的单位是“${data.unit}”，相加的各项应使用同一单位`,
            ),
          );
      }
    });
    return problems;
  });
}

/**
 * A bulletin's figures against the catalogue: each indicator at most once, whole numbers where the
 * indicator counts, no part above its whole, parts that add up to their sum. Approximate figures
 * (约, 余) are exempt from the last two: the bulletin did not claim an exact relation.
 */
export function figureProblems(entries: readonly CheckedEntry[]): Problem[] {
  const indicators = indicatorsOf(entries);
  return entries
    .filter((e) => e.collection === 'bulletins')
    .flatMap((entry) => {
      const figures = (entry.parsed['figures'] ?? []) as Figure[];
      const problems: Problem[] = [];
      const first = new Map<string, number>();
      figures.forEach((figure, i) => {
        const id = figure.indicator.id;
        const earlier = first.get(id);
        if (earlier !== undefined) {
          problems.push(
            error(
              entry,
              ['figures', i, 'indicator'],
              `指标${named(id, indicators)}在本期已写过（figures[${earlier}]），同一期每个指标只写一次`,
            ),
          );
          return;
        }
        first.set(id, i);
        const indicator = indicators.get(id)?.data;
        if (indicator?.integer && !Number.isInteger(figure.value))
          problems.push(
            error(
              entry,
              ['figures', i, 'value'],
              `指标${named(id, indicators)}只能是整数，实际是 ${figure.value}；若这个指标确实可有小数，请在 indicators/${id}.md 中写 integer: false`,
            ),
          );
      });
      const exact = new Map(
        [...first].flatMap(([id, i]) => {
          const figure = figures[i]!;
          return figure.approx === undefined ? [[id, { figure, i }] as const] : [];
        }),
      );
      for (const [id, { figure, i }] of exact) {
        const indicator = indicators.get(id)?.data;
        const whole = indicator?.partOf ? exact.get(indicator.partOf.id) : undefined;
        if (whole && figure.value > whole.figure.value)
          problems.push(
            error(
              entry,
              ['figures', i, 'value'],
              `${named(id, indicators)}（${figure.value}）不能大于它所属的${named(whole.figure.indicator.id, indicators)}（${whole.figure.value}）`,
            ),
          );
        const parts = indicator?.sumOf?.map((p) => exact.get(p.id));
        if (parts && parts.every((p) => p !== undefined)) {
          const sum = parts.reduce((total, p) => total + p.figure.value, 0);
          if (!sameAmount(sum, figure.value))
            problems.push(
              error(
                entry,
                ['figures', i, 'value'],
                `${named(id, indicators)}（${figure.value}）应等于${parts.map((p) => `${named(p.figure.indicator.id, indicators)}（${p.figure.value}）`).join('与')}之和（${sum}）`,
              ),
            );
        }
      }
      return problems;
    });
}
