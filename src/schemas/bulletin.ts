import { z } from 'astro/zod';
import { APPROX_LABELS } from '../i18n/zh.ts';
import { calendarDate, type RefFactory } from './common.ts';
import { INDEX_NUMBER } from './site.ts';

export const DEFAULT_SERIES = '基层党组织“第一书记”暨后进村帮扶工作简报';

/** How a figure is qualified in print: 约116个 is about, 80余个 is over; an exact figure has none. */
export const FIGURE_APPROX = ['about', 'over'] as const satisfies readonly (keyof typeof APPROX_LABELS)[];
export type FigureApprox = (typeof FIGURE_APPROX)[number];

/** One figure a bulletin reports, against an indicator of src/content/indicators/. */
const figureSchema = (ref: RefFactory) =>
  z.strictObject({
    /** 指标（indicators 目录下的文件名），如 teams-docked。 */
    indicator: ref('indicators'),
    /** 简报上的数，如 114；指标的 integer 为 false 时可有小数，如 3520.5（万元）。 */
    value: z.number().nonnegative(),
    /** 简报写“约”时填 about，写“余”“多”时填 over；确数不填。 */
    approx: z.enum(FIGURE_APPROX).optional(),
    /** 报告这个数的简报原话，逐字摘录；npm run check 会到本期正文中核对。 */
    quote: z.string().trim().min(1),
  });

export type Figure = z.output<ReturnType<typeof figureSchema>>;

export const bulletinSchema = (ref: RefFactory) =>
  z.strictObject({
    /** 刊名，照报头原文。 */
    series: z.string().min(1).default(DEFAULT_SERIES),
    /** 期号，正整数：“第2期”写 2。同一刊名同一年内不得重复。 */
    issue: z.number().int().positive(),
    /** 印发日期，写作 YYYY-MM-DD，如 2015-07-03。 */
    date: calendarDate,
    /** 编发单位，照报头原文。 */
    issuer: z.string().min(1),
    /** 本期标题，如“全市后进村帮扶工作督查情况通报”。 */
    title: z.string().min(1),
    /** 索引号（政府信息公开目录的编号），办公室登记了才填：本单位代码/年份-五位序号，如 11370000MB0000000X/2015-00002。各期不得重复。 */
    indexNumber: z
      .string()
      .trim()
      .regex(
        INDEX_NUMBER,
        '应写作“本单位代码/年份-五位序号”，如 11370000MB0000000X/2015-00002（斜杠和连字符用半角）',
      )
      .optional(),
    /** 文号，照原件，如“招帮办〔2015〕2号”；原件没有文号的不填。 */
    docNumber: z.string().trim().min(1).optional(),
    /** “报”：呈报的机关和领导，每项一行。 */
    sentTo: z.array(z.string().min(1)).default([]),
    /** “发”：分发的单位，每项一行（“存档”用 filed 表示）。 */
    distributedTo: z.array(z.string().min(1)).default([]),
    /** 发送栏是否写有“存档”。 */
    filed: z.boolean().default(false),
    /** 共印份数，如 160。 */
    printRun: z.number().int().nonnegative().optional(),
    /** 联系方式，照原文；原文空白的保持空白。 */
    contact: z
      .strictObject({
        /** 办公电话。 */
        phone: z.string().optional(),
        /** 电子邮箱。 */
        email: z.string().optional(),
      })
      .optional(),
    /** 本期通报的数字，每项一行：指标 indicator、数 value、简报原话 quote，写“约”“余”的加 approx。 */
    figures: z.array(figureSchema(ref)).default([]),
    /** 导入来源：由 npm run import 从哪个文件导入，供日后对照原件；手工录入的简报不填。 */
    source: z
      .strictObject({
        /** 原文件名，如“2015年第2期简报.docx”。 */
        file: z.string().min(1),
        /** 原文件内容的 SHA-256 校验值：64 位数字和小写字母 a–f，由导入命令算出，不要改动。 */
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/, '应为导入命令算出的 SHA-256 校验值：64 位数字和小写字母 a–f'),
      })
      .optional(),
    /** 草稿为 true 时不会出现在网站的任何地方。 */
    draft: z.boolean().default(false),
  });

export type BulletinData = z.output<ReturnType<typeof bulletinSchema>>;
