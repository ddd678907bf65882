/**
 * The knowledge base as curated by hand from the five source reports in ../shared/seeds/.
 * Facts, figures, times and the reasoning behind them; never the articles' wording.
 * `npm run knowledge` checks every figure here against the sources and adds where each one stands.
 */
import type { Fact, Hedge, KnowledgeBase, PardonRound, SourceArticle, SourceError } from '../extension/engine/types';

export const SOURCE_FILES: Record<string, string> = {
  '000': '000_483bca0c125b6e3e.txt',
  '001': '001_6ee73988aa7d4c1f.txt',
  '002': '002_fe5d04b7bb411df8.txt',
  '003': '003_5eaec48f24377a3d.txt',
  '004': '004_d117c2340bb0da57.txt',
};

export const HORIZON = '2025-01-25';
const HORIZON_REASONING =
  'The latest report (003, on the eighth round) looks ahead to the 26 January 2025 election; nothing in the sources is later. ' +
  'Figures dated after 25 January 2025 are beyond what the KB knows.';

const articles: SourceArticle[] = [
  {
    file: SOURCE_FILES['000'], id: '000', outlet: null, aboutRound: 6,
    written: { from: '2024-11-15', to: '2024-11-30' },
    timeReasoning: 'Reports the 32 pardons and calls the round of 31 "earlier this month", a month 004 shows is November 2024 (a "this year" total of the 2024 rounds); it also reports a mid-November prison visit as past and the January 2025 election as ahead.',
  },
  {
    file: SOURCE_FILES['001'], id: '001', outlet: null, aboutRound: 6,
    written: { from: '2024-11-15', to: '2024-11-30' },
    timeReasoning: 'Same round as 000 (32 pardoned: 24 men, 8 women, 9 over 50; the sixth since July), so written at the same time; the election it calls upcoming is January 2025.',
  },
  {
    file: SOURCE_FILES['002'], id: '002', outlet: null, aboutRound: 7,
    written: { from: '2024-11-02', to: '2024-12-31' },
    timeReasoning: 'Calls its round the seventh and repeats the total after the sixth, so it follows the November round of 32; it calls the January election "next year\'s", so it was written in 2024. Credits AP for reporting.',
  },
  {
    file: SOURCE_FILES['003'], id: '003', outlet: null, aboutRound: 8,
    written: { from: '2024-11-03', to: '2025-01-25' },
    timeReasoning: 'Counts more than 225 pardoned since July, which is only true once the seventh round (207) and this round of 20 are in (227); it looks ahead to the 26 January 2025 election and links a piece on 2025.',
  },
  {
    file: SOURCE_FILES['004'], id: '004', outlet: null, aboutRound: 5,
    written: { from: '2024-11-01', to: '2024-11-20' },
    timeReasoning: 'Its round of 31 is the one 000 calls "earlier this month" (November 2024); announced on a Thursday; it counts "this year", so 2024, and it precedes the round of 32.',
  },
];

const round = (n: number, month: string, from: string, to: string, timeReasoning: string, part?: PardonRound['part']): PardonRound => ({ round: n, month, ...(part ? { part } : {}), window: { from, to }, timeReasoning });
const rounds: PardonRound[] = [
  round(1, '2024-07', '2024-07-01', '2024-07-31', '000 places the first round (18, with Ryhor Kastusyou) in July of the year it writes in, 2024.'),
  round(2, '2024-08', '2024-08-01', '2024-08-31', '000 places the second round (30) in August.'),
  round(3, '2024-09', '2024-09-01', '2024-09-15', '000 places the third round (30) in early September.', 'early'),
  round(4, '2024-09', '2024-09-10', '2024-09-30', '000 places the fourth round (37) in mid-September.', 'mid'),
  round(5, '2024-11', '2024-11-01', '2024-11-20', '000 calls it "earlier this month" in a November report; 004 reports it as announced on a Thursday.'),
  round(6, '2024-11', '2024-11-01', '2024-11-30', '000 and 001 report it after the round of 31 in the same month, November 2024.'),
  round(7, '2024-12', '2024-11-02', '2024-12-31', '002 reports it after the round of 32 and before the end of 2024 (the election is "next year").'),
  round(8, '2025-01', '2024-11-03', '2025-01-25', '003 reports it after the seventh round and before the 26 January 2025 election.'),
];

const approx = (text = 'approximately'): Hedge => ({ text, cls: 'approx' });
const hedge = (text: string, cls: Hedge['cls']): Hedge => ({ text, cls });
const windowOf = (id: string) => articles.find((a) => a.id === id)!.written;

