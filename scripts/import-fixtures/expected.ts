/**
 * The transcription a synthetic bulletin must import to: its masthead and footer as frontmatter,
 * its body as `##` headings and paragraphs (a table row per paragraph, cells separated by a
 * full-width space; a text box as the paragraph it stands in).
 */
import { stringify } from 'yaml';
import { escapeMdx } from '../../src/lib/import/render.ts';
import type { BodyPart, SyntheticBulletin } from './bulletins.ts';

function bodyBlocks(part: BodyPart): string[] {
  if ('heading' in part) return [`## ${escapeMdx(part.heading)}`];
  if ('runInHeading' in part) return [`## ${escapeMdx(part.runInHeading)}`, escapeMdx(part.text)];
  if ('paragraph' in part) return [escapeMdx(part.paragraph)];
  if ('textBox' in part) return [escapeMdx(part.textBox)];
  return part.table.map((row) => escapeMdx(row.join('\u3000')));
}

export function renderExpected(bulletin: SyntheticBulletin): string {
  const frontmatter = {
    series: bulletin.seriesLines.join('').replace(/\s+/g, ''),
    issue: bulletin.issue,
    date: bulletin.date,
    issuer: bulletin.issuer,
    title: bulletin.title,
    sentTo: bulletin.sentTo,
    distributedTo: bulletin.distributedTo,
    filed: bulletin.filed,
    ...(bulletin.printRun === undefined ? {} : { printRun: bulletin.printRun }),
    ...(bulletin.contact ? { contact: bulletin.contact } : {}),
    draft: true,
  };
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${bulletin.body.flatMap(bodyBlocks).join('\n\n')}\n`;
}
