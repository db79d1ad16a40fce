import { z } from 'astro/zod';
import { UNIT_KIND_LABELS } from '../i18n/zh.ts';

export const unitSchema = () =>
  z.strictObject({
    /** 单位名称，照简报原文的简称，如“市住建局”。 */
    name: z.string().min(1),
    /** 单位全称；简报未载明时留空，不要猜。 */
    fullName: z.string().min(1).optional(),
    /** 单位类别：partyGov 党政机关、judicial 司法机关、institution 事业单位、massOrg 群团组织、stateEnterprise 国有企业、financial 金融企业、other 其他。 */
    kind: z.enum(Object.keys(UNIT_KIND_LABELS) as [keyof typeof UNIT_KIND_LABELS]).optional(),
  });

export type UnitData = z.output<ReturnType<typeof unitSchema>>;
