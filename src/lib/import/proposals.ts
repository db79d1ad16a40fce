import type { ItemStatus } from '../../schemas/item.ts';
import type { TeamState } from '../../schemas/team.ts';
import type { ListingStatus } from '../../schemas/village.ts';
import { createMatcher, termsOf, type TermMatch } from '../mentions.ts';
import type { Block } from './body.ts';

/** What the proposer knows of the archive: the entities a later bulletin may report on. */
export interface ProposalCatalogue {
  villages: readonly { id: string; name: string }[];
  units: readonly { id: string; name: string; fullName?: string | undefined }[];
  teams: readonly { id: string; unit: string; village?: string | undefined }[];
  items: readonly { id: string; title: string; team: string }[];
}

/** A report as it is appended to the entry's YAML: `bulletin` is the new draft's file name. */
export type ProposedReport = Record<string, string | boolean> & { bulletin: string; quote: string };

/** One report the import proposes to append to a known item, team or village, with its sentence. */
export type Proposal =
  | { collection: 'items'; id: string; field: 'history'; report: ProposedReport & { status: ItemStatus } }
  | { collection: 'teams'; id: string; field: TeamState; report: ProposedReport }
  | {
      collection: 'villages';
      id: string;
      field: 'listing';
      report: ProposedReport & { status: ListingStatus };
    };

/** A sentence of a paragraph: the exact characters, so it is a verbatim quote of the body. */
interface Sentence {
  text: string;
  clauses: string[];
}

const SENTENCE = /[^。；;！!？?]+/g;
const CLAUSE = /[^,，]+/g;

function sentencesOf(paragraph: string): Sentence[] {
  return (
    [...paragraph.matchAll(SENTENCE)]
      // A closing bracket or quote left from the sentence before is not part of this one.
      .map((m) => m[0].trim().replace(/^[）)”’」』]+/, ''))
      .filter(Boolean)
      .map((text) => ({ text, clauses: text.match(CLAUSE)?.map((c) => c.trim()) ?? [text] }))
  );
}

/** Words that make a clause a plan, a requirement or a denial, never a report that it happened. */
// 计划 as a verb (计划建设), not the noun of 年度工作计划; 要 as "must", not in 主要 or 重要.
const NOT_DONE =
  /预计|(?<!工作|年度|全年)计划|将于|将要|拟|争取|力争|确保|务必|必须|尽快|抓紧|督促|应当|待|(?<!主|重|紧|必|需)要/;
const NEGATED = /未|没有|尚未|仍未|至今未|没/;

/** An item's status as a clause words it: the first rule that matches wins, so 暂停 beats 开工. */
const STATUS_WORDS: readonly [ItemStatus, RegExp][] = [
  ['suspended', /暂停|停工|暂缓|中止|搁置/],
  ['completed', /完工|竣工|建成|投入使用|交付使用|已(?:经|全部)?完成|全部完成|顺利完成|完成了|通水|通电/],
  ['underConstruction', /开工|正在施工|施工中|在建|动工|开始建设|着手实施|正在建设|正在实施/],
  ['designDone', /设计(?:勘察)?(?:已经?|均已)?(?:结束|完成)/],
  ['approved', /手续(?:已经?)?(?:办结|结束|办理完毕|办完)|审批(?:手续)?(?:已经?)?(?:结束|通过|办结)/],
  ['negotiating', /洽谈|接洽|谈判|磋商/],
  ['planned', /(?:处于|停留在|仍在|正在)规划|列入规划/],
];

/** Words too common in item titles to tell one item from another. */
const GENERIC = /工程|建设|项目|事项|改造|村内|工作|帮扶|新上|实施/g;

/** The longest run of characters a clause and an item title share, generic words aside. */
function sharedWords(clause: string, title: string): number {
  let best = 0;
  for (let i = 0; i < title.length; i++) {
    for (let j = title.length; j > i + best; j--) {
      const run = title.slice(i, j);
      if (clause.includes(run)) {
        const distinctive = run.replace(GENERIC, '').replace(/[、和与及]/g, '').length;
        if (distinctive >= 2) best = Math.max(best, j - i);
        break;
      }
    }
  }
  return best;
}

