import { stringify } from 'yaml';
import { idFromName } from '../../src/lib/entry-id.ts';
import { COLLECTION_LABELS, SITE } from '../../src/i18n/zh.ts';
import { DEFAULT_SERIES } from '../../src/schemas/bulletin.ts';
import { ENTRY_ID } from '../../src/schemas/common.ts';
import { TEAM_STATES } from '../../src/schemas/team.ts';
import { collectionFieldDocs, type FieldDoc, type SchemaCollection } from './field-docs.ts';

/** The kinds `npm run new` makes, and their collection folders. */
export const KINDS = {
  bulletin: 'bulletins',
  indicator: 'indicators',
  village: 'villages',
  team: 'teams',
  unit: 'units',
  town: 'towns',
  item: 'items',
  case: 'cases',
} as const satisfies Record<string, SchemaCollection>;
export type Kind = keyof typeof KINDS;

/** What the scaffold needs to know about the archive it is added to. */
export interface ArchiveSummary {
  ids: Record<SchemaCollection, string[]>;
  bulletins: { id: string; series: string; issue: number; date: string; issuer: string }[];
  /** Unit of each team. */
  teamUnits: string[];
  /** The indicator catalogue, in its order, for a new bulletin's figures. */
  indicators: { id: string; label: string; unit: string }[];
}

export interface ScaffoldRequest {
  kind: Kind;
  id?: string | undefined;
  name?: string | undefined;
  /** YYYY-MM-DD */
  today: string;
}

export interface Scaffold {
  collection: SchemaCollection;
  id: string;
  extension: '.md' | '.mdx';
  text: string;
}

const scalar = (value: unknown) => stringify(value, { lineWidth: 0 }).trim();

export { idFromName };

/** The next issue of the default series in `year`: one past the highest already used. */
export function nextIssue(summary: ArchiveSummary, year: string): number {
  const used = summary.bulletins
    .filter((b) => b.series === DEFAULT_SERIES && b.date.startsWith(year))
    .map((b) => b.issue);
  return used.length ? Math.max(...used) + 1 : 1;
}

function latestBulletin(summary: ArchiveSummary) {
  return [...summary.bulletins]
    .sort((a, b) => (a.date === b.date ? a.issue - b.issue : a.date < b.date ? -1 : 1))
    .at(-1);
}

/** Writes frontmatter lines: each field under its doc; `undefined` values commented out with their sub-fields. */
class Frontmatter {
  readonly lines: string[] = [];
  readonly docs: FieldDoc;
  constructor(docs: FieldDoc) {
    this.docs = docs;
  }