type RoundFigure = [Fact['kind'], number, string[], string?, string[]?];
const ROUND_FIGURES: Record<number, { attributedTo?: string; figures: RoundFigure[] }> = {
  1: { figures: [['round_size', 18, ['000']]] },
  2: { figures: [['round_size', 30, ['000']]] },
  3: { figures: [['round_size', 30, ['000']]] },
  4: { figures: [['round_size', 37, ['000']]] },
  5: {
    attributedTo: "Lukashenka's office",
    figures: [['round_size', 31, ['000', '004']], ['round_disabled', 3, ['004']], ['round_chronically_ill', 17, ['004']]],
  },
  6: {
    attributedTo: 'the Pul Pervogo Telegram channel',
    figures: [
      ['round_size', 32, ['000', '001']], ['round_men', 24, ['000', '001']], ['round_women', 8, ['000', '001']],
      ['round_over_50', 9, ['000', '001']], ['round_chronically_ill', 17, ['001']], ['round_disabled', 1, ['001']],
      ['round_with_children', 17, ['001']],
    ],
  },
  7: {
    attributedTo: 'the presidential administration',
    figures: [
      ['round_size', 29, ['002']], ['round_women', 11, ['002']], ['round_men', 18, ['002']], ['round_under_25', 6, ['002']],
      ['round_pensioners', 3, ['002']], ['round_disabled', 2, ['002']], ['round_chronically_ill', 15, ['002']],
    ],
  },
  8: {
    attributedTo: "Lukashenka's press service",
    figures: [
      ['round_size', 20, ['003']], ['round_women', 11, ['003']], ['round_chronically_ill', 14, ['003']],
      ['round_with_children', 10, ['003']], ['round_men', 9, [], '20 pardoned of whom 11 women (003)', ['003']],
    ],
  },
};

export const KIND_LABELS: Record<Fact['kind'], string> = {
  round_size: 'people pardoned', round_women: 'women among them', round_men: 'men among them',
  round_chronically_ill: 'chronically ill among them', round_disabled: 'disabled among them',
  round_over_50: 'aged over 50 among them', round_under_25: 'aged under 25 among them',
  round_pensioners: 'pensioners among them', round_with_children: 'parents among them',
  round_with_disabled_children: 'parents of disabled children among them', round_married_couples: 'married couples among them',
  round_political: 'convicted on political or "extremism" charges among them', round_destination: 'sent to one country among them',
  round_ordinal: 'the ordinal of the round', running_total: 'people pardoned since July 2024',
  prisoners_held: 'political prisoners still held', recognised_since_2020: 'people recognised as political prisoners since 2020',
  exiled: 'people forced into exile since 2020', arrested_2020: 'people arrested in the 2020 protests',
  arrested_last_week: 'people arrested in the week before the fifth round', sentence_years: 'years of prison sentence',
  in_power_since: 'year Lukashenka took power', term_number: 'presidential term', years_in_power: "years of Lukashenka's rule",
  election_day: 'day of the presidential election (January 2025)',
};

function roundFacts(): Fact[] {
  const facts: Fact[] = [];
  let total = 0;
  const sizes: number[] = [];
  const sizeSources = new Set<string>();
  for (const r of rounds) {
    const { attributedTo, figures } = ROUND_FIGURES[r.round];
    for (const [kind, value, statedIn, derivedFrom, basedOn] of figures) {
      facts.push({ id: `r${r.round}.${kind.replace('round_', '')}`, kind, value, hedge: null, round: r.round, attributedTo, label: KIND_LABELS[kind], statedIn, ...(derivedFrom ? { derivedFrom, basedOn } : {}) });
    }
    const size = figures.find(([kind]) => kind === 'round_size')![1];
    sizes.push(size);
    total += size;
    for (const id of figures.find(([kind]) => kind === 'round_size')![2]) sizeSources.add(id);
    const basedOn = [...sizeSources].sort();
    const ordinalStated: Record<number, string[]> = { 6: ['000', '001'], 7: ['002'] };
    facts.push({
      id: `r${r.round}.ordinal`, kind: 'round_ordinal', value: r.round, hedge: null, round: r.round, label: KIND_LABELS.round_ordinal,
      statedIn: ordinalStated[r.round] ?? [], ...(ordinalStated[r.round] ? {} : { derivedFrom: 'the rounds 000 lists since July, in order, and the two reported after them (002, 003)', basedOn }),
    });
    const totalStated: Record<number, string[]> = { 6: ['000'], 8: ['003'] };
    facts.push({
      id: `r${r.round}.total`, kind: 'running_total', value: total, hedge: null, round: r.round, label: KIND_LABELS.running_total,
      statedIn: totalStated[r.round] ?? [], ...(totalStated[r.round] ? {} : { derivedFrom: sizes.join(' + '), basedOn }),
    });
  }
  return facts;
}

