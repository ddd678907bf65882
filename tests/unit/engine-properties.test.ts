/**
 * Property-based tests (fast-check): whatever text a page holds, the engine never throws, every offset
 * lies inside the text, and every span is exactly the text at its offsets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../extension/engine/analyze';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { findNumbers } from '../../extension/engine/numbers';

/** Pieces that make text interesting for this engine: topic words, figures in every style, and hostile characters. */
const piece = fc.oneof(
  fc.constantFrom(
    'Belarus', 'Lukashenko', 'pardoned', 'political prisoners', 'remain behind bars', 'since July', 'the total to', 'women', 'men',
    'over', 'nearly', 'at least', 'approximately', 'thirty-two', 'sixth', 'seventh round', 'In August', 'earlier this month', '(',
    ')', '.', ',', ';', '\n', ' ', '“', '”', '"', '1,300', '1.300', '1\u00a0300', '1\u202f300', '178', '32', '1994', 'January 26',
    '\u00ad', '\u200b', '\u200f', '\u202e', '\u0301', '٣٢', '३२', '𝟑𝟐', 'e\u0301', '\ufeff', '\u2028',
  ),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^\d{1,40}$/),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const pageText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));
const published = fc.option(fc.constantFrom('2024-07-04', '2024-11-21', '2024-12-10', '2025-03-01', '2023-01-01'), { nil: null });

describe('engine properties', () => {
  it('never throws; offsets lie inside the text; spans and quotes equal the text at their offsets', () => {
    fc.assert(
      fc.property(pageText, published, fc.boolean(), (text, date, hasHeadline) => {
        const report = analyzePage({ text: `Belarus pardons political prisoners\n${text}`, published: date, hasHeadline }, kb);
        const full = `Belarus pardons political prisoners\n${text}`;
        for (const claim of report.claims) {
          expect(claim.start).toBeGreaterThanOrEqual(0);
          expect(claim.end).toBeLessThanOrEqual(full.length);
          expect(claim.start).toBeLessThan(claim.end);
          expect(full.slice(claim.start, claim.end)).toBe(claim.span);
          expect(full.slice(claim.quoteStart, claim.quoteStart + claim.quote.length)).toBe(claim.quote);
          expect(['supported', 'contradicted', 'outdated', 'unverifiable']).toContain(claim.verdict);
          expect(claim.expected.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('number tokens always point at their own text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        for (const token of findNumbers(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
      }),
      { numRuns: 400 },
    );
  });

  it('survives adversarial inputs: a 10,000-digit run, a million-character paragraph, only marks and controls', () => {
    const digits = '9'.repeat(10_000);
    const long = `Lukashenko pardoned 32 political prisoners. ${'word '.repeat(200_000)}`;
    const marks = '\u200f\u202e\u0301\u200b\ufeff'.repeat(10_000);
    for (const text of [`Belarus pardoned ${digits} political prisoners`, long, `Belarus pardon ${marks}`, '', '\n\n\n']) {
      const report = analyzePage({ text, published: null }, kb);
      for (const claim of report.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.span);
    }
  });

  it('does not read non-ASCII digits as figures it cannot place (they are left alone, not misread)', () => {
    const report = analyzePage({ text: 'Belarus\nLukashenko pardoned ٣٢ political prisoners.', published: null }, kb);
    expect(report.claims).toEqual([]);
  });
});
