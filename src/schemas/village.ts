import { z } from 'astro/zod';
import { LISTING_STATUS_LABELS } from '../i18n/zh.ts';
import { partialDate, reportFields, type RefFactory } from './common.ts';

export type ListingStatus = keyof typeof LISTING_STATUS_LABELS;
export const LISTING_STATUSES = Object.keys(LISTING_STATUS_LABELS) as [ListingStatus, ...ListingStatus[]];

const listingReport = (ref: RefFactory) =>
  z.strictObject({
    /** listed 列为后进村，exited 出列（摘帽）。 */
    status: z.enum(LISTING_STATUSES),
    /** 简报写明的列入或出列时间，如 2016-12；未载明时留空。 */
    date: partialDate.optional(),
    ...reportFields(ref),
  });

export const villageSchema = (ref: RefFactory) =>
  z.strictObject({
    /** 村名，照简报原文，如“西沟子村”。 */
    name: z.string().min(1),
    /** 所属镇街区的文件名（towns 目录下，不带扩展名），简报未载明时留空。 */
    town: ref('towns').optional(),
    /** 村党支部书记姓名，简报未载明时留空。 */
    branchSecretary: z.string().min(1).optional(),
    /** 本条目依据的简报（bulletins 目录下的文件名），可写多期。 */
    sources: z.array(ref('bulletins')).default([]),
    /** 在后进村名单上的进出：简报每报告一次加一条，按简报先后排列；简报没有明说时留空。 */
    listing: z.array(listingReport(ref)).default([]),
  });

export type VillageData = z.output<ReturnType<typeof villageSchema>>;
export type ListingReport = VillageData['listing'][number];
