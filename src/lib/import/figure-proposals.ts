import { pinyin } from 'pinyin-pro';
import type { FigureApprox } from '../../schemas/bulletin.ts';
import type { Block } from './body.ts';
import { FIGURE_PATTERNS } from './suggestions.ts';

/** An indicator of the catalogue, as the figure proposer needs it. */
export interface KnownIndicator {
  id: string;
  label: string;
  unit: string;
}

/** A figure for the draft's `figures` list: its sentence is the quote. */
export interface ProposedFigure {
  indicator: string;
  value: number;
  approx?: FigureApprox;
  quote: string;
}

/** An indicator the catalogue lacks, proposed from the words a figure is reported with. */
export interface ProposedIndicator {
  id: string;
  label: string;
  unit: string;
  integer: boolean;
}

const SENTENCE = /[^。；;！!？?]+/g;
const CLAUSE = /[^,，]+/g;

/** Units a reported total is counted in; money and lengths may be decimals. */
const UNITS = [
  '万元',
  '亿元',
  '元',
  '公里',
  '平方米',
  '米',
  '亩',
  '项',
  '个',
  '户',
  '人',
  '处',
  '口',
  '间',
  '条',
  '座',
];
const DECIMAL_UNITS = new Set(['万元', '亿元', '元', '公里', '平方米', '米', '亩']);
/** A clause that ends in a count: 已完工96项, 协调各类资金约3400万元, 投入4120余万元, …348项中. */
const ENDS_IN_COUNT = new RegExp(`^(.*?)(约|近)?(\\d+(?:\\.\\d+)?)(余|多)?(${UNITS.join('|')})中?$`);
/** A sentence about the whole program, not one team: 全市…, 各帮扶部门和单位累计…. */
const WHOLE = /全市|全县|全区|累计|各帮扶部门和单位|各工作队|各帮扶工作队/;
/** Words around a count that make it a bound or a share, not the figure itself. */
const BOUND = /不足|超过|以上|以下|达到|占|比例|平均|每/;
/** Where the office says who or where before what it counts: dropped from the indicator's name. */
const SCOPE =
  /^(?:目前|截至目前|截至[^,，]{1,8}?底|全市|全县|全区|各帮扶部门和单位|各帮扶工作队|各工作队|共计|共|累计|其中|已有)+/;
/** A verb that opens a head clause (确定重大帮扶事项): what follows it is the thing counted. */
const HEAD_VERB =
  /^(?:确定的?|实施的?|开工的?|完成的?|新建的?|提交的?|投入的?|协调的?|争取的?|落实的?|开展的?|引进的?)/;

const normal = (label: string) => label.replace(/的/g, '');

/** A file name for a new indicator: its label in pinyin, as the other entries are named. */
function idFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .split('的')
      .map((part) =>
        pinyin(part, { toneType: 'none', type: 'array', nonZh: 'removed' })
          .join('')
          .replace(/[^a-z]/g, ''),
      )
      .filter(Boolean)
      .join('-') || 'zhibiao';
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * Proposes a draft's `figures` from its sentences: the catalogue's own indicators where the office's
 * wording for them matches ({@link FIGURE_PATTERNS}), and, for a total about the whole program that no
 * indicator is worded for (`全市共确定重大帮扶事项348项,已完工96项`), a new indicator named from
 * the words before the number, the counted thing carried over from the sentence's first clause
 * (已完工 → 已完工的重大帮扶事项). A figure of one team (a sentence naming a unit or village), a bound
 * (不足4天) or a share is not a figure of the program and is left alone. One value per indicator:
 * sentences that disagree give a doubt instead.
 */
export function proposeFigures(
  blocks: readonly Block[],
  catalogue: readonly KnownIndicator[],
  namesTeam: (sentence: string) => boolean,
): { figures: ProposedFigure[]; indicators: ProposedIndicator[]; doubts: string[] } {
  const known = new Map(catalogue.map((i) => [i.id, i]));
  const found = new Map<string, ProposedFigure[]>();
  const indicators: ProposedIndicator[] = [];
  const taken = new Set(catalogue.map((i) => i.id));
  const add = (figure: ProposedFigure) =>
    found.set(figure.indicator, [...(found.get(figure.indicator) ?? []), figure]);
  const doubts: string[] = [];

  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const [sentence] of block.text.matchAll(SENTENCE)) {
      // A closing bracket or quote left from the sentence before is not part of this one.
      const text = sentence.trim().replace(/^[）)”’」』]+/, '');
      if (!text) continue;
      const matched = new Set<string>();
      for (const [id, pattern] of Object.entries(FIGURE_PATTERNS)) {
        if (!known.has(id)) continue;
        const m = pattern.exec(text);
        if (!m) continue;
        matched.add(m[0]);
        add({ indicator: id, value: Number(m[1] ?? m[2]), quote: text });
      }
      if (!WHOLE.test(text) || namesTeam(text)) continue;
      let head: { unit: string; noun: string } | undefined;
      for (const clause of (text.match(CLAUSE) ?? []).map((c) => c.trim())) {
        const m = ENDS_IN_COUNT.exec(clause);
        if (!m || [...matched].some((phrase) => clause.includes(phrase))) continue;
        const [, before, about, number, over, unit] = m as unknown as [
          string,
          string,
          string | undefined,
          string,
          string | undefined,
          string,
        ];
        if (BOUND.test(before)) continue;
        const phrase = before.replace(SCOPE, '');
        if (phrase.length < 2) continue;
        const noun = phrase.replace(HEAD_VERB, '').replace(/^的/, '');
        let label = phrase;
        if (head && head.unit === unit && !phrase.includes(head.noun.slice(-2)))
          label = `${phrase}的${head.noun}`;
        else head = { unit, noun };
        const approx: FigureApprox | undefined = about ? 'about' : over ? 'over' : undefined;
        const value = Number(number);
        const same = [...catalogue, ...indicators].filter(
          (i) =>
            i.unit === unit && (normal(i.label) === normal(label) || normal(i.label).includes(normal(label))),
        );
        const exact = same.filter((i) => normal(i.label) === normal(label));
        const target = exact.length === 1 ? exact[0] : same.length === 1 ? same[0] : undefined;
        if (!target && same.length > 1) {
          doubts.push(
            `数字：“${clause}”可能是指标${same.map((i) => `“${i.label}”（${i.id}）`).join('或')}，没有提出，请手工填写 figures`,
          );
          continue;
        }
        let indicator = target?.id;
        if (!indicator) {
          indicator = idFor(label, taken);
          taken.add(indicator);
          indicators.push({
            id: indicator,
            label,
            unit,
            integer: !DECIMAL_UNITS.has(unit) && !number.includes('.'),
          });
        }
        add({ indicator, value, ...(approx ? { approx } : {}), quote: text });
      }
    }
  }
  const figures: ProposedFigure[] = [];
  for (const [indicator, group] of found) {
    const first = group[0]!;
    if (group.every((f) => f.value === first.value && f.approx === first.approx)) figures.push(first);
    else
      doubts.push(
        `数字：正文对“${known.get(indicator)?.label ?? indicators.find((i) => i.id === indicator)?.label}”说法不一，没有提出：${group.map((f) => `“${f.quote}”`).join('；')}`,
      );
  }
  const used = new Set(figures.map((f) => f.indicator));
  return { figures, indicators: indicators.filter((i) => used.has(i.id)), doubts };
}
