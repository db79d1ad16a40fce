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
import { proposeReports } from '../src/lib/import/proposals.ts';
import { readSource } from '../src/lib/import/read-source.ts';
import type { KnownEntity } from '../src/lib/import/suggestions.ts';
import { validateArchive } from '../src/lib/integrity/validate.ts';
import { describeFact, keyFacts, score, transcribedFacts, type Score } from '../tools/import/score.ts';

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

async function proposalsFor(file: string, id?: string) {
  const read = await readSource(path.extname(file), new Uint8Array(fs.readFileSync(file)));
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  const imported = parseBulletin(read.document, known);
  const bulletin = id ?? `${imported.head.date!.slice(0, 4)}-${String(imported.head.issue).padStart(2, '0')}`;
  return proposeReports(imported.blocks, catalogue, { id: bulletin, date: imported.head.date }).proposals;
}

for (const file of fs
  .readdirSync(LATER)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const facts = keyFacts(fs.readFileSync(path.join(LATER, file.replace(/\.txt$/, '.key.yaml')), 'utf8'));
  print(file, score(facts, await proposalsFor(path.join(LATER, file))));
}
const seed = path.join(ROOT, 'docs/sources/2015-02-extracted.txt');
print(
  'issue 2 (real, against its hand transcription)',
  score(transcribedFacts(entries, '2015-02'), await proposalsFor(seed, '2015-02'), { partial: true }),
);
if (anyWrong) process.exitCode = 1;
