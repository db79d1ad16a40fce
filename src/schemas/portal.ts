import { z } from 'astro/zod';

/** One county archive a portal brings together. */
export const portalMemberSchema = z.strictObject({
  /** The 县市区 as people name it (招远市); also the value of the search's 县市区 filter. */
  name: z.string().trim().min(1),
  /**
   * Where the member's site is published, ending in `/`: a path on the portal's own host (`/zhaoyuan/`)
   * or a full address (`https://zhaoyuan.example.gov.cn/`). Its pages, downloads and `pagefind/` are there.
   */
  url: z
    .string()
    .trim()
    .regex(/^(\/|https?:\/\/[^/]+\/)(.*\/)?$/, '应为以 / 结尾的路径（/zhaoyuan/）或完整网址（https://…/）'),
  /** Where the portal build can read the member's built site (its `data/` downloads), relative to the config file. */
  dist: z.string().trim().min(1),
});

/** A city's or province's portal: `npm run build:portal -- --config FILE --out DIR`. */
export const portalConfigSchema = z
  .strictObject({
    /** The portal's title, e.g. 烟台市后进村帮扶工作简报档案. */
    title: z.string().trim().min(1),
    members: z.array(portalMemberSchema).min(1),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.members.forEach((member, i) => {
      if (seen.has(member.name))
        ctx.addIssue({ code: 'custom', path: ['members', i, 'name'], message: `县市区“${member.name}”重复` });
      seen.add(member.name);
    });
  });

export type PortalMember = z.infer<typeof portalMemberSchema>;
export type PortalConfig = z.infer<typeof portalConfigSchema>;
