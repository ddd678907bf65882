/**
 * Property tests (fast-check) on hostile text: long runs of digits and separators, number words in English, Russian
 * and Belarusian, hedges, group words, mixed scripts, and sentences tens of thousands of characters long, behind a
 * line that opens the topic gate so every reader runs. Whatever the text, the engine and the background's host end
 * with a sane answer: no throw, claims whose offsets lie inside the text and point at their own span and sentence,
 * verdicts and kinds from the known sets, values that are numbers. How long it takes is the bench's business
 * (npm run bench:engine), not a test's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineHost } from '../../extension/background/engineHost';
import { analyzePage } from '../../extension/engine/analyze';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { NUMERAL_FORMS } from '../../extension/engine/numbersCyrillic';
import { MAX_SENTENCE, splitSentences } from '../../extension/engine/sentences';
import type { Claim, ClaimKind } from '../../extension/engine/types';
import { VERDICTS } from '../../extension/settings/settings';

const OPENERS = [
  'Belarus: Lukashenko pardoned political prisoners, and ',
  'Беларусь: Лукашенко помиловал политзаключенных, и ',
  'Беларусь: Лукашэнка памілаваў палітвязняў, і ',
  'Lukashenka pardon — помилование — памілаванне: ',
];

const EN_WORDS = ['one', 'two', 'three', 'seven', 'twelve', 'nineteen', 'twenty', 'thirty-two', 'ninety', 'hundred', 'thousand', 'and', 'a', 'first', 'sixth', 'seventh', 'hundredth'];
const HEDGES = ['more than', 'over', 'about', 'nearly', 'at least', 'up to', 'some', 'an estimated', 'approx.', 'более', 'около', 'не менее', 'свыше', 'до', 'больш за', 'каля', 'звыш', 'прынамсі', 'амаль'];
const GROUP_WORDS = ['of them', 'among them', 'of those pardoned', 'thousands', 'hundreds of thousands', 'dozens', 'women', 'men', 'in total', 'since July',
  'из них', 'среди них', 'тысячи', 'сотни тысяч', 'десятки', 'женщин', 'мужчин', 'всего', 'с июля', 'з іх', 'сярод іх', 'тысячы', 'жанчын', 'усяго', 'з ліпеня'];
const SEPARATORS = [' ', ' ', ', ', '.', ',', ';', ' - ', '–', '\u00a0', '\u202f', '\u2009', '\u00ad', '\u200b', '-х ', '-я ', ' тыс. ', ' млн ', '(', ')', '«', '»', '"', '“', '”'];
/** Other scripts' digits and letters, marks and controls: read as no figure, or left alone, never misplaced */
const OTHER_SCRIPTS = ['٣٢', '३२', '𝟑𝟐', 'e\u0301', '\u0301', '\u200f', '\u202e', '\ufeff', 'İ', 'ß', 'ﬁ', 'Σ', '中文', '🇧🇾', 'і', 'ў', "сем'і", 'ё'];

/** phrases the engine reads as claims, so that the checks have claims to check among the noise */
const CLAIM_PHRASES = ['pardoned 32 people', 'freed 14 political prisoners', '1,300 political prisoners remain behind bars', 'помиловал 37 человек',
  'освобождены 18 политзаключенных', 'памілаваў 25 чалавек', 'вызвалены 16 палітвязняў'];

const digits = fc.stringMatching(/^\d{1,4}$/);
const token = fc.oneof(
  { weight: 4, arbitrary: digits },
  { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...EN_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMERAL_FORMS) },
  { weight: 2, arbitrary: fc.constantFrom(...HEDGES) },
  { weight: 2, arbitrary: fc.constantFrom(...GROUP_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_SCRIPTS) },
  { weight: 1, arbitrary: fc.constantFrom(...CLAIM_PHRASES) },
);
/** one run with no sentence end in it: tokens joined by spaces (a separator token may add its own) */
const run = fc.array(token, { minLength: 1, maxLength: 300 }).map((tokens) => tokens.join(' '));
const published = fc.option(fc.constantFrom('2024-07-04', '2024-11-21', '2025-03-01'), { nil: null });

/** every kind there is, typed so that a kind added to the engine must be added here */
const KIND_SET: Record<ClaimKind, true> = {
  round_size: true, round_women: true, round_men: true, round_chronically_ill: true, round_disabled: true,
  round_over_50: true, round_under_25: true, round_under_40: true, round_large_families: true, round_minors: true,
  round_pensioners: true, round_with_children: true, round_with_disabled_children: true, round_married_couples: true,
  round_political: true, round_destination: true, round_drug_offences: true, round_foreigners: true,
  round_nationals: true, running_total: true, round_ordinal: true, prisoners_held: true, recognised_total: true,
  decrees_signed: true, sentence_years: true, years_in_power: true, term_number: true, in_power_since: true,
  election_day: true, exiled: true, arrested_crackdown: true, arrested_last_week: true, newly_recognised: true,
};
const KINDS = new Set(Object.keys(KIND_SET));