const HEAD_TITLES =
  '局长|主任|书记|总经理|经理|院长|部长|行长|台长|校长|主席|理事长|董事长|站长|所长|社长|队长';

/**
 * A date the clause gives (`8月20日`, `2015年9月`, `10月`), as the bulletin's year when none is
 * written and the month is not after the bulletin's own; otherwise none.
 */
function dateIn(text: string, bulletinDate: string | undefined): string | undefined {
  const m = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?/.exec(text);
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  let year = m[1];
  if (!year) {
    if (!bulletinDate || month > Number(bulletinDate.slice(5, 7))) return undefined;
    year = bulletinDate.slice(0, 4);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`;
}

interface TeamStateRule {
  state: Exclude<TeamState, 'firstSecretary'>;
  /** The words that make a clause about this state. */
  about: RegExp;
  /** A report that it happened: without these words the clause is not taken as one. */
  done: RegExp;
  /** The words that make it a report that it has not happened. */
  notDone: RegExp;
}

const TEAM_STATE_RULES: readonly TeamStateRule[] = [
  { state: 'docked', about: /对接到位/, done: /已/, notDone: /(?:未|没有|尚未|仍未)[^,，]{0,12}对接到位/ },
  {
    state: 'majorItemsSubmitted',
    about: /提交[^,，]{0,4}重大(?:帮扶)?事项/,
    done: /已(?:经)?提交|提交了/,
    notDone: /(?:未|没有|尚未|仍未)提交/,
  },
  {
    state: 'threeYearPlan',
    about: /三年(?:帮扶)?(?:总体)?规划/,
    done: /已(?:经)?(?:制定|编制)|制定了|编制了/,
    notDone: /(?:未|没有|尚未|仍未)(?:制定|编制)/,
  },
  {
    state: 'annualPlan',
    about: /(?:年度|全年)工作计划/,
    done: /已(?:经)?(?:制定|编制)|制定了|编制了/,
    notDone: /(?:未|没有|尚未|仍未)(?:制定|编制)/,
  },
  {
    state: 'headVisit',
    about: new RegExp(
      `(?:主要领导|(?<!第一|支部|村)(?:${HEAD_TITLES}))[^,，]{0,16}(?:走访|调研|到(?:帮扶|包帮|所包)?村)`,
    ),
    done: /走访|调研|到(?:帮扶|包帮|所包)?村/,
    notDone: /(?:未|没有|尚未|仍未|至今未)[^,，]{0,10}(?:走访|调研|到村|入村)/,
  },
];

/**
 * Proposes, from a later bulletin's body alone, the status reports of known items, the state reports
 * of known teams and the listing reports of known villages its sentences state, each quoting its
 * sentence. Only what a sentence says outright is proposed: a plan (预计, 要), a count without
 * names, or a clause that could be about two items is left alone or listed as a doubt, never guessed.
 * A team is taken as named when the sentence names its unit or village; an item also when its
 * paragraph opens with its team (the office writes one paragraph per team).
 */
/** Finds the catalogue's villages and units named in a sentence. */
export const catalogueMatcher = (catalogue: ProposalCatalogue) =>
  createMatcher(
    termsOf({
      villages: catalogue.villages.map((v) => ({ id: v.id, data: { name: v.name } })),
      units: catalogue.units.map((u) => ({ id: u.id, data: { name: u.name, fullName: u.fullName } })),
      towns: [],
    } as unknown as Parameters<typeof termsOf>[0]),
  );

export function proposeReports(
  blocks: readonly Block[],
  catalogue: ProposalCatalogue,
  bulletin: { id: string; date?: string | undefined },
): { proposals: Proposal[]; doubts: string[] } {
  const match = catalogueMatcher(catalogue);
  const teamsOfUnit = new Map<string, string[]>();
  const teamsOfVillage = new Map<string, string[]>();
  for (const team of catalogue.teams) {
    teamsOfUnit.set(team.unit, [...(teamsOfUnit.get(team.unit) ?? []), team.id]);
    if (team.village)
      teamsOfVillage.set(team.village, [...(teamsOfVillage.get(team.village) ?? []), team.id]);
  }
  const itemTitle = new Map(catalogue.items.map((i) => [i.id, i.title]));
  const teamsIn = (matches: readonly TermMatch[]) => {
    const found = new Set<string>();
    for (const { term } of matches) {
      const teams = term.collection === 'units' ? teamsOfUnit.get(term.id) : teamsOfVillage.get(term.id);
      for (const team of teams ?? []) found.add(team);
    }
    return found;
  };
  const villagesIn = (matches: readonly TermMatch[]) =>
    new Set(matches.filter((m) => m.term.collection === 'villages').map((m) => m.term.id));

  const proposals: Proposal[] = [];
  const doubts: string[] = [];
  const base = (quote: string) => ({ bulletin: bulletin.id, quote });

  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const opening = match(block.text).filter((m) => m.start === 0);
    const subject = teamsIn(opening);
    for (const sentence of sentencesOf(block.text)) {
      const named = teamsIn(match(sentence.text));
      const clauseMatches = sentence.clauses.map((clause) => match(clause));

      // Team states: the teams the clause names, or the clause before it when this one names none.
      for (const [at, clause] of sentence.clauses.entries()) {
        const scope = (found: (m: readonly TermMatch[]) => Set<string>) => {
          const own = found(clauseMatches[at]!);
          if (own.size || at === 0) return { ids: own, span: clause };
          const before = sentence.clauses[at - 1]!;
          return { ids: found(clauseMatches[at - 1]!), span: `${before},${clause}` };
        };
        for (const rule of TEAM_STATE_RULES) {
          if (!rule.about.test(clause)) continue;
          const { ids, span } = scope(teamsIn);
          if (ids.size === 0) continue;
          const negative = rule.notDone.test(span);
          if (!negative && (NOT_DONE.test(span) || NEGATED.test(span) || !rule.done.test(span))) continue;
          const date = negative ? undefined : dateIn(span, bulletin.date);
          for (const id of ids) {
            const report: ProposedReport =
              rule.state === 'headVisit'
                ? {
                    visited: !negative,
                    ...headOf(span, id, catalogue),
                    ...(date ? { date } : {}),
                    ...base(sentence.text),
                  }
                : { value: !negative, ...(date ? { date } : {}), ...base(sentence.text) };
            if (rule.state === 'headVisit' && /多次/.test(span)) report['repeated'] = true;
            proposals.push({ collection: 'teams', id, field: rule.state, report });
          }
        }
        const secretary =
          /第一书记[^,，]{0,16}?(?:由|改由)([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:接任|担任)|第一书记[^,，]{0,8}?(?:调整为|更换为)([\u4e00-\u9fff]{2,4})/.exec(
            clause,
          );
        // The name right after the title, as the office writes it (包村“第一书记”刘敬东、支部书记…).
        const restated = secretary
          ? null
          : /第一书记[”"]?\s*([\u4e00-\u9fff]{2,3})(?=[、,，]|$)/.exec(clause);
        if (secretary && !NOT_DONE.test(clause)) {
          const { ids } = scope(teamsIn);
          const name = secretary[1] ?? secretary[2]!;
          const since = dateIn(clause, bulletin.date);
          for (const id of ids.size ? ids : named)
            proposals.push({
              collection: 'teams',
              id,
              field: 'firstSecretary',
              report: { name, ...(since ? { since } : {}), ...base(sentence.text) },
            });
        } else if (restated && !/^[的和及与等们要在是为]/.test(restated[1]!)) {
          const { ids } = scope(teamsIn);
          // Only where the clause, or the one before it, names this one team.
          if (ids.size === 1)
            proposals.push({
              collection: 'teams',
              id: [...ids][0]!,
              field: 'firstSecretary',
              report: { name: restated[1]!, ...base(sentence.text) },
            });
        }
        const listing = /出列|摘帽|退出后进村/.test(clause)
          ? ('exited' as const)
          : /列为后进村|列入后进村/.test(clause)
            ? ('listed' as const)
            : undefined;
        if (listing) {
          const { ids, span } = scope(villagesIn);
          if (NOT_DONE.test(span) || NEGATED.test(span)) continue;
          if (listing === 'exited' && !/已|通过验收|率先|顺利/.test(span)) continue;
          const date = dateIn(span, bulletin.date);
          for (const id of ids)
            proposals.push({
              collection: 'villages',
              id,
              field: 'listing',
              report: { status: listing, ...(date ? { date } : {}), ...base(sentence.text) },
            });
        }
      }

      // Item statuses: items of the teams the sentence names, else of the team the paragraph is about.
      const teams = named.size ? named : subject;
      const candidates = catalogue.items.filter((item) => teams.has(item.team));
      if (candidates.length === 0) continue;
      const itemAt = sentence.clauses.map((clause) => {
        const scored = candidates
          .map((item) => ({ item, score: sharedWords(clause, item.title) }))
          .filter((s) => s.score > 0)
          .sort((a, b) => b.score - a.score);
        return scored;
      });
      for (const [at, scored] of itemAt.entries()) {
        if (scored.length === 0) continue;
        if (scored.length > 1 && scored[1]!.score === scored[0]!.score) {
          doubts.push(
            `进展：“${sentence.text}”可能是说${scored
              .filter((s) => s.score === scored[0]!.score)
              .map((s) => `“${s.item.title}”（${s.item.id}）`)
              .join('或')}，没有提出，请对照原文手工补记`,
          );
          continue;
        }
        const item = scored[0]!.item;
        // The status is in this clause or a following one, until a clause about another item.
        for (let next = at; next < sentence.clauses.length; next++) {
          if (next > at && itemAt[next]!.length > 0) break;
          const clause = sentence.clauses[next]!;
          if (NOT_DONE.test(clause) || NEGATED.test(clause)) {
            if (next === at) break;
            continue;
          }
          const status = STATUS_WORDS.find(([, words]) => words.test(clause))?.[0];
          if (!status) continue;
          proposals.push({
            collection: 'items',
            id: item.id,
            field: 'history',
            report: { status, ...base(sentence.text) },
          });
          break;
        }
      }
    }
  }
  return settle(proposals, doubts, itemTitle);
}

/** The head who visited, when the clause puts name and title right after the unit: 市住建局王彬局长. */
function headOf(
  span: string,
  teamId: string,
  catalogue: ProposalCatalogue,
): { who?: string; title?: string } {
  const team = catalogue.teams.find((t) => t.id === teamId);
  const unit = catalogue.units.find((u) => u.id === team?.unit);
  for (const name of [unit?.fullName, unit?.name]) {
    if (!name) continue;
    const m = new RegExp(`${name}([\\u4e00-\\u9fff]{2,3}?)(${HEAD_TITLES})`).exec(span);
    if (m && !/主要|领导|分管/.test(m[1]!)) return { who: m[1]!, title: m[2]! };
  }
  return {};
}

const keyOf = (p: Proposal) => `${p.collection}/${p.id}/${p.field}`;
const valueOf = (p: Proposal) =>
  JSON.stringify(Object.entries(p.report).filter(([key]) => key !== 'quote' && key !== 'bulletin'));

/**
 * One report per entry and field per bulletin: the first, when later sentences agree with it; none,
 * and a doubt, when they disagree.
 */
function settle(
  proposals: Proposal[],
  doubts: string[],
  itemTitle: ReadonlyMap<string, string>,
): { proposals: Proposal[]; doubts: string[] } {
  const byKey = new Map<string, Proposal[]>();
  for (const p of proposals) byKey.set(keyOf(p), [...(byKey.get(keyOf(p)) ?? []), p]);
  const kept: Proposal[] = [];
  for (const group of byKey.values()) {
    const first = group[0]!;
    if (group.every((p) => valueOf(p) === valueOf(first))) kept.push(first);
    else {
      const what = first.collection === 'items' ? `“${itemTitle.get(first.id)}”` : first.id;
      doubts.push(
        `提议：正文对${what}（${first.collection}/${first.id} ${first.field}）说法不一，没有提出：${group.map((p) => `“${p.report.quote}”`).join('；')}`,
      );
    }
  }
  return { proposals: kept, doubts };
}
