import { stringify } from 'yaml';
import { COLLECTION_LABELS } from '../../i18n/zh.ts';
import type { Block } from './body.ts';
import type { ProposedFigure, ProposedIndicator } from './figure-proposals.ts';
import type { ImportedBulletin } from './legacy-bulletin.ts';

const scalar = (value: unknown) => stringify(value, { lineWidth: 0 }).trim();

/** Keeps text as text in MDX: braces, angle brackets and Markdown markers are escaped, not removed. */
export function escapeMdx(text: string): string {
  return text.replace(/[\\{}<>*`[\]]/g, '\\$&').replace(/^([#+-]|\d+\.)/, '\\$1');
}

function renderBlock(block: Block): string {
  return block.kind === 'heading' ? `## ${escapeMdx(block.text)}` : escapeMdx(block.text);
}

/** The file a draft was imported from: its name as received and the SHA-256 of its bytes. */
export interface Provenance {
  file: string;
  sha256: string;
}

/**
 * The draft bulletin file: frontmatter with every field read and where it came from, what to check
 * and the suggestions as YAML comments, then the body. With `figures` (a draft written into the
 * archive, whose indicators resolve) they are its `figures` list, published with it, instead.
 */
export function renderDraft(
  imported: ImportedBulletin,
  source: Provenance,
  figures?: readonly ProposedFigure[],
): string {
  const { head } = imported;
  const missing = (value: unknown) => (value === undefined ? "''  # 未能识别，请照原件填写" : scalar(value));
  const list = (items: string[]) =>
    items.length ? `\n${items.map((item) => `  - ${scalar(item)}`).join('\n')}` : ' []';
  const lines = [
    '---',
    `# 由 npm run import 从 ${source.file} 导入。请对照原件逐项核对，确认无误后把 draft 改为 false。`,
    ...[...imported.unparsed, ...imported.doubts].map((note) => `# ⚠ ${note}`),
    `series: ${missing(head.series)}`,
    `issue: ${head.issue ?? "''  # 未能识别，请填写期号"}`,
    `date: ${head.date ?? "''  # 未能识别，请写作 YYYY-MM-DD"}`,
    `issuer: ${missing(head.issuer)}`,
    `title: ${missing(head.title)}`,
    `sentTo:${list(head.sentTo)}`,
    `distributedTo:${list(head.distributedTo)}`,
    `filed: ${head.filed}`,
    ...(head.printRun === undefined ? [] : [`printRun: ${head.printRun}`]),
    ...(head.contact
      ? [
          'contact:',
          ...(head.contact.phone === undefined ? [] : [`  phone: ${scalar(head.contact.phone)}`]),
          ...(head.contact.email === undefined ? [] : [`  email: ${scalar(head.contact.email)}`]),
        ]
      : []),
  ];
  if (figures?.length) {
    lines.push(
      '# 正文中识别出的数字（导入提议，随本期发布）：请对照原件逐条核对，不对就删去那一条（以“- ”开头的几行）。',
      stringify({ figures }, { lineWidth: 0 }).trimEnd(),
    );
  } else if (!figures && imported.figures.length) {
    lines.push('# 正文中识别出的数字，请对照原件核对，确认后去掉下面各行开头的“# ”：', '# figures:');
    for (const f of imported.figures)
      lines.push(`#   - { indicator: ${f.indicator}, value: ${f.value}, quote: ${JSON.stringify(f.quote)} }`);
  }
  if (imported.entities.length) {
    lines.push('# 正文提到的已登记条目（文件名），供填写 teams、items 等时核对：');
    for (const collection of ['towns', 'villages', 'units'] as const) {
      const named = imported.entities.filter((e) => e.collection === collection);
      if (named.length)
        lines.push(
          `#   ${COLLECTION_LABELS[collection]}：${named.map((e) => `${e.id}（${e.name}）`).join('、')}`,
        );
    }
  }
  lines.push(
    'source:',
    `  file: ${scalar(source.file)}`,
    // Quoted where YAML would read it as a number (all digits, or digits around one e).
    `  sha256: ${scalar(source.sha256)}`,
    'draft: true',
    '---',
    '',
  );
  return `${lines.join('\n')}\n${imported.blocks.map(renderBlock).join('\n\n')}\n`;
}

/** The entry of an indicator proposed with a draft: the office's wording as its name, tied to the draft. */
export function renderIndicator(indicator: ProposedIndicator, bulletin: string): string {
  return [
    '---',
    `# 由 npm run import 据 ${bulletin} 提出的新指标。名称取自简报原话，请核对，可以改得更清楚（文件名是它的网址，不要改）；`,
    '# 它是哪个指标的一部分、等于哪几项之和，按需要补上 partOf、sumOf。该期发布时一同发布；不要这个指标时，删去本文件和该期 figures 中引用它的那一条。',
    `label: ${scalar(indicator.label)}`,
    `unit: ${scalar(indicator.unit)}`,
    `integer: ${indicator.integer}`,
    `proposedIn: ${scalar(bulletin)}`,
    '---',
    '',
  ].join('\n');
}
