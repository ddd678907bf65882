/**
 * The engine over the five source articles (read from ../shared/seeds at test time): it must find
 * every pardon and prisoner figure, flag exactly the statements the source-error ledger records,
 * and flag any one figure that is changed in a copy of an article.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../extension/engine/analyze';
import { isDiscrepancy } from '../../extension/engine/verdict';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { findNumbers } from '../../extension/engine/numbers';
import { ORDINAL_WORDS } from '../../extension/engine/time';
import type { Claim } from '../../extension/engine/types';
import { readSeeds } from '../helpers/seeds';

const seeds = readSeeds();
const analyse = (file: string, text: string) => analyzePage({ text, published: null, hasHeadline: !file.startsWith('000') }, kb);

/** The figures a careful reader finds in each article, as (kind, value): written from reading them, not from the engine. */
const EXPECTED_FIGURES: Record<string, [Claim['kind'], number][]> = {
  '000': [
    ['round_size', 32], ['prisoners_held', 1300], ['round_men', 24], ['round_women', 8], ['round_over_50', 9], ['round_ordinal', 6],
    ['running_total', 178], ['round_size', 31], ['round_size', 18], ['sentence_years', 10], ['round_size', 30], ['round_size', 30],
    ['round_size', 37], ['sentence_years', 11], ['exiled', 13000], ['prisoners_held', 1300],
  ],
  '001': [
    ['round_size', 32], ['prisoners_held', 1200], ['round_size', 32], ['round_ordinal', 6], ['round_ordinal', 6], ['in_power_since', 1994],
    ['term_number', 7], ['round_women', 8], ['round_men', 24], ['round_chronically_ill', 17], ['round_disabled', 1], ['round_over_50', 9],
    ['round_with_children', 17], ['round_size', 32], ['round_chronically_ill', 17], ['round_over_50', 9], ['prisoners_held', 1200],
    ['term_number', 6], ['arrested_crackdown', 30000],
  ],
  '002': [
    // the headline's "Hundreds Of Political Prisoners Remain": a vague lower bound, read as at least 100
    ['prisoners_held', 100], ['round_size', 29], ['round_women', 11], ['round_men', 18], ['round_under_25', 6], ['round_pensioners', 3], ['round_disabled', 2],
    ['round_chronically_ill', 15], ['round_ordinal', 7], ['running_total', 178], ['exiled', 13000], ['prisoners_held', 1300],
  ],
  '003': [
    ['round_size', 20], ['round_chronically_ill', 14], ['round_with_children', 10], ['round_women', 11], ['round_size', 20],
    ['running_total', 225], ['recognised_total', 3600], ['in_power_since', 1994], ['election_day', 26], ['prisoners_held', 1253],
    ['years_in_power', 30],
  ],
  '004': [
    ['round_size', 31], ['round_size', 31], ['round_size', 31], ['round_disabled', 3], ['round_chronically_ill', 17], ['term_number', 6],
    ['running_total', 115], ['round_size', 30], ['arrested_last_week', 100], ['prisoners_held', 1278],
  ],
};

describe.each(Object.keys(seeds))('source article %s', (file) => {
  const text = seeds[file];
  const report = analyse(file, text);
  const id = file.slice(0, 3);

  it('is on topic and finds every pardon and prisoner figure, words included', () => {
    expect(report.topic).toBe(true);
    expect(report.claims.map((c) => [c.kind, c.value])).toEqual(EXPECTED_FIGURES[id]);
  });

  it('flags exactly the statements the source-error ledger records, and nothing else', () => {
    const flagged = report.claims.filter((c) => isDiscrepancy(c.verdict)).map((c) => [c.kind, c.value]);
    const ledger = kb.sourceErrors.filter((e) => e.file === file).map((e) => [e.kind, e.stated]);
    expect(flagged).toEqual(ledger);
    expect(report.claims.filter((c) => c.verdict === 'unverifiable')).toEqual([]);
  });

  it('every span is the text at its offsets', () => {
    for (const claim of report.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.span);
  });

  it('flags any one figure changed in a copy of the article, and only that one', () => {
    for (const claim of report.claims) {
      const changed = mutate(text, claim);
      const after = analyse(file, changed.text);
      const moved = after.claims.find((c) => c.start === claim.start);
      expect(moved, `${id}: "${claim.span}" → "${changed.replacement}" should still be read`).toBeDefined();
      expect(isDiscrepancy(moved!.verdict), `${id}: "${claim.span}" → "${changed.replacement}" (${claim.kind}) got ${moved!.verdict}: ${moved!.expected}`).toBe(true);
      const othersBefore = report.claims.filter((c) => c.start !== claim.start).map((c) => c.verdict);
      const othersAfter = after.claims.filter((c) => c.start !== claim.start).map((c) => c.verdict);
      expect(othersAfter, `${id}: changing "${claim.span}" changed other verdicts`).toEqual(othersBefore);
    }
  });
});

/** Replaces the figure (not its hedge) with a clearly different one of the same form. */
function mutate(text: string, claim: Claim): { text: string; replacement: string } {
  const token = findNumbers(claim.span).at(-1)!;
  const at = claim.start + token.start;
  let replacement: string;
  if (token.ordinal) replacement = ORDINAL_WORDS[token.value + 2];
  else if (claim.kind === 'in_power_since') replacement = String(token.value - 5);
  else if (claim.kind === 'election_day') replacement = '12';
  else replacement = (token.value * 2 + 3).toLocaleString('en-US');
  return { text: text.slice(0, at) + replacement + text.slice(at + token.text.length), replacement };
}
