/**
 * `npm run import:score`: how many of the facts each synthetic later issue states the import proposes,
 * misses and gets wrong, against the answer key written beside it (tests/fixtures/later-issues/*.key.yaml),
 * on the frozen issue-2 archive; then the same for the real issue 2 against its hand transcription
 * (the reports of tests/fixtures/issue2 that cite it, less those inferred from a total), where a
 * proposal is right when every field it records is one the transcription records alike.
 * Prints one line per issue and every miss and wrong proposal; exits 1 when any proposal is wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { proposalCatalogue } from '../src/lib/import/catalogue.ts';
import { parseBulletin } from '../src/lib/import/legacy-bulletin.ts';
import { proposeAll } from '../src/lib/import/propose.ts';
import { readSource } from '../src/lib/import/read-source.ts';
import type { KnownEntity } from '../src/lib/import/suggestions.ts';
import { validateArchive } from '../src/lib/integrity/validate.ts';
import type { ProposedIndicator } from '../src/lib/import/figure-proposals.ts';
import {
  describeFact,
  figureFact,
  keyFacts,
  proposalFact,
  score,
  transcribedFacts,
  type Fact,
  type Score,
} from '../tools/import/score.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const LATER = path.join(ROOT, 'tests/fixtures/later-issues');
const { entries } = validateArchive(path.join(ROOT, 'tests/fixtures/issue2'), ROOT);
const known: KnownEntity[] = entries.flatMap((e) =>
  e.collection === 'villages' || e.collection === 'towns' || e.collection === 'units'
    ? [{ collection: e.collection, id: e.id, name: (e.parsed as { name: string }).name }]
    : [],
);
const catalogue = proposalCatalogue(entries);
let anyWrong = false;
function print(name: string, result: Score) {
  anyWrong ||= result.wrong.length > 0;
  console.log(
    `${name}: ${result.facts} facts stated, ${result.proposed} proposed, ${result.right} right, ${result.missed.length} missed, ${result.wrong.length} wrong`,
  );
  for (const f of result.missed) console.log(`  missed ${describeFact(f)}`);
  for (const f of result.wrong) console.log(`  WRONG  ${describeFact(f)}`);
}

const archiveIndicators = new Set(catalogue.indicators.map((i) => i.id));

/** What the import proposes for one file, as facts; the indicators it proposes join the catalogue, as on import. */
async function proposedFacts(file: string, id?: string): Promise<Fact[]> {
  const read = await readSource(path.extname(file), new Uint8Array(fs.readFileSync(file)));
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  const imported = parseBulletin(read.document, known);
  const bulletin = id ?? `${imported.head.date!.slice(0, 4)}-${String(imported.head.issue).padStart(2, '0')}`;
  const proposed = proposeAll(imported.blocks, catalogue, { id: bulletin, date: imported.head.date });
  catalogue.indicators.push(...proposed.indicators);
  const newOnes = catalogue.indicators.filter((i) => !archiveIndicators.has(i.id)) as ProposedIndicator[];
  return [
    ...proposed.reports.map(proposalFact),
    ...proposed.figures.map((f) => figureFact(f, newOnes, archiveIndicators)),
  ];
}

// The synthetic issues in order, as an editor would import them, each on the archive the one before left.
for (const file of fs
  .readdirSync(LATER)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const facts = keyFacts(fs.readFileSync(path.join(LATER, file.replace(/\.txt$/, '.key.yaml')), 'utf8'));
  print(file, score(facts, await proposedFacts(path.join(LATER, file))));
}
for (const i of catalogue.indicators.filter((i) => !archiveIndicators.has(i.id)))
  console.log(`  new indicator ${i.id}: ${i.label} (${i.unit})`);
const seed = path.join(ROOT, 'docs/sources/2015-02-extracted.txt');
catalogue.indicators.splice(0, Infinity, ...catalogue.indicators.filter((i) => archiveIndicators.has(i.id)));
print(
  'issue 2 (real, against its hand transcription)',
  score(transcribedFacts(entries, '2015-02'), await proposedFacts(seed, '2015-02'), { partial: true }),
);
if (anyWrong) process.exitCode = 1;
