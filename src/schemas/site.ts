import { z } from 'astro/zod';
import { SITE } from '../i18n/zh.ts';

/** 公开方式: the vocabulary of how a published entry is disclosed. */
export const DISCLOSURE_MODES = ['proactive', 'onRequest'] as const;
export type DisclosureMode = (typeof DISCLOSURE_MODES)[number];

/** The office's code before the slash of a 索引号: letters, digits and hyphens (统一社会信用代码 or 组织机构代码). */
const OFFICE_CODE_CHARS = '[0-9A-Z][0-9A-Z-]*';
export const OFFICE_CODE = new RegExp(`^${OFFICE_CODE_CHARS}$`);
/** 索引号: the office's code, a slash, the year and a five-digit number (`11370000MB0000000X/2015-00002`). */
export const INDEX_NUMBER = new RegExp(`^(${OFFICE_CODE_CHARS})/(\\d{4})-(\\d{5})$`);

/**
 * A field an editor may leave blank (`icp:` or `icp: ''`): blank reads as not set. A code typed
 * without quotes (`siteIdCode: 1234567890`) reads as the digits typed.
 */
const blankable = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
    return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  }, schema.optional());

const optionalText = blankable(z.string().trim());

/**
 * The site's own settings (`site.yaml` at the top of the content folder). Identifiers are the office's
 * own: what is left empty is not shown anywhere.
 */
export const siteSchema = () =>
  z.strictObject({
    /** 网站名称，显示在标题栏、首页和订阅中。 */
    name: z.string().trim().min(1).default(SITE.name),
    /** 网站简称，显示在页眉和每页标题后。 */
    shortName: z.string().trim().min(1).default(SITE.shortName),
    /** 主办单位，显示在页脚；未确定时留空。 */
    organizer: optionalText,
    /** 联系方式，显示在页脚；未确定的项留空。 */
    contact: z
      .strictObject({
        /** 联系电话，如 0535-8249284。 */
        phone: optionalText,
        /** 电子邮箱。 */
        email: optionalText,
        /** 通信地址。 */
        address: optionalText,
      })
      .default({}),
    /** 网站标识码：政府网站由主管部门分配的 10 位代码，如 1234567890；未分配时留空，不要编造。 */
    siteIdCode: blankable(
      z
        .string()
        .trim()
        .regex(
          /^[0-9a-z]{10}$/i,
          '应为主管部门分配的 10 位网站标识码（数字或字母），如 1234567890；未分配时留空',
        ),
    ),
    /** ICP备案号，如“鲁ICP备12345678号”或“鲁ICP备12345678号-1”；未备案时留空，不要编造。 */
    icp: blankable(
      z
        .string()
        .trim()
        .regex(
          /^\p{Script=Han}ICP备\d+号(?:-\d+)?$/u,
          '应写作“省份简称 + ICP备 + 数字 + 号”，如“鲁ICP备12345678号-1”；未备案时留空',
        ),
    ),
    /** 公安机关备案号，如“鲁公网安备12345678901234号”；未备案时留空，不要编造。 */
    publicSecurity: blankable(
      z
        .string()
        .trim()
        .regex(
          /^\p{Script=Han}公网安备\s?\d{14}号$/u,
          '应写作“省份简称 + 公网安备 + 14 位数字 + 号”，如“鲁公网安备12345678901234号”；未备案时留空',
        ),
    ),
    /** 网站域名，不带 https:// 和路径，如 bangfu.zhaoyuan.gov.cn；留空时用构建时的 SITE_URL。 */
    domain: blankable(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(
          /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/,
          '应为域名，不带 https:// 和路径，如 bangfu.zhaoyuan.gov.cn',
        ),
    ),
    /** 索引号中斜杠前的本单位代码，如统一社会信用代码；填写后每期简报的索引号都必须以它开头。 */
    officeCode: blankable(
      z.string().trim().regex(OFFICE_CODE, '应为本单位代码：大写字母、数字和连字符，如统一社会信用代码'),
    ),
    /** 本站所发布信息的公开方式：proactive（主动公开）或 onRequest（依申请公开）。 */
    disclosure: z.enum(DISCLOSURE_MODES).default('proactive'),
  });

export type SiteConfig = z.output<ReturnType<typeof siteSchema>>;
export type SiteConfigInput = z.input<ReturnType<typeof siteSchema>>;
