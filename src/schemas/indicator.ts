import { z } from 'astro/zod';
import type { RefFactory } from './common.ts';

/**
 * A figure bulletins can report (an indicator): the catalogue in src/content/indicators/ is content,
 * so a new kind of figure is a new file, not a code change. The rules between indicators (`partOf`,
 * `sumOf`) are declared here and enforced by the validator for every bulletin.
 */
export const indicatorSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** 指标名称（中文），如“对接到位的工作队”；网页、图表和下载都用它。 */
      label: z.string().trim().min(1),
      /** 计量单位，如 个、项、万元、公里、亩。 */
      unit: z.string().trim().min(1),
      /** 是否只能是整数（默认 true）；金额、里程等可有小数的写 false。 */
      integer: z.boolean().default(true),
      /** 它是哪个指标的一部分（指标文件名），如 teams-docked 的 partOf 是 teams-total：同一期里它不能大于那个数。 */
      partOf: ref('indicators').optional(),
      /** 它等于哪些指标之和（指标文件名的列表）：同一期都报告了时，各项相加必须等于它。 */
      sumOf: z.array(ref('indicators')).min(2).optional(),
      /** 为 true 时显示在首页“最新进展”和进展页“完成情况”，以它占 partOf 的比例显示；须同时写 partOf。 */
      scoreboard: z.boolean().default(false),
      /** 排列顺序，数字小的在前；不写的排在最后，按文件名排。 */
      order: z.number().optional(),
      /** 编辑的说明，如指标的口径；不显示为简报原话。 */
      note: z.string().trim().min(1).optional(),
      /** 由 npm run import 提出的新指标：提出它的简报（bulletins 目录下的文件名）。该期还是草稿时，这个指标不在网站上出现。 */
      proposedIn: ref('bulletins').optional(),
    })
    .refine((indicator) => !indicator.scoreboard || indicator.partOf !== undefined, {
      path: ['scoreboard'],
      message: 'scoreboard 为 true 的指标要显示为占整体的比例，须同时写 partOf（它是哪个指标的一部分）',
    });

export type IndicatorData = z.output<ReturnType<typeof indicatorSchema>>;
