/**
 * A knowledge base that can grow (issues 18 and 25): a report written for the project (tests/fixtures/kb-round27: a
 * fictional outlet's report of 2 April 2026 on a 27th round, whose count of prisoners is lower than the last one) is
 * added through the documented path only, `npm run knowledge -- --sources …`; the project's KB keeps its facts; the
 * horizon, windows, totals and labels are derived from the records. The seeds' KB (their records alone) keeps the
 * facts it had before the records existed, less the two provenance mistakes the old build let through.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../extension/engine/analyze';
import { findNumbers } from '../../extension/engine/numbers';
import type { Fact, KnowledgeBase } from '../../extension/engine/types';
import { buildFromSources, DEFAULT_KB_SOURCES } from '../../knowledge/build';
import { buildKnowledge } from '../../knowledge/buildKnowledge';
import { deriveKnowledge } from '../../knowledge/derive';
import { addRecords, emptyRecordSet, loadRecords, PROJECT_RECORDS, readSources, type RecordSet, SEED_RECORDS_ONLY } from '../../knowledge/records';
import { loadCorpusPage } from '../../scripts/evaluate';
import { readSeeds, SEEDS_DIR } from '../helpers/seeds';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/kb-round27');
const FIXTURE_FILE = '100_lindenbrook-ledger-round27.txt';
const CORPUS = join(ROOT, 'tests/corpus');
const seeds = readSeeds();
const committed = JSON.parse(readFileSync(join(ROOT, 'knowledge/kb.json'), 'utf8')) as KnowledgeBase;
const reportText = readFileSync(join(FIXTURE, FIXTURE_FILE), 'utf8');
/** the KB of the five seeds alone, from their records (those of 2025-26 left out) */
const seedsKb = buildFromSources([SEEDS_DIR], SEED_RECORDS_ONLY).kb;

