import { z } from 'astro/zod';
import { TOWN_KIND_LABELS } from '../i18n/zh.ts';

export const townSchema = () =>
  z.strictObject({
    /** 镇街区名称，照简报原文，如“温泉街道”“夏甸镇”。 */
    name: z.string().min(1),
    /** 类别：town（镇）、subdistrict（街道）或 zone（区）。 */
    kind: z.enum(Object.keys(TOWN_KIND_LABELS) as [keyof typeof TOWN_KIND_LABELS]),
  });

export type TownData = z.output<ReturnType<typeof townSchema>>;
