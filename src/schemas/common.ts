import { z } from 'astro/zod';
import { APPROX_LABELS, DEKAD_LABELS } from '../i18n/zh.ts';

/** Collections an entry may point at. */
export type CollectionName =
  'indicators' | 'bulletins' | 'towns' | 'units' | 'villages' | 'teams' | 'items' | 'cases';

/** A resolved reference, the shape Astro's `reference()` produces. */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a reference field. Astro's `reference()` in the site, a plain checker in the
 * command-line validator; both output `{ collection, id }`.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, unknown>;

const pad = (n: number) => String(n).padStart(2, '0');

/** True when year-month-day names a day that exists (no 2015-02-30, no month 13). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What a calendar date should look like, as the validator and the form editor both say it. */
export const CALENDAR_DATE_HINT = '应为真实的日期，写作 YYYY-MM-DD，如 2015-07-03';

/**
 * A calendar day written YYYY-MM-DD, output as that string. A Date (YAML's own parse) is accepted
 * as its day; the raw text is checked by the validator before YAML can roll 2015-13-45 into 2016.
 */
export const calendarDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const text =
    value instanceof Date
      ? `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
      : value.trim();
  const match = ISO_DATE.exec(text);
  if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    ctx.addIssue({
      code: 'custom',
      message: `日期不存在或格式不对：${text}（${CALENDAR_DATE_HINT}）`,
    });
    return z.NEVER;
  }
  return text;
});

export type Dekad = keyof typeof DEKAD_LABELS;

/** A date known only to a year, a month, a dekad (上旬/中旬/下旬) or a day. */
export interface PartialDate {
  year: number;
  month?: number;
  dekad?: Dekad;
  day?: number;
  /** The text as the editor wrote it, normalised. */
  text: string;
}

const DEKAD_BY_LABEL = Object.fromEntries(
  Object.entries(DEKAD_LABELS).map(([key, label]) => [label, key as Dekad]),
) as Record<string, Dekad>;
/** The forms a partial date is written in; the form editor checks the same pattern. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})|\s*(上旬|中旬|下旬))?)?$/;
/** What a partial date should look like, as the validator and the form editor both say it. */
export const PARTIAL_DATE_HINT = '应为 2015、2015-08、2015-07 上旬 或 2015-07-10 这样的真实日期';

/** Parses 2015, 2015-08, 2015-07 上旬 or 2015-07-10; undefined when the text is none of these. */
export function parsePartialDate(input: string): PartialDate | undefined {
  const text = input.trim();
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const [, y, m, d, dekadLabel] = match;
  const year = Number(y);
  const result: PartialDate = { year, text };
  if (m === undefined) return result;
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  result.month = month;
  if (d !== undefined) {
    if (!isRealDate(year, month, Number(d))) return undefined;
    result.day = Number(d);
  }
  const dekad = dekadLabel === undefined ? undefined : DEKAD_BY_LABEL[dekadLabel];
  if (dekad !== undefined) {
    result.dekad = dekad;
    result.text = `${y}-${m} ${dekadLabel}`;
  }
  return result;
}

/** An expected or reported date as precise as the source: 2015, 2015-08, 2015-07 上旬, 2015-07-10. */
export const partialDate = z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
  const text =
    value instanceof Date
      ? `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
      : String(value);
  const parsed = parsePartialDate(text);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `日期写法不对：${text}（${PARTIAL_DATE_HINT}）`,
    });
    return z.NEVER;
  }
  return parsed;
});

export type Approx = keyof typeof APPROX_LABELS;

/** A measured quantity as printed: 80余亩 is { value: 80, unit: 亩, approx: over }. */
export const quantitySchema = z.strictObject({
  /** 数值，照简报原文：80余亩写 80。 */
  value: z.number().nonnegative(),
  /** 单位，照简报原文：亩、平方米、米、间、口、处、条。 */
  unit: z.string().min(1),
  /** 计量的对象，单位本身说不清时填写：2条街道写 value: 2、unit: 条、of: 街道。 */
  of: z.string().optional(),
  /** exact 确数（默认）、about 约…、over …余。 */
  approx: z.enum(['exact', 'about', 'over']).default('exact'),
});
export type Quantity = z.output<typeof quantitySchema>;

/**
 * Money in yuan. Either one amount (35万元: `money: 350000`) or a range
 * (5000万到1亿元: `money: { min: 50000000, max: 100000000 }`), with what the money is.
 */
export const moneySchema = z
  .union([
    z.number().int().nonnegative(),
    z.strictObject({
      /** 金额（元），只有一个数时填写。 */
      amount: z.number().int().nonnegative().optional(),
      /** 范围的下限（元）。 */
      min: z.number().int().nonnegative().optional(),
      /** 范围的上限（元）。 */
      max: z.number().int().nonnegative().optional(),
      /** 这笔钱是什么，照简报原文：总投资、筹集资金。 */
      label: z.string().optional(),
    }),
  ])
  .transform((value, ctx) => {
    if (typeof value === 'number') return { min: value, max: value };
    const min = value.amount ?? value.min;
    const max = value.amount ?? value.max ?? value.min;
    if (min === undefined || max === undefined) {
      ctx.addIssue({ code: 'custom', message: '金额需要写 amount（一个数）或 min 与 max（范围），单位为元' });
      return z.NEVER;
    }
    if (min > max) {
      ctx.addIssue({ code: 'custom', message: `金额范围下限（${min}）大于上限（${max}）` });
      return z.NEVER;
    }
    return value.label === undefined ? { min, max } : { min, max, label: value.label };
  });
export type Money = z.output<typeof moneySchema>;

/**
 * What every reported state carries (a team's state, a village's place on the list): the bulletin
 * that reported it and its words, which the validator finds in that bulletin's body.
 */
export const reportFields = (ref: RefFactory) => ({
  /** 报告这一情况的简报（bulletins 目录下的文件名）。 */
  bulletin: ref('bulletins'),
  /** 简报原话，逐字摘录（标点全角半角、空格和换行不计）；npm run check 会到该期正文中核对。 */
  quote: z.string().trim().min(1),
  /** 编辑的说明，如为什么据这句话记为此状态；不是简报原话。 */
  note: z.string().trim().min(1).optional(),
});

/** Entry ids are file names: lower-case ASCII letters, digits and hyphens. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * Frontmatter with every empty field taken as not stated: a key whose value is `''`, empty (`town:`)
 * or an object of nothing but such fields is dropped, at any depth, before the schema sees it. The form editor writes a cleared optional field
 * as `''` (decap-cms#7120), and the guide tells editors to leave an unknown field empty; either way
 * the field is 未载明, never an error. List items are kept as written, so an empty line in a list is
 * still refused. The validator and the site's content loader both read frontmatter through this.
 */
export function withoutUnstated(data: unknown): unknown {
  if (Array.isArray(data))
    return (data as unknown[]).map((item) => (isPlainObject(item) ? withoutUnstated(item) : item));
  if (!isPlainObject(data)) return data;
  return Object.fromEntries(
    Object.entries(data)
      .map(([key, value]) => [key, withoutUnstated(value)] as const)
      .filter(
        ([, value]) =>
          value !== '' && value !== null && !(isPlainObject(value) && Object.keys(value).length === 0),
      ),
  );
}
