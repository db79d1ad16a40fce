import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { proposalCatalogue } from '../../src/lib/import/catalogue.ts';
import { joinChunks } from '../../src/lib/import/extraction.ts';
import { parseBulletin } from '../../src/lib/import/legacy-bulletin.ts';
import type { ProposedIndicator } from '../../src/lib/import/figure-proposals.ts';
import { proposeAll } from '../../src/lib/import/propose.ts';
import { proposeReports } from '../../src/lib/import/proposals.ts';
import { readSource } from '../../src/lib/import/read-source.ts';
import type { KnownEntity } from '../../src/lib/import/suggestions.ts';
import { validateArchive } from '../../src/lib/integrity/validate.ts';
import { describeFact, figureFact, keyFacts, proposalFact, score } from '../../tools/import/score.ts';
import { ISSUE2_FIXTURE, ROOT } from '../support/paths.ts';

const LATER = path.join(ROOT, 'tests/fixtures/later-issues');
const { entries } = validateArchive(ISSUE2_FIXTURE, ROOT);
const catalogue = proposalCatalogue(entries);
const known: KnownEntity[] = entries.flatMap((e) =>
  e.collection === 'villages' || e.collection === 'towns' || e.collection === 'units'
    ? [{ collection: e.collection, id: e.id, name: (e.parsed as { name: string }).name }]
    : [],
);
const propose = (text: string) =>
  proposeReports([{ kind: 'paragraph', text }], catalogue, { id: '2015-03', date: '2015-08-28' });

describe('the import on the synthetic later issues, in order', () => {
  // The second is read against the indicators the first proposed, as importing them one after the other does.
  const indicators = [...catalogue.indicators];
  const archiveIndicators = new Set(indicators.map((i) => i.id));
  test.each(['synthetic-issue-3', 'synthetic-issue-4'])(
    '%s: proposes every fact its answer key lists and nothing else',
    async (name) => {
      const read = await readSource('.txt', new Uint8Array(fs.readFileSync(path.join(LATER, `${name}.txt`))));
      if (!read.ok) throw new Error(read.reason);
      const imported = parseBulletin(read.document, known);
      const proposed = proposeAll(
        imported.blocks,
        { ...catalogue, indicators },
        { id: name, date: imported.head.date },
      );
      indicators.push(...proposed.indicators);
      const newOnes = indicators.filter((i) => !archiveIndicators.has(i.id)) as ProposedIndicator[];
      const facts = [
        ...proposed.reports.map(proposalFact),
        ...proposed.figures.map((f) => figureFact(f, newOnes, archiveIndicators)),
      ];
      const result = score(keyFacts(fs.readFileSync(path.join(LATER, `${name}.key.yaml`), 'utf8')), facts);
      expect(result.wrong.map(describeFact)).toEqual([]);
      expect(result.missed.map(describeFact)).toEqual([]);
      expect(result.facts).toBeGreaterThan(15);
      expect(proposed.doubts).toEqual([]);
      // Every quote is a sentence of the body as imported.
      const body = imported.blocks.map((b) => b.text).join('\n');
      for (const p of [...proposed.reports.map((r) => r.report), ...proposed.figures])
        expect(body).toContain(p.quote);
    },
  );

  test('the second reports against the indicators the first proposed, proposing none of its own', () => {
    expect(indicators.filter((i) => !archiveIndicators.has(i.id)).map((i) => i.label)).toEqual([
      '确定重大帮扶事项',
      '已完工的重大帮扶事项',
      '正在施工的重大帮扶事项',
      '处于规划设计阶段的重大帮扶事项',
      '投入帮扶资金',
      '协调各类资金',
    ]);
  });
});

