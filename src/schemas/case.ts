import { z } from 'astro/zod';
import type { RefFactory } from './common.ts';

export const caseSchema = (ref: RefFactory) =>
  z.strictObject({
    /** 案例标题。 */
    title: z.string().min(1),
    /** 一句话摘要，用于列表和搜索结果。 */
    summary: z.string().min(1),
    /** 案例出自哪一期简报（文件名）。 */
    bulletin: ref('bulletins'),
    /** 涉及的工作队。 */
    teams: z.array(ref('teams')).default([]),
    /** 涉及的后进村。 */
    villages: z.array(ref('villages')).default([]),
    /** 涉及的镇街区。 */
    towns: z.array(ref('towns')).default([]),
    /** 涉及的帮扶事项。 */
    items: z.array(ref('items')).default([]),
    /** 草稿为 true 时不会出现在网站上。 */
    draft: z.boolean().default(false),
  });

export type CaseData = z.output<ReturnType<typeof caseSchema>>;
