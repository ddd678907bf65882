/** The accuracy thresholds over the annotated corpus (tests/corpus), as `npm run eval` reports them. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import { evaluateCorpus, stripMarkers } from '../../scripts/evaluate';

const CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));
const { pages, scores } = evaluateCorpus(CORPUS, bundledKnowledge);

describe('accuracy on the corpus', () => {
  it('has at least 40 pages, with planted discrepancies and negatives', () => {
    expect(scores.pages).toBeGreaterThanOrEqual(40);
    expect(scores.expectedFlags).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.expected.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it('raises no false flag', () => {
    expect(pages.flatMap((p) => p.falseFlags.map((c) => `${p.file}: "${c.span}" ${c.verdict}`))).toEqual([]);
  });

  it('flags every planted discrepancy', () => {
    expect(pages.flatMap((p) => p.missedFlags.map((e) => `${p.file}: "${e.text}"`))).toEqual([]);
  });

  it('extracts at least 95% of the annotated figures, and little else', () => {
    expect(scores.extractionRecall).toBeGreaterThanOrEqual(0.95);
    expect(scores.extractionPrecision).toBeGreaterThanOrEqual(0.95);
  });

  it('extracts nothing from the negative pages', () => {
    expect(pages.filter((p) => p.expected.length === 0).flatMap((p) => p.claims.map((c) => `${p.file}: "${c.span}"`))).toEqual([]);
  });
});

describe('corpus annotation', () => {
  it('strips markers and records where each figure stands', () => {
    const { text, expected } = stripMarkers('freed [[32]] and [[178|outdated]].');
    expect(text).toBe('freed 32 and 178.');
    expect(expected).toEqual([
      { start: 6, end: 8, text: '32', verdict: 'supported' },
      { start: 13, end: 16, text: '178', verdict: 'outdated' },
    ]);
  });
});
