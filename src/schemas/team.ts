import { z } from 'astro/zod';
import { partialDate, reportFields, type RefFactory } from './common.ts';

/** A yes/no state as one bulletin reported it. */
const flagReport = (ref: RefFactory) =>
  z.strictObject({
    /** true 表示是，false 表示否。 */
    value: z.boolean(),
    /** 简报写明何时办到时填写，如 2015-08-20 或 2015-08；未载明时留空。 */
    date: partialDate.optional(),
    ...reportFields(ref),
  });

const firstSecretaryReport = (ref: RefFactory) =>
  z.strictObject({
    /** 第一书记姓名，照简报原文。 */
    name: z.string().trim().min(1),
    /** 简报写明的到任时间，如 2015-05；未载明时留空。 */
    since: partialDate.optional(),
    ...reportFields(ref),
  });

const headVisitReport = (ref: RefFactory) =>
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
    ...reportFields(ref),
  });

const planReport = (ref: RefFactory) =>
  z.strictObject({
    /** 是否已制定。 */
    value: z.boolean(),
    /** 规划的名称或提法，如“一大中心、两大公园、三大建设”。 */
    title: z.string().min(1).optional(),
    /** 简报写明何时制定时填写；未载明时留空。 */
    date: partialDate.optional(),
    ...reportFields(ref),
  });

export const teamSchema = (ref: RefFactory) =>
  z.strictObject({
    /** 派出工作队的帮扶单位（units 目录下的文件名）。 */
    unit: ref('units'),
    /** 所驻后进村（villages 目录下的文件名）；简报未载明时留空。 */
    village: ref('villages').optional(),
    /** 谁任第一书记，每期简报的报告一条，按简报先后排列；换人时在末尾加一条，旧的不删。 */
    firstSecretary: z.array(firstSecretaryReport(ref)).default([]),
    /** 其他工作队员姓名。 */
    members: z.array(z.string().min(1)).default([]),
    /** 是否已对接到位（报到、入驻、转组织关系），每期简报的报告一条，按简报先后排列；情况变了在末尾加一条。 */
    docked: z.array(flagReport(ref)).default([]),
    /** 单位主要领导入村走访情况，每期简报的报告一条。 */
    headVisit: z.array(headVisitReport(ref)).default([]),
    /** 三年帮扶规划，每期简报的报告一条。 */
    threeYearPlan: z.array(planReport(ref)).default([]),
    /** 年度工作计划，每期简报的报告一条。 */
    annualPlan: z.array(planReport(ref)).default([]),
    /** 是否已提交三项重大帮扶事项，每期简报的报告一条。 */
    majorItemsSubmitted: z.array(flagReport(ref)).default([]),
    /** 简报对工作队的评价，如“帮扶工作取得了初步效果”。 */
    praise: z
      .array(
        z.strictObject({
          /** 简报评价的原话。 */
          text: z.string().min(1),
          /** 出自哪一期简报（bulletins 目录下的文件名）。 */
          bulletin: ref('bulletins'),
        }),
      )
      .default([]),
  });

export type TeamData = z.output<ReturnType<typeof teamSchema>>;

/** The team states kept as histories of reports, in the order the program checks them. */
export const TEAM_STATES = [
  'firstSecretary',
  'docked',
  'headVisit',
  'threeYearPlan',
  'annualPlan',
  'majorItemsSubmitted',
] as const satisfies readonly (keyof TeamData)[];
export type TeamState = (typeof TEAM_STATES)[number];

/** One report of a state, as the schema gives it. */
export type TeamStateReport<S extends TeamState = TeamState> = TeamData[S][number];