/** What any answer must be, whatever the text. */
function expectSane(text: string, claims: Claim[]): void {
  let previousStart = -1;
  for (const claim of claims) {
    expect(Number.isInteger(claim.start) && Number.isInteger(claim.end)).toBe(true);
    expect(claim.start).toBeGreaterThanOrEqual(0);
    expect(claim.start).toBeLessThan(claim.end);
    expect(claim.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(claim.start, claim.end)).toBe(claim.span);
    // the figure stands inside its sentence, and the sentence is the text at its offsets
    expect(text.slice(claim.quoteStart, claim.quoteStart + claim.quote.length)).toBe(claim.quote);
    expect(claim.quoteStart).toBeLessThanOrEqual(claim.start);
    expect(claim.end).toBeLessThanOrEqual(claim.quoteStart + claim.quote.length);
    expect(VERDICTS).toContain(claim.verdict);
    expect(KINDS.has(claim.kind)).toBe(true);
    expect(Number.isFinite(claim.value)).toBe(true);
    expect(claim.expected.length).toBeGreaterThan(0);
    // claims come in page order
    expect(claim.start).toBeGreaterThanOrEqual(previousStart);
    previousStart = claim.start;
  }
}

describe('the engine on hostile text', () => {
  it('answers sanely for paragraphs of runs of digits, number words, hedges and group words in three scripts', () => {
    let claimsSeen = 0;
    fc.assert(
      fc.property(fc.constantFrom(...OPENERS), fc.array(run, { minLength: 1, maxLength: 4 }), published, (opener, paragraphs, date) => {
        const text = `${opener}${paragraphs.join('\n')}`;
        const report = analyzePage({ text, published: date }, kb);
        expect(report.topic).toBe(true);
        expectSane(text, report.claims);
        claimsSeen += report.claims.length;
      }),
      { numRuns: 150 },
    );
    // the text is hostile but not empty of claims: the checks above had claims to check
    expect(claimsSeen).toBeGreaterThan(0);
  });

  it('answers sanely for one sentence of 20,000 to 40,000 characters, and cuts it into bounded sentences', () => {
    let claimsSeen = 0;
    fc.assert(
      fc.property(fc.constantFrom(...OPENERS), run, fc.constantFrom(...CLAIM_PHRASES), fc.integer({ min: 20_000, max: 40_000 }), (opener, noise, claim, length) => {
        const chunk = `${noise} ${claim}, `;
        const body = chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length);
        const text = `${opener}${body}`;
        const { claims } = analyzePage({ text, published: null }, kb);
        expectSane(text, claims);
        claimsSeen += claims.length;
        const sentences = splitSentences(text);
        for (const sentence of sentences) expect(sentence.end - sentence.start).toBeLessThanOrEqual(MAX_SENTENCE);
        for (let i = 1; i < sentences.length; i++) expect(sentences[i].start).toBeGreaterThanOrEqual(sentences[i - 1].end);
      }),
      { numRuns: 6 },
    );
    expect(claimsSeen).toBeGreaterThan(0);
  }, 60_000); // a few hundred kilobytes in all: room for a machine shared with others, not a timing

  it('the background host answers with offsets into the text it was sent, and notes for every claim', () => {
    let claimsSeen = 0;
    fc.assert(
      fc.property(fc.constantFrom(...OPENERS), fc.array(run, { minLength: 1, maxLength: 3 }), (opener, paragraphs) => {
        const text = `${opener}${paragraphs.join('\n')}`;
        const host = new EngineHost(kb);
        const answer = host.analyze('1:0', { type: 'pardon-check/analyze', text, published: null, hasHeadline: false, sections: [] });
        for (const claim of answer.claims) {
          expect(0 <= claim.quoteStart && claim.quoteStart <= claim.start && claim.start < claim.end && claim.end <= claim.quoteEnd && claim.quoteEnd <= text.length).toBe(true);
          expect(answer.notes[claim.note]).toBeDefined();
          expect(VERDICTS).toContain(claim.verdict);
        }
        claimsSeen += answer.claims.length;
      }),
      { numRuns: 60 },
    );
    expect(claimsSeen).toBeGreaterThan(0);
  });
});
