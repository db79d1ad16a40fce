import { z } from 'astro/zod';
import type { RefFactory } from './common.ts';

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
  });

export type VillageData = z.output<ReturnType<typeof villageSchema>>;
