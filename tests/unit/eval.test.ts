/** The accuracy thresholds over the annotated corpus (tests/corpus), as `npm run eval` reports them, and its strict scoring. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import type { Claim } from '../../extension/engine/types';
import { NOT_A_CLAIM, NOT_FOUND, evaluateCorpus, markerLabel, scorePage, stripMarkers, summarise, type Label } from '../../scripts/evaluate';
import { plantChange, readRealPage } from '../../scripts/evaluateReal';

/** the corpus's thresholds: no false flag, every planted discrepancy flagged, and these shares of figures */
const CORPUS_MIN_RECALL = 0.95;
const CORPUS_MIN_PRECISION = 0.95;
const CORPUS_MAX_FALSE_FLAGS = 0;

const CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));
const { pages, scores } = evaluateCorpus(CORPUS, bundledKnowledge);

describe('accuracy on the corpus', () => {
  it('has at least 40 pages, with planted discrepancies and negatives', () => {
    expect(scores.pages).toBeGreaterThanOrEqual(40);
    expect(scores.expectedFlags).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.expected.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it(`raises at most ${CORPUS_MAX_FALSE_FLAGS} false flags`, () => {
    const falseFlags = pages.flatMap((p) => p.falseFlags.map((c) => `${p.file}: "${c.span}" ${c.verdict}`));
    expect(falseFlags.length, falseFlags.join('\n')).toBeLessThanOrEqual(CORPUS_MAX_FALSE_FLAGS);
  });

  it('flags every planted discrepancy', () => {
    expect(pages.flatMap((p) => p.missedFlags.map((e) => `${p.file}: "${e.text}"`))).toEqual([]);
  });

  it(`reads at least ${CORPUS_MIN_RECALL * 100}% of the annotated figures with their value, and little else`, () => {
    expect(scores.extractionRecall).toBeGreaterThanOrEqual(CORPUS_MIN_RECALL);
    expect(scores.extractionPrecision).toBeGreaterThanOrEqual(CORPUS_MIN_PRECISION);
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

  it('reads an optional kind, and the figure with the engine’s number reader', () => {
    const { text, expected } = stripMarkers('[[eight|supported|round_women]] women, [[between 1,200 and 1,300]] held');
    expect(text).toBe('eight women, between 1,200 and 1,300 held');
    expect(expected[0]).toEqual({ start: 0, end: 5, text: 'eight', verdict: 'supported', kind: 'round_women' });
    expect(markerLabel(expected[0])).toMatchObject({ values: [8], kind: 'round_women', verdict: 'supported' });
    expect(markerLabel(expected[1]).values).toEqual([1200, 1300]);
  });
});

const claim = (start: number, end: number, value: number, kind: Claim['kind'], verdict: Claim['verdict'] = 'supported') =>
  ({ start, end, value, kind, verdict, reason: 'kb-match', span: '', quote: '', quoteStart: 0, hedge: null, refersTo: null, expected: '', sources: [], citations: [], factIds: [] }) as Claim;
const label = (start: number, end: number, value: number, verdict: Label['verdict'], kind?: string): Label => ({ start, end, text: '', values: [value], verdict, core: true, ...(kind ? { kind } : {}) });

describe('strict scoring', () => {
  it('counts a figure read as another number ("1,300" as 300) as a miss and a false reading, never found', () => {
    const score = scorePage([label(10, 15, 1300, 'supported')], [claim(12, 15, 300, 'prisoners_held', 'contradicted')]);
    expect(score.matches).toEqual([]);
    expect(score.missed).toHaveLength(1);
    expect(score.falseReadings).toHaveLength(1);
    expect(score.falseFlags).toHaveLength(1);
  });

  it('requires the label’s kind where it names one', () => {
    expect(scorePage([label(0, 2, 32, 'supported', 'round_size')], [claim(0, 2, 32, 'round_women')]).matches).toEqual([]);
    expect(scorePage([label(0, 2, 32, 'supported')], [claim(0, 2, 32, 'round_women')]).matches).toHaveLength(1);
  });

  it('matches one claim to one label', () => {
    const score = scorePage([label(0, 2, 32, 'supported')], [claim(0, 2, 32, 'round_size'), claim(1, 2, 32, 'round_size')]);
    expect(score.matches.map((m) => m.claim.start)).toEqual([0]);
    expect(score.falseReadings.map((c) => c.start)).toEqual([1]);
  });

  it('counts verdicts in a confusion matrix, a claim on a number not to be claimed as a false reading', () => {
    const labels = [label(0, 2, 32, 'supported'), label(5, 8, 178, 'outdated'), label(10, 14, 2024, null, 'not_a_claim'), label(20, 22, 29, 'unverifiable')];
    const page = scorePage(labels, [claim(0, 2, 32, 'round_size'), claim(5, 8, 178, 'running_total', 'contradicted'), claim(10, 14, 2024, 'in_power_since')]);
    const s = summarise([page]);
    expect(s.confusion).toEqual({ supported: { supported: 1 }, outdated: { contradicted: 1 }, [NOT_A_CLAIM]: { supported: 1 }, unverifiable: { [NOT_FOUND]: 1 } });
    expect([s.matched, s.falseReadings, s.unjudged, s.trueFlags, s.falseFlags, s.verdictAccuracy]).toEqual([2, 1, 1, 1, 0, 0.5]);
  });

  it('on a page off the topic, every claim is a false reading and every flag a false flag', () => {
    const page = scorePage([label(0, 2, 22, null, 'round_size')], [claim(0, 2, 22, 'round_size', 'contradicted')], false);
    expect([page.matches.length, page.falseReadings.length, page.falseFlags.length]).toEqual([0, 1, 1]);
  });
});

describe('real pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'real-pages-'));
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'en/01.txt'), 'URL: unknown\r\nOUTLET: Test Wire\r\nPUBLISHED: unknown (inferred 2024-12-09)\r\nLANG: en\r\n---\r\nBelarus frees 29\r\nLukashenko pardoned 29 political prisoners.\r\n');

  it('reads the header, the date also where it was inferred, and the body after the line ---', () => {
    const page = readRealPage(dir, 'en/01.txt');
    expect(page).toMatchObject({ url: null, outlet: 'Test Wire', published: '2024-12-09', lang: 'en' });
    expect(page.body.startsWith('Belarus frees 29\nLukashenko')).toBe(true);
  });

  it('plants a change the KB holds for no round (29 + 3 is the sixth round’s 32, so 33), and the engine flags it', () => {
    const page = readRealPage(dir, 'en/01.txt');
    const plant = plantChange(page, [{ ...label(14, 16, 29, 'supported', 'round_size'), text: '29' }], bundledKnowledge);
    expect(plant).toMatchObject({ from: '29', to: 33, flagged: true });
    expect(plant!.claim).toMatchObject({ start: 14, value: 33, verdict: 'contradicted' });
  });
});
