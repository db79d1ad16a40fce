import { z } from 'astro/zod';

/**
 * The figures a bulletin can report. Each is a named count; `partOf` names the whole it can never exceed.
 * Adding a figure here adds it to the schema, the validator, the scoreboard and the charts.
 */
export const FIGURES = {
  inspectionGroups: { label: '督查组', unit: '个' },
  laggingVillages: { label: '后进村', unit: '个' },
  unitsTotal: { label: '帮扶部门和单位', unit: '个' },
  teamsTotal: { label: '帮扶工作队', unit: '个' },
  teamsDocked: { label: '对接到位的工作队', unit: '个', partOf: 'teamsTotal' },
  headsVisited: { label: '主要领导入村走访的单位', unit: '个', partOf: 'unitsTotal' },
  headsNotVisited: { label: '主要领导未入村走访的单位', unit: '个', partOf: 'unitsTotal' },
  unitsMissingMajorItems: {
    label: '未提交三项重大帮扶事项的单位',
    unit: '个',
    partOf: 'unitsTotal',
  },
} as const satisfies Record<string, { label: string; unit: string; partOf?: string }>;

export type FigureKey = keyof typeof FIGURES;
export const FIGURE_KEYS = Object.keys(FIGURES) as FigureKey[];

const count = z.number().int().nonnegative();

/** Reported figures: every key optional, unknown keys refused, parts never above their whole. */
export const figuresSchema = z
  .strictObject(
    Object.fromEntries(FIGURE_KEYS.map((key) => [key, count.optional()])) as Record<
      FigureKey,
      z.ZodOptional<typeof count>
    >,
  )
  .superRefine((figures, ctx) => {
    for (const key of FIGURE_KEYS) {
      const spec: { partOf?: FigureKey } = FIGURES[key] as { partOf?: FigureKey };
      const part = figures[key];
      const whole = spec.partOf ? figures[spec.partOf] : undefined;
      if (spec.partOf && part !== undefined && whole !== undefined && part > whole) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `“${FIGURES[key].label}”（${part}）不能大于“${FIGURES[spec.partOf].label}”（${whole}）`,
        });
      }
    }
    const { headsVisited, headsNotVisited, unitsTotal } = figures;
    if (
      headsVisited !== undefined &&
      headsNotVisited !== undefined &&
      unitsTotal !== undefined &&
      headsVisited + headsNotVisited !== unitsTotal
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['headsNotVisited'],
        message: `已走访（${headsVisited}）与未走访（${headsNotVisited}）之和应等于帮扶部门和单位总数（${unitsTotal}）`,
      });
    }
  });

export type Figures = z.output<typeof figuresSchema>;
