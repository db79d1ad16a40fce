import { z } from 'astro/zod';
import { ITEM_CATEGORY_LABELS, ITEM_STATUS_LABELS } from '../i18n/zh.ts';
import { moneySchema, partialDate, quantitySchema, type RefFactory } from './common.ts';

export type ItemStatus = keyof typeof ITEM_STATUS_LABELS;
export type ItemCategory = keyof typeof ITEM_CATEGORY_LABELS;
export const ITEM_STATUSES = Object.keys(ITEM_STATUS_LABELS) as [ItemStatus, ...ItemStatus[]];
export const ITEM_CATEGORIES = Object.keys(ITEM_CATEGORY_LABELS) as [ItemCategory, ...ItemCategory[]];

const statusReport = (ref: RefFactory) =>
  z.strictObject({
    /** 报告的进展：planned 规划中、negotiating 洽谈中、designDone 设计完成、approved 手续办结、underConstruction 施工中、completed 已完成、suspended 暂停。 */
    status: z.enum(ITEM_STATUSES),
    /** 报告此进展的简报（bulletins 目录下的文件名）。 */
    bulletin: ref('bulletins'),
    /** 简报原话，逐字摘录。 */
    quote: z.string().min(1).optional(),
  });

export const itemSchema = (ref: RefFactory) =>
  z.strictObject({
    /** 事项名称，如“扬水站建设”。 */
    title: z.string().min(1),
    /** 承担事项的工作队（teams 目录下的文件名）。 */
    team: ref('teams'),
    /** 类别：road 道路硬化、water 水利饮水、power 电力设施、greening 绿化美化、facility 公共设施、energy 清洁能源、investment 招商引资、employment 就业增收、stability 社会稳定、other 其他。 */
    category: z.enum(ITEM_CATEGORIES),
    /** 是否为该队“三项重大帮扶事项”之一；简报未载明时留空。 */
    major: z.boolean().optional(),
    /** 数量，如 80余亩写作 { value: 80, unit: 亩, approx: over }。 */
    quantities: z.array(quantitySchema).default([]),
    /** 金额（元）：一个数，或 { min, max } 范围，可加 label 说明（总投资、筹集资金）。 */
    money: moneySchema.optional(),
    /** 预计完成时间：2015-08、2015-07 上旬 或 2015-07-10；未载明时留空。 */
    expectedCompletion: partialDate.optional(),
    /** 进展记录，按简报先后排列；每条都要注明是哪一期简报报告的。 */
    history: z.array(statusReport(ref)).min(1),
  });

export type ItemData = z.output<ReturnType<typeof itemSchema>>;
export type StatusReport = ItemData['history'][number];