/** The documented command, as a maintainer runs it; the KB goes to a file of the test's own. */
function buildWithCli(...folders: string[]): { kb: KnowledgeBase | null; output: string } {
  const out = join(mkdtempSync(join(tmpdir(), 'kb-growth-')), 'kb.json');
  const args = ['run', '-s', 'knowledge', '--', ...folders.flatMap((f) => ['--sources', f]), '--out', out];
  try {
    const output = execFileSync('npm', args, { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    return { kb: JSON.parse(readFileSync(out, 'utf8')) as KnowledgeBase, output };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { kb: null, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const grown = buildWithCli(SEEDS_DIR, DEFAULT_KB_SOURCES, FIXTURE);
const fact = (kb: KnowledgeBase, id: string) => kb.facts.find((f) => f.id === id);
/** the number a span of source text reads ("approximately 1,300" → 1300, "seven" → 7) */
const reads = (span: string) => findNumbers(span).at(-1)?.value;

describe('a report with a lower count, added through the documented path', () => {
  it('builds, with every figure of the report mapped to a fact', () => {
    expect(grown.output).toMatch(/238 facts .* 27 rounds, 47 sources/);
    expect(grown.kb).not.toBeNull();
  });

  it('gives the 27th round its facts, each found at its offsets in the report and reading its value', () => {
    const kb = grown.kb!;
    const round27 = kb.facts.filter((f) => f.round === 27).map((f) => [f.id, f.value, f.statedIn.join(), f.derivedFrom ? 'derived' : 'stated']);
    expect(round27).toEqual([
      ['r27.size', 12, '100', 'stated'], ['r27.women', 7, '100', 'stated'], ['r27.men', 5, '100', 'stated'],
      ['r27.ordinal', 17, '', 'derived'], ['r27.ordinal.decrees', 16, '', 'derived'], ['r27.ordinal.year', 3, '', 'derived'],
      ['r27.total', 873, '', 'derived'], ['r27.total.year', 281, '', 'derived'],
    ]);
    for (const f of kb.facts.filter((f) => (f.round === 27 && !f.derivedFrom) || f.id === 'held.100')) {
      expect(f.provenance!.length, f.id).toBeGreaterThan(0);
      for (const span of f.provenance!) {
        expect(span.file).toBe(FIXTURE_FILE);
        const text = reportText.slice(span.start, span.end);
        expect(text).toBe(span.span);
        expect(reads(text), `${f.id} at ${span.start}`).toBe(f.value);
      }
    }
    expect(kb.rounds.at(-1)).toMatchObject({ round: 27, month: '2026-04', means: 'decree', window: { from: '2026-04-01', to: '2026-04-01' } });
    expect(kb.articles.at(-1)).toMatchObject({ id: '100', outlet: 'The Lindenbrook Ledger', aboutRound: 27, written: { from: '2026-04-02', to: '2026-04-02' } });
  });

  it('adds the lower count to the series beside the higher ones: a count of its day, not a correction of the older', () => {
    const kb = grown.kb!;
    expect(fact(kb, 'held.100')).toMatchObject({ value: 1090, window: { from: '2026-04-02', to: '2026-04-02' } });
    expect(fact(kb, 'held.k28')).toMatchObject({ value: 1140, window: { from: '2026-03-05', to: '2026-03-05' } });
    expect(fact(kb, 'held.k21')).toMatchObject({ value: 1265, window: { from: '2024-12-29', to: '2024-12-29' } });
    expect(kb.sourceErrors).toEqual(committed.sourceErrors);
  });

  it('moves the horizon to the new report, and keeps every fact of the project as it was', () => {
    const kb = grown.kb!;
    expect([committed.calendar!.horizon, committed.calendar!.horizonLatest, committed.calendar!.latestSource]).toEqual(['2026-03-19', '2026-03-19', 'k20']);
    expect([kb.calendar!.horizon, kb.calendar!.horizonLatest, kb.calendar!.latestSource]).toEqual(['2026-04-02', '2026-04-02', '100']);
    expect(kb.horizon).toBe('2026-04-02');
    expect(kb.calendar!.horizonReasoning).toContain('100');
    expect(kb.facts.filter((f) => committed.facts.some((c) => c.id === f.id))).toEqual(committed.facts);
  });

  it('keeps every verdict on the corpus pages about rounds 1-8', () => {
    const pages = readdirSync(CORPUS).filter((f) => /\.(txt|html)$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(40);
    for (const file of pages) {
      const page = loadCorpusPage(join(CORPUS, file));
      const judged = (kb: KnowledgeBase) => analyzePage(page, kb).claims.map((c) => `${c.start} ${c.span} ${c.kind} ${c.verdict}`);
      expect(judged(grown.kb!), file).toEqual(judged(committed));
    }
  });

  it('fails, naming the figure, when the report\'s records give a value its text does not', () => {
    const records = loadRecords([FIXTURE]).records;
    records.rounds.find((r) => r.round === 27)!.figures.find((f) => f.kind === 'round_women')!.value = 8;
    records.rounds.find((r) => r.round === 27)!.figures.find((f) => f.kind === 'round_men')!.value = 4;
    const { kb } = deriveKnowledge(records);
    const texts = { ...readSources(records, [SEEDS_DIR, DEFAULT_KB_SOURCES]).texts, [FIXTURE_FILE]: reportText };
    expect(buildKnowledge(kb, texts).problems.join('\n')).toMatch(/100_lindenbrook-ledger-round27\.txt @\d+: figure "Seven" \(round_women\)/);
  });

  it('takes a second, dated report on a known round with its source record alone: it backs the figures it repeats and narrows the round', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kb-round8-'));
    const file = '101_harbourton-round8.txt';
    writeFileSync(join(folder, file), 'Twenty more prisoners pardoned in Belarus\nHARBOURTON, 20 December 2024 (a fictional bulletin) - Belarus pardoned 20 political prisoners, 11 of them women, the eighth such round since July.\n');
    const source = { id: '101', file, outlet: 'The Harbourton Bulletin', aboutRound: 8, dated: '2024-12-20', reasoning: 'A fictional dated report on the eighth round.' };
    writeFileSync(join(folder, 'records.json'), JSON.stringify({ sources: [source] }));
    const { kb, problems } = buildFromSources([SEEDS_DIR, folder], SEED_RECORDS_ONLY);
    expect(problems).toEqual([]);
    expect(fact(kb, 'r8.women')!.provenance!.map((p) => p.file)).toEqual(['003_5eaec48f24377a3d.txt', file]);
    expect(kb.rounds[7].window).toEqual({ from: '2024-11-12', to: '2024-12-20' });
    expect(kb.rounds[7].timeReasoning).toContain('by 20 December 2024: 101 is dated 20 December 2024');
    expect([kb.calendar!.horizon, kb.calendar!.latestSource]).toEqual(['2024-12-20', '101']);
  });

  it('a page dated after the horizon counting more than the KB knows is unverifiable (beyond-horizon), not contradicted', () => {
    // the seeds' KB reached 12 November 2024; the project's reaches 19 March 2026
    const seedsPage = { text: 'Belarus frees more prisoners\nIn all, 253 political prisoners have been pardoned since July, a rights group said.', published: '2024-12-20', hasHeadline: true };
    expect(analyzePage(seedsPage, seedsKb).claims.find((c) => c.span === '253')).toMatchObject({ verdict: 'unverifiable', reason: 'beyond-horizon' });
    const page = { text: 'Belarus frees more prisoners\nIn all, 905 political prisoners have been pardoned since July 2024, a rights group said.', published: '2026-05-20', hasHeadline: true };
    expect(analyzePage(page, committed).claims.find((c) => c.span === '905')).toMatchObject({ verdict: 'unverifiable' });
  });

  it('reads "this year" per year: the calendar gives every year the sources span and where its count starts', () => {
    expect(committed.calendar!.span).toEqual({ from: '2024-07', to: '2026-03' });
    expect(Object.entries(committed.calendar!.years!).map(([year, y]) => [year, y.since, y.rounds.length, y.totalPardoned])).toEqual([
      ['2024', '2024-07', 8, 227], ['2025', '2025-01', 14, 365], ['2026', '2026-01', 4, 269],
    ]);
    expect(committed.calendar!.elections!.map((e) => e.date)).toEqual(['2020-08', '2025-01-26']);
  });
});

/** The committed kb.json before issue 18: id, value, round, sources that state it, and how many spans backed it. */
const BEFORE = [
  'r1.size 18 @1 [000] spans:1', 'r1.ordinal 1 @1 [] derived', 'r1.total 18 @1 [] derived',
  'r2.size 30 @2 [000] spans:1', 'r2.ordinal 2 @2 [] derived', 'r2.total 48 @2 [] derived',
  'r3.size 30 @3 [000] spans:1', 'r3.ordinal 3 @3 [] derived', 'r3.total 78 @3 [] derived',
  'r4.size 37 @4 [000] spans:1', 'r4.ordinal 4 @4 [] derived', 'r4.total 115 @4 [] derived',
  'r5.size 31 @5 [000,004] spans:5', 'r5.disabled 3 @5 [004] spans:1', 'r5.chronically_ill 17 @5 [004] spans:1',
  'r5.ordinal 5 @5 [] derived', 'r5.total 146 @5 [] derived', 'r6.size 32 @6 [000,001] spans:4',
  'r6.men 24 @6 [000,001] spans:2', 'r6.women 8 @6 [000,001] spans:2', 'r6.over_50 9 @6 [000,001] spans:3',
  'r6.chronically_ill 17 @6 [001] spans:2', 'r6.disabled 1 @6 [001] spans:1', 'r6.with_children 17 @6 [001] spans:1',
  'r6.ordinal 6 @6 [000,001] spans:3', 'r6.total 178 @6 [000] spans:1', 'r7.size 29 @7 [002] spans:1',
  'r7.women 11 @7 [002] spans:1', 'r7.men 18 @7 [002] spans:1', 'r7.under_25 6 @7 [002] spans:1',
  'r7.pensioners 3 @7 [002] spans:1', 'r7.disabled 2 @7 [002] spans:1', 'r7.chronically_ill 15 @7 [002] spans:1',
  'r7.ordinal 7 @7 [002] spans:1', 'r7.total 207 @7 [] derived', 'r8.size 20 @8 [003] spans:2',
  'r8.women 11 @8 [003] spans:1', 'r8.chronically_ill 14 @8 [003] spans:1', 'r8.with_children 10 @8 [003] spans:1',
  'r8.men 9 @8 [] derived', 'r8.ordinal 8 @8 [] derived', 'r8.total 227 @8 [003] spans:1',
  'held.004 1278 [004] spans:1', 'held.000 1300 [000] spans:2', 'held.001 1200 [001] spans:2',
  'held.002 1300 [002] spans:1', 'held.003 1253 [003] spans:1', 'recognised 3600 [003] spans:1',
  'exiled 13000 [000,002] spans:2', 'arrested.2020 30000 [001] spans:1', 'arrested.week 100 [004] spans:1',
  'sentence.kastusyou 10 [000] spans:1', 'sentence.kalesnikava 11 [000] spans:1',
  'power.since 1994 [001,003] spans:2', 'power.years 30 [003] spans:1', 'term.2020 6 [001,004] spans:2',
  'term.2025 7 [001] spans:1', 'election.day 26 [003] spans:1'
];
const BEFORE_IDS = new Set(BEFORE.map((b) => b.split(' ')[0]));

describe("the seeds' KB against the one built before the records", () => {
  const describeFact = (f: Fact) => `${f.id} ${f.value}${f.round ? ` @${f.round}` : ''} [${f.statedIn.join(',')}] ${f.derivedFrom ? 'derived' : `spans:${f.provenance!.length}`}`;

  it('has the same facts, less the two provenance mistakes (the ordinals in other conventions are new)', () => {
    const now = seedsKb.facts.filter((f) => BEFORE_IDS.has(f.id)).map(describeFact);
    expect(now.filter((f) => !BEFORE.includes(f))).toEqual(['r5.size 31 @5 [000,004] spans:4', 'r8.total 227 @8 [] derived']);
    expect(BEFORE.filter((f) => !now.includes(f))).toEqual(['r5.size 31 @5 [000,004] spans:5', 'r8.total 227 @8 [003] spans:1']);
    expect(seedsKb.facts.filter((f) => !BEFORE_IDS.has(f.id)).every((f) => f.kind === 'round_ordinal' && f.convention !== 'since-start')).toBe(true);
  });

  it('keeps the values of the 2024 facts in the project\'s KB', () => {
    for (const f of seedsKb.facts) expect(fact(committed, f.id)?.value, f.id).toBe(f.value);
  });

  it('backs every stated fact only with spans that read its own value; a bound and a rounded quote are agreeing figures', () => {
    for (const f of seedsKb.facts) for (const span of f.provenance ?? []) expect(reads(seeds[span.file].slice(span.start, span.end)), `${f.id} at ${span.file} ${span.start}`).toBe(f.value);
    expect(fact(seedsKb, 'r8.total')).toMatchObject({ statedIn: [], derivedFrom: '18 + 30 + 30 + 37 + 31 + 32 + 29 + 20', basedOn: ['000', '001', '002', '003', '004'] });
    expect(seedsKb.agreeingFigures!.map((a) => [a.file.slice(0, 3), a.factId, a.stated, seeds[a.file].slice(a.location!.start, a.location!.end)])).toEqual([
      ['004', 'r5.size', 30, '30'],
      ['003', 'r8.total', 225, 'more than 225'],
      // 002's headline: "Hundreds" still held, a vague lower bound the counts of the time meet
      ['002', 'held.001', 100, 'Hundreds'],
    ]);
  });

  it('fails when a span reads another number than the fact it backs and no agreeing figure records it', () => {
    const kb = deriveKnowledge(loadRecords([], PROJECT_RECORDS, SEED_RECORDS_ONLY).records).kb;
    const noAgreeing = structuredClone(kb);
    noAgreeing.agreeingFigures = noAgreeing.agreeingFigures!.filter((a) => a.factId !== 'r5.size');
    expect(buildKnowledge(noAgreeing, seeds).problems).toEqual([
      expect.stringMatching(/^004_d117c2340bb0da57\.txt @\d+: figure "30" \(round_size\) reads 30, but the fact it agrees with, r5\.size, is 31/),
    ]);
    const stated = structuredClone(kb);
    Object.assign(stated.facts.find((f) => f.id === 'r8.total')!, { statedIn: ['003'], derivedFrom: undefined, basedOn: undefined });
    stated.agreeingFigures = stated.agreeingFigures!.filter((a) => a.factId !== 'r8.total');
    expect(buildKnowledge(stated, seeds).problems.join('\n')).toMatch(/figure "more than 225" \(running_total\) reads 225, but the fact it agrees with, r8\.total, is 227/);
  });
});

describe('time, derived from the records', () => {
  it('gives rounds 7 and 8 windows, not months; the project\'s ninth round (18 January 2025) closes the eighth\'s', () => {
    expect(seedsKb.rounds.map((r) => [r.round, r.monthGiven ?? true, r.window.from, r.window.to])).toEqual([
      [1, true, '2024-07-01', '2024-07-31'], [2, true, '2024-08-01', '2024-08-31'], [3, true, '2024-09-01', '2024-09-15'],
      [4, true, '2024-09-10', '2024-09-20'], [5, true, '2024-11-07', '2024-11-28'], [6, true, '2024-11-10', '2024-11-30'],
      [7, false, '2024-11-11', '2024-12-31'], [8, false, '2024-11-12', '2025-01-25'],
    ]);
    expect(seedsKb.rounds[6].timeReasoning).toMatch(/^No source gives its month; from 11 November 2024: it follows the sixth round; by 31 December 2024/);
    expect(committed.rounds[7].window).toEqual({ from: '2024-11-12', to: '2025-01-17' });
    expect(committed.rounds[7].timeReasoning).toContain('by 17 January 2025: it precedes the ninth round');
  });

  it('sets the horizon at the earliest date the latest report can have been written, with its reasons', () => {
    const calendar = seedsKb.calendar!;
    expect(calendar.horizonReasoning).toMatch(/003 \(seed report on the eighth round, Nov 2024 – Jan 2025\), on the eighth round\. It can have been written as early as 12 November 2024: .*follows the seventh, which follows the sixth, which can be no earlier than 10 November 2024: 000 .*mid-November/);
    expect(calendar.horizonReasoning).toMatch(/by 25 January 2025: 003 looks ahead to the election of 26 January 2025/);
    expect(committed.calendar!.horizonReasoning).toMatch(/^The latest report is k20 \(Radio Svaboda, 19 Mar 2026\), on the 26th round\. It can have been written as early as 19 March 2026/);
    // without the mid-November meeting in 000, the sixth round need only follow the fifth (a Thursday, 7 November at the
    // earliest), and the horizon moves with it
    const { records } = loadRecords([], PROJECT_RECORDS, SEED_RECORDS_ONLY);
    delete records.sources.find((s) => s.id === '000')!.notBefore;
    expect(deriveKnowledge(records).kb.calendar!.horizon).toBe('2024-11-10');
  });

  it('derives the calendar, the totals and the labels from the records, not from fixed words', () => {
    expect(committed.calendar).toMatchObject({ start: { month: '2024-07', words: 'July 2024' }, thisYear: { year: 2024, sources: ['000', '001', '002', '004'] }, election: { date: '2025-01-26', words: '26 January 2025' } });
    expect([fact(committed, 'r7.total')!.label, fact(committed, 'election.day')!.label, fact(committed, 'arrested.week')!.label, fact(committed, 'term.2025')!.label]).toEqual([
      'people pardoned since July 2024', 'day of the presidential election (January 2025)', 'people arrested in the week before the fifth round', 'term Lukashenka sought in the January 2025 election',
    ]);
    const { records } = loadRecords([]);
    records.rounds.find((r) => r.round === 1)!.time.month = '2024-06';
    records.calendar.election = { ...records.calendar.election!, date: '2025-02-26' };
    records.sources.find((s) => s.id === '004')!.aboutRound = 4;
    records.rounds.find((r) => r.round === 1)!.figures[0].value = 19;
    const { kb } = deriveKnowledge(records);
    expect([fact(kb, 'r7.total')!.label, fact(kb, 'election.day')!.label, fact(kb, 'arrested.week')!.label, kb.calendar!.start.words]).toEqual([
      'people pardoned since June 2024', 'day of the presidential election (February 2025)', 'people arrested in the week before the fourth round', 'June 2024',
    ]);
    expect([fact(kb, 'r1.total')!.value, fact(kb, 'r8.total')!.value, fact(kb, 'r8.total')!.derivedFrom]).toEqual([19, 228, '19 + 30 + 30 + 37 + 31 + 32 + 29 + 20']);
  });

  it('derives ordinals in three conventions from the order and the means of the rounds, numbering no negotiated or single release', () => {
    const ordinals = (round: number) => committed.facts.filter((f) => f.round === round && f.kind === 'round_ordinal').map((f) => [f.convention, f.value]);
    expect(ordinals(1)).toEqual([['since-start', 1], ['in-year', 1]]);
    expect(ordinals(9)).toEqual([['since-start', 9], ['decrees', 8], ['in-year', 1]]);
    expect(ordinals(14)).toEqual([['since-start', 11], ['decrees', 10], ['in-year', 3]]);
    expect(ordinals(15)).toEqual([]);
    expect(ordinals(25)).toEqual([['since-start', 16], ['decrees', 15], ['in-year', 2]]);
    // totals of pardons skip releases that were no new pardon (Statkevich, pardoned with the 52, freed in February 2026)
    expect([fact(committed, 'r21.total')!.value, fact(committed, 'r24.total')!.value, fact(committed, 'r26.total')!.value, fact(committed, 'r21.total.year')!.value]).toEqual([570, 593, 861, 343]);
    expect(committed.facts.filter((f) => f.kind === 'running_total' && !f.id.startsWith('r')).map((f) => [f.id, f.value, f.since, f.basis])).toEqual([
      ['total.k25', 569, '2024-07', 'pardons'], ['total.k25.2025', 342, '2025-01', 'pardons'], ['total.k12.recent', 156, '2025-11-20', 'pardons'], ['total.en30', 605, '2020', 'pardons'],
    ]);
    expect(committed.facts.filter((f) => f.round === 21 && f.kind === 'round_destination').map((f) => [f.subject, f.value, f.variantOf ?? null])).toEqual([
      ['Ukraine', 114, null], ['Lithuania', 9, null], ['Ukraine', 115, 'r21.destination.ukraine'], ['Lithuania', 8, 'r21.destination.lithuania'],
    ]);
  });

  it('names each source by its outlet and date, or a seed by what it is', () => {
    const cite = (id: string) => committed.articles.find((a) => a.id === id)!.cite;
    expect([cite('000'), cite('k14'), cite('en17')]).toEqual(['seed report on the sixth round, Nov 2024', 'BelTA, 30 Dec 2025', 'Ukrainska Pravda, 7 May 2025']);
  });

  it('says what is wrong with a records file, naming it', () => {
    const set: RecordSet = emptyRecordSet();
    const problems = addRecords(set, { sources: [{ id: '10', file: '100_x.txt', outlet: null, aboutRound: 0, reasoning: '' }] }, 'reports/records.json');
    expect(problems).toEqual([
      'reports/records.json: source 10: id must be the file name\'s first three characters.',
      'reports/records.json: source 10: aboutRound must be a round number.',
      'reports/records.json: source 10: reasoning is missing.',
    ]);
    expect(deriveKnowledge({ ...loadRecords([]).records, rounds: loadRecords([]).records.rounds.filter((r) => r.round !== 7) }).problems).toContain(
      'rounds must be numbered 1, 2, 3… without gaps or repeats; found round 8 where round 7 was expected.',
    );
  });
});