describe('a figure of one team, or a bound, is not a figure of the program', () => {
  test.each([
    ['a team’s money', '市残联驻郭家村工作队累计协调筹集资金35万元。'],
    ['a bound', '全市个别“第一书记”每周在村时间不足4天。'],
    ['a count in passing', '全市累计30户村民用上了沼气。'],
  ])('%s: %s', (_what, text) => {
    const proposed = proposeAll([{ kind: 'paragraph', text }], catalogue, {
      id: '2015-03',
      date: '2015-08-28',
    });
    expect(proposed.figures).toEqual([]);
    expect(proposed.indicators).toEqual([]);
  });
});

describe('what a sentence does not state is not proposed', () => {
  test.each([
    ['a plan', '市供电公司驻侯家村工作队线路改造预计9月底完工。'],
    ['a requirement', '市住建局主要领导要定期到西沟子村走访。'],
    ['a count without names', '目前,全市116个帮扶工作队全部对接到位。'],
    ['an item of no named team', '沼气建设已完工。'],
    ['a stage not a status', '市委老干部局驻小宋家村工作队对村内排水渠浆砌工程进行了验收。'],
    ['a village not yet off the list', '郭家村尚未出列。'],
  ])('%s: %s', (_what, text) => {
    expect(propose(text).proposals).toEqual([]);
  });

  test('a named team reported as not docked is proposed as not docked, with no date', () => {
    const { proposals } = propose('督查期间发现,仍有平安财险于8月1日前未与包帮镇村对接到位。');
    expect(proposals.map((p) => [p.id, p.field, p.report])).toEqual([
      [
        'pingan-caixian',
        'docked',
        {
          value: false,
          bulletin: '2015-03',
          quote: '督查期间发现,仍有平安财险于8月1日前未与包帮镇村对接到位',
        },
      ],
    ]);
  });

  test('a month after the bulletin’s own gives no date rather than a guessed year', () => {
    const [proposal] = propose('平安财险已于11月5日与包帮镇村对接到位。').proposals;
    expect(proposal?.report).toEqual({
      value: true,
      bulletin: '2015-03',
      quote: '平安财险已于11月5日与包帮镇村对接到位',
    });
  });

  test('sentences that disagree about one item propose neither and leave a doubt', () => {
    const { proposals, doubts } = propose(
      '市残联驻郭家村工作队扬水站已完工。市残联驻郭家村工作队扬水站因故暂停。',
    );
    expect(proposals).toEqual([]);
    expect(doubts).toHaveLength(1);
    expect(doubts[0]).toContain('说法不一');
  });
});

describe('the office’s other ways of saying a state', () => {
  test('heads who visited again and again, named in a list, each get a repeated visit', () => {
    const { proposals } = propose('市财政局、市经信局等部门和单位的主要领导多次到帮扶村实地了解村情民意。');
    expect(proposals.map((p) => [p.id, p.field, p.report['visited'], p.report['repeated']])).toEqual([
      ['caizhengju', 'headVisit', true, true],
      ['jingxinju', 'headVisit', true, true],
    ]);
  });

  test('a first secretary named after the title is recorded for the team the sentence names', () => {
    const { proposals } = propose(
      '市委办李海滨主任亲自到齐山镇前仓村走访,与包村“第一书记”李华、村支部书记孙吉亮一起调研。',
    );
    expect(
      proposals.filter((p) => p.field === 'firstSecretary').map((p) => [p.id, p.report['name']]),
    ).toEqual([['shiweiban', '李华']]);
  });

  test('a first secretary with no team named is not recorded', () => {
    expect(propose('个别“第一书记”每周在村时间不足4天。').proposals).toEqual([]);
  });
});

test('text copied from Word keeps the point numbers at its line starts', () => {
  expect(joinChunks('第4期\n1、重大帮扶事项加快落实。\n2、班子建设得到加强。')).toBe(
    '第4期1、重大帮扶事项加快落实。2、班子建设得到加强。',
  );
  expect(joinChunks('1、 第2期\n2、 1、帮扶部门')).toBe(' 第2期 1、帮扶部门');
});