const contextFacts: Fact[] = [
  { id: 'held.004', kind: 'prisoners_held', value: 1278, hedge: null, window: windowOf('004'), attributedTo: 'Viasna', label: KIND_LABELS.prisoners_held, statedIn: ['004'] },
  { id: 'held.000', kind: 'prisoners_held', value: 1300, hedge: approx(), window: windowOf('000'), attributedTo: 'human rights organisations', label: KIND_LABELS.prisoners_held, statedIn: ['000'] },
  { id: 'held.001', kind: 'prisoners_held', value: 1200, hedge: hedge('over', 'lowerStrict'), window: windowOf('001'), attributedTo: 'human rights groups', label: KIND_LABELS.prisoners_held, statedIn: ['001'] },
  { id: 'held.002', kind: 'prisoners_held', value: 1300, hedge: approx(), window: windowOf('002'), attributedTo: 'human rights organisations', label: KIND_LABELS.prisoners_held, statedIn: ['002'] },
  { id: 'held.003', kind: 'prisoners_held', value: 1253, hedge: hedge('at least', 'lower'), window: windowOf('003'), attributedTo: 'rights groups', label: KIND_LABELS.prisoners_held, statedIn: ['003'] },
  { id: 'recognised', kind: 'recognised_since_2020', value: 3600, hedge: hedge('nearly', 'near'), window: windowOf('003'), attributedTo: 'rights groups', label: KIND_LABELS.recognised_since_2020, statedIn: ['003'] },
  { id: 'exiled', kind: 'exiled', value: 13000, hedge: hedge('at least', 'lower'), window: { from: '2024-11-15', to: '2024-12-31' }, label: KIND_LABELS.exiled, statedIn: ['000', '002'] },
  { id: 'arrested.2020', kind: 'arrested_2020', value: 30000, hedge: approx('some'), attributedTo: 'human rights organisations', label: KIND_LABELS.arrested_2020, statedIn: ['001'] },
  { id: 'arrested.week', kind: 'arrested_last_week', value: 100, hedge: hedge('over', 'lowerStrict'), window: windowOf('004'), attributedTo: 'Pavel Sapelka of Viasna', label: KIND_LABELS.arrested_last_week, statedIn: ['004'] },
  { id: 'sentence.kastusyou', kind: 'sentence_years', value: 10, hedge: null, subject: 'Kastusyou', label: 'years of Ryhor Kastusyou\'s sentence', statedIn: ['000'] },
  { id: 'sentence.kalesnikava', kind: 'sentence_years', value: 11, hedge: null, subject: 'Kalesnikava', label: 'years of Maryya Kalesnikava\'s sentence', statedIn: ['000'] },
  { id: 'power.since', kind: 'in_power_since', value: 1994, hedge: null, label: KIND_LABELS.in_power_since, statedIn: ['001', '003'] },
  { id: 'power.years', kind: 'years_in_power', value: 30, hedge: hedge('over', 'lowerStrict'), label: KIND_LABELS.years_in_power, statedIn: ['003'] },
  { id: 'term.2020', kind: 'term_number', value: 6, hedge: null, subject: 'won-2020', label: 'term Lukashenka claimed in the 2020 election', statedIn: ['001', '004'] },
  { id: 'term.2025', kind: 'term_number', value: 7, hedge: null, subject: 'sought-2025', label: 'term Lukashenka sought in the January 2025 election', statedIn: ['001'] },
  { id: 'election.day', kind: 'election_day', value: 26, hedge: null, label: KIND_LABELS.election_day, statedIn: ['003'] },
];

/** Source statements that are wrong, with the value that should have stood. */
const sourceErrors: SourceError[] = [
  {
    file: SOURCE_FILES['002'], kind: 'running_total', stated: 178, corrected: 207,
    why: 'The report on the seventh round repeats the total after the sixth round (178, as 000 gives it); adding this round\'s 29 makes 207 (18 + 30 + 30 + 37 + 31 + 32 + 29).',
  },
  {
    file: SOURCE_FILES['004'], kind: 'running_total', stated: 115, corrected: 146,
    why: 'The year\'s total in the report on the fifth round is the total after the fourth round (18 + 30 + 30 + 37); with this round\'s 31 it is 146.',
  },
];

export const curatedKnowledge: KnowledgeBase = {
  horizon: HORIZON,
  horizonReasoning: HORIZON_REASONING,
  articles,
  rounds,
  facts: [...roundFacts(), ...contextFacts],
  sourceErrors,
};