  field(key: string, value: string | undefined, note?: string) {
    const node = this.docs.fields.get(key);
    if (node?.doc) this.lines.push(`# ${node.doc}${note ?? ''}`);
    if (value !== undefined) {
      this.lines.push(`${key}: ${value}`);
      return this;
    }
    this.lines.push(`# ${key}:`);
    for (const [sub, subNode] of node?.fields ?? [])
      this.lines.push(`#   ${sub}:${subNode.doc ? `  # ${subNode.doc}` : ''}`);
    return this;
  }

  /** A field whose value spans lines (a list of objects), under its doc. */
  block(key: string, lines: readonly string[], note?: string) {
    const doc = this.docs.fields.get(key)?.doc;
    if (doc) this.lines.push(`# ${doc}${note ?? ''}`);
    this.lines.push(`${key}:`, ...lines);
    return this;
  }

  /**
   * An empty list, then one item of it commented out: each sub-field under its doc, with the values
   * given filled in, so the editor uncomments and completes it when a bulletin reports one.
   */
  emptyList(key: string, values: Record<string, string> = {}, note?: string) {
    const node = this.docs.fields.get(key);
    if (node?.doc) this.lines.push(`# ${node.doc}${note ?? ''}`);
    this.lines.push('# 有简报报告时：删去下一行的“[]”，把其后各行开头的“#”去掉，照简报填写。');
    this.lines.push(`${key}: []`);
    [...(node?.fields ?? [])].forEach(([sub, subNode], i) => {
      if (subNode.doc) this.lines.push(`#     # ${subNode.doc}`);
      this.lines.push(`#${i === 0 ? '   - ' : '     '}${sub}: ${values[sub] ?? ''}`.trimEnd());
    });
    return this;
  }

  raw(...lines: string[]) {
    this.lines.push(...lines);
    return this;
  }
}

function freeId(prefix: string, taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/**
 * A new entry with every field of its schema present, each under its doc comment: required fields
 * filled so the file validates and builds as it is, optional ones commented out for the editor.
 */
export function scaffold(request: ScaffoldRequest, summary: ArchiveSummary): Scaffold {
  const collection = KINDS[request.kind];
  const fm = new Frontmatter(collectionFieldDocs(collection));
  const taken = summary.ids[collection];
  const latest = latestBulletin(summary);
  const needBulletin = () => {
    if (!latest) throw new ScaffoldError('还没有任何简报：请先用 npm run new -- bulletin 建立一期简报');
    return latest.id;
  };
  const placeholder = `待填写${COLLECTION_LABELS[collection]}名称`;
  const name = request.name?.trim() || undefined;
  // A team's file name is its unit's, not its first secretary's.
  let id = request.id ?? (name && request.kind !== 'team' ? idFromName(name) || undefined : undefined);
  let body = '';

  switch (request.kind) {
    case 'bulletin': {
      const year = request.today.slice(0, 4);
      const issue = nextIssue(summary, year);
      id ??= `${year}-${String(issue).padStart(2, '0')}`;
      fm.field('series', scalar(DEFAULT_SERIES))
        .field('issue', String(issue), `（本刊 ${year} 年下一个未用的期号）`)
        .field('date', request.today)
        .field('issuer', scalar(latest?.issuer ?? SITE.issuer))
        .field('title', scalar(name ?? '待填写标题'))
        .field('indexNumber', undefined)
        .field('docNumber', undefined)
        .field('sentTo', '[]')
        .field('distributedTo', '[]')
        .field('filed', 'false')
        .field('printRun', undefined)
        .field('contact', undefined)
        .field(
          'figures',
          '[]',
          '有数字时删去“[]”，把下面用到的指标各行开头的“#”去掉并填写；目录里没有的指标先用 npm run new -- indicator 建立：',
        );
      for (const { id: indicator, label, unit } of summary.indicators)
        fm.raw(`#   - indicator: ${indicator}  # ${label}（${unit}）`, '#     value:', '#     quote:');
      fm.field('source', undefined);
      fm.field('draft', 'true', '核对无误、准备发布时改为 false。');
      body = '在这里写正文。各部分标题写成“## 一、……”，要点写成“1、……”，每段之间空一行。\n';
      break;
    }
    case 'indicator':
      fm.field('label', scalar(name ?? placeholder))
        .field('unit', '个', '（请改为简报所用的单位）')
        .field('integer', 'true')
        .field('partOf', undefined)
        .field('sumOf', undefined)
        .field('scoreboard', 'false')
        .field('order', undefined)
        .field('note', undefined)
        .field('proposedIn', undefined);
      break;
    case 'village':
      fm.field('name', scalar(name ?? placeholder))
        .field('town', undefined)
        .field('branchSecretary', undefined)
        .field('sources', '[]')
        .emptyList('listing', { bulletin: latest?.id ?? '' });
      break;
    case 'town': {
      const kind = name?.endsWith('街道') ? 'subdistrict' : name?.endsWith('区') ? 'zone' : 'town';
      fm.field('name', scalar(name ?? placeholder)).field('kind', kind);
      break;
    }
    case 'unit':
      fm.field('name', scalar(name ?? placeholder))
        .field('fullName', undefined)
        .field('kind', undefined);
      break;
    case 'team': {
      // A team belongs to a unit and shares its file name; without one given, the first unit without a team.
      const unit =
        id && summary.ids.units.includes(id)
          ? id
          : summary.ids.units.find((u) => !summary.teamUnits.includes(u));
      if (!unit)
        throw new ScaffoldError(
          '每个帮扶单位都已有工作队：请先用 npm run new -- unit 建立帮扶单位，或用 --id 指定单位的文件名',
        );
      id ??= unit;
      const bulletin = latest?.id ?? '';
      fm.field('unit', unit, '（请核对）')
        .field('village', undefined)
        .emptyList('firstSecretary', { name: name === undefined ? '' : scalar(name), bulletin })
        .field('members', '[]');
      for (const key of TEAM_STATES.filter((state) => state !== 'firstSecretary'))
        fm.emptyList(key, { bulletin });
      fm.field('praise', '[]');
      break;
    }
    case 'item': {
      const team = summary.ids.teams[0];
      if (!team) throw new ScaffoldError('还没有任何工作队：请先用 npm run new -- team 建立工作队');
      fm.field('title', scalar(name ?? placeholder))
        .field('team', team, '（请改为承担事项的工作队）')
        .field('category', 'other')
        .field('major', undefined)
        .field('quantities', '[]')
        .field('money', undefined)
        .field('expectedCompletion', undefined)
        .block(
          'history',
          ['  - status: planned', `    bulletin: ${needBulletin()}`, '    # quote:  # 简报原话，逐字摘录。'],
          '每期简报报告新进展时，在末尾加一条。',
        );
      break;
    }
    case 'case':
      fm.field('title', scalar(name ?? placeholder))
        .field('summary', scalar('待填写摘要'))
        .field('bulletin', needBulletin(), '（请核对）')
        .field('teams', '[]')
        .field('villages', '[]')
        .field('towns', '[]')
        .field('items', '[]')
        .field('draft', 'true', '写好后改为 false。');
      body = '## 做法与成效\n\n在这里写案例正文，注明出自哪一期简报。\n';
      break;
  }

  if (!id) id = freeId(request.kind, taken);
  if (!ENTRY_ID.test(id)) {
    throw new ScaffoldError(`文件名“${id}”不能用作网址：只能用小写英文字母、数字和连字符，如 dongcun`);
  }
  if (taken.includes(id)) {
    throw new ScaffoldError(`${collection}/${id} 已存在，没有覆盖：请换一个 --id，或直接编辑已有文件`);
  }
  const extension = collection === 'bulletins' || collection === 'cases' ? '.mdx' : '.md';
  const header = `# 新建的${COLLECTION_LABELS[collection]}。每个字段上方是它的说明；以“#”开头的行是注释，不影响内容。保存后运行 npm run check。`;
  const text = ['---', header, ...fm.lines, '---', '', body].join('\n');
  return { collection, id, extension, text };
}

/** A reason the scaffold cannot be made, for the editor. */
export class ScaffoldError extends Error {}
