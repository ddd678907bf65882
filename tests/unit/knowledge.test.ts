import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledge, checkArithmetic, serialiseKnowledge } from '../../knowledge/buildKnowledge';
import { buildFromSources, DEFAULT_FOLDERS } from '../../knowledge/build';
import { curatedKnowledge } from '../../knowledge/curated';
import { loadRecords, readSources, SEED_RECORDS_ONLY } from '../../knowledge/records';
import type { KnowledgeBase } from '../../extension/engine/types';
import { readSeeds, SEEDS_DIR } from '../helpers/seeds';

/**
 * The committed kb.json is the project's records (the seeds of 2024 and the reports of 2025-26) checked against
 * their texts: ../shared/seeds and ../shared/kb-sources (with the real-pages folder beside it for "rp:" files).
 */
const seeds = readSeeds();
const committed = readFileSync(join(__dirname, '../../knowledge/kb.json'), 'utf8');
const texts = readSources(loadRecords(DEFAULT_FOLDERS).records, DEFAULT_FOLDERS).texts;
const clone = (): KnowledgeBase => structuredClone(curatedKnowledge);
const seedsOnly = buildFromSources([SEEDS_DIR], SEED_RECORDS_ONLY);

describe('knowledge build', () => {
  const { kb, problems } = buildKnowledge(curatedKnowledge, texts);

  it('agrees with the sources and matches the committed kb.json byte for byte', () => {
    expect(problems).toEqual([]);
    expect(serialiseKnowledge(kb)).toBe(committed);
  });

  it('is what the documented command builds from the default folders', () => {
    const built = buildFromSources(DEFAULT_FOLDERS);
    expect(built.problems).toEqual([]);
    expect(serialiseKnowledge(built.kb)).toBe(committed);
  });

  it('backs every stated fact with spans whose text is the figure at those offsets', () => {
    for (const fact of kb.facts.filter((f) => f.statedIn.length)) {
      expect(fact.provenance!.length, fact.id).toBeGreaterThan(0);
      for (const span of fact.provenance!) expect(texts[span.file].slice(span.start, span.end), fact.id).toBe(span.span);
    }
  });

  it('locates the recorded source errors: 178 for 207, 115 for 146, "the first of 2025" for the third and "the seventh since June 2024" for the eleventh', () => {
    expect(kb.sourceErrors.map((e) => [e.file.slice(0, 3), e.stated, e.corrected, texts[e.file].slice(e.location!.start, e.location!.end)])).toEqual([
      ['002', 178, 207, '178'],
      ['004', 115, 146, '115'],
      ['rp:', 1, 3, 'first'],
      ['rp:', 7, 11, 'seventh'],
    ]);
    expect(kb.nameErrors!.map((n) => [n.name, n.placedIn, n.actually, texts[n.file].slice(n.location!.start, n.location!.end)])).toEqual([['Ihar Losik', 15, 17, 'Ihar Losik']]);
  });

  it('builds the seeds alone (their records without those of 2025-26) with the two seed errors', () => {
    expect(seedsOnly.problems).toEqual([]);
    expect(seedsOnly.kb.sourceErrors.map((e) => [e.file.slice(0, 3), e.stated, e.corrected])).toEqual([['002', 178, 207], ['004', 115, 146]]);
    expect(seedsOnly.kb.rounds).toHaveLength(8);
  });

  it('fails and names the figure when a curated fact drifts from the sources', () => {
    const drifted = clone();
    drifted.facts.find((f) => f.id === 'r6.women')!.value = 9;
    const result = buildKnowledge(drifted, texts);
    expect(result.problems.join('\n')).toMatch(/figure "eight" \(round_women\)/);
  });

  it('fails and names the figure when a source error is missing from the ledger', () => {
    const noLedger = clone();
    noLedger.sourceErrors = noLedger.sourceErrors.filter((e) => e.stated !== 178);
    const result = buildKnowledge(noLedger, texts);
    expect(result.problems.join('\n')).toMatch(/002_fe5d04b7bb411df8\.txt @\d+: figure "178" \(running_total\) is \w+ but not in the source-error ledger/);
  });

  it('fails when the records give an offset where the text reads another figure', () => {
    const moved = clone();
    const fact = moved.facts.find((f) => f.provenance?.some((p) => p.unread))!;
    fact.provenance = fact.provenance!.map((p) => ({ ...p, start: p.start + 1 }));
    expect(buildKnowledge(moved, texts).problems.join('\n')).toMatch(new RegExp(`fact ${fact.id.replace(/\./g, '\\.')}`));
  });

  it('fails when a source is missing', () => {
    const { [Object.keys(seeds)[0]]: _gone, ...rest } = texts;
    expect(buildKnowledge(curatedKnowledge, rest).problems.join('\n')).toMatch(/source file is missing/);
  });

  it('checks that rounds add up to totals and compositions to round sizes', () => {
    expect(checkArithmetic(curatedKnowledge)).toEqual([]);
    const broken = clone();
    broken.facts.find((f) => f.id === 'r7.total')!.value = 178;
    broken.facts.find((f) => f.id === 'r6.men')!.value = 25;
    expect(checkArithmetic(broken)).toEqual([
      'round 6: 8 women + 25 men ≠ 32 pardoned.',
      'round 7: the total 178 does not equal the sum of round sizes so far, 207.',
      'source error in 002_fe5d04b7bb411df8.txt: the corrected value 207 is not a KB fact.',
    ]);
  });

  it('carries figures and provenance, never the articles\' sentences (no 9-word run in common)', () => {
    const words = (s: string) => s.toLowerCase().match(/[\p{L}0-9']+/gu) ?? [];
    const grams = new Set<string>();
    for (const text of Object.values(texts)) {
      const w = words(text);
      for (let i = 0; i + 9 <= w.length; i++) grams.add(w.slice(i, i + 9).join(' '));
    }
    const kbWords = words(committed);
    const shared = kbWords.map((_, i) => kbWords.slice(i, i + 9).join(' ')).filter((g) => grams.has(g));
    expect(shared).toEqual([]);
  });
});
