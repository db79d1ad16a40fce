import { z } from 'astro/zod';
import { partialDate, type RefFactory } from './common.ts';

/** A yes/no state as one bulletin reported it. */
const reportedFlag = (ref: RefFactory) =>
  z.strictObject({
    /** true 表示是，false 表示否。 */
    value: z.boolean(),
    /** 报告这一状态的简报（文件名）。 */
    bulletin: ref('bulletins'),
    /** 简报原话或说明，可留空。 */
    note: z.string().optional(),
  });

const headVisit = (ref: RefFactory) =>
  z.strictObject({
    /** 单位主要领导是否已入村走访。 */
    visited: z.boolean(),
    /** 走访的领导姓名，未载明时留空。 */
    who: z.string().min(1).optional(),
    /** 该领导的职务，如“局长”。 */
    title: z.string().min(1).optional(),
    /** 走访日期，可只写到月，如 2015-05-12 或 2015-05。 */
    date: partialDate.optional(),
    /** 简报说明多次走访时为 true。 */
    repeated: z.boolean().optional(),
    /** 报告此事的简报（文件名）。 */
    bulletin: ref('bulletins'),
    /** 简报原话或说明，可留空。 */
    note: z.string().optional(),
  });

const plan = (ref: RefFactory) =>
  z.strictObject({
    /** 是否已制定。 */
    value: z.boolean(),
    /** 规划的名称或提法，如“一大中心、两大公园、三大建设”。 */
    title: z.string().min(1).optional(),
    /** 报告此事的简报（文件名）。 */
    bulletin: ref('bulletins'),
    /** 简报原话或说明，可留空。 */
    note: z.string().optional(),
  });

export const teamSchema = (ref: RefFactory) =>
  z.strictObject({
    /** 派出工作队的帮扶单位（units 目录下的文件名）。 */
    unit: ref('units'),
    /** 所驻后进村（villages 目录下的文件名）；简报未载明时留空。 */
    village: ref('villages').optional(),
    /** 第一书记姓名；未载明时留空。 */
    firstSecretary: z.string().min(1).optional(),
    /** 其他工作队员姓名。 */
    members: z.array(z.string().min(1)).default([]),
    /** 是否已对接到位（报到、入驻、转组织关系）。 */
    docked: reportedFlag(ref).optional(),
    /** 单位主要领导入村走访情况。 */
    headVisit: headVisit(ref).optional(),
    /** 三年帮扶规划。 */
    threeYearPlan: plan(ref).optional(),
    /** 年度工作计划。 */
    annualPlan: plan(ref).optional(),
    /** 是否已提交三项重大帮扶事项。 */
    majorItemsSubmitted: reportedFlag(ref).optional(),
    /** 简报对工作队的评价，如“帮扶工作取得了初步效果”。 */
    praise: z.array(z.strictObject({ text: z.string().min(1), bulletin: ref('bulletins') })).default([]),
  });

export type TeamData = z.output<ReturnType<typeof teamSchema>>;
