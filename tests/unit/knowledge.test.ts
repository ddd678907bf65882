import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledge, checkArithmetic, serialiseKnowledge } from '../../knowledge/buildKnowledge';
import { curatedKnowledge } from '../../knowledge/curated';
import type { KnowledgeBase } from '../../extension/engine/types';
import { readSeeds } from '../helpers/seeds';

const seeds = readSeeds();
const committed = readFileSync(join(__dirname, '../../knowledge/kb.json'), 'utf8');
const clone = (): KnowledgeBase => structuredClone(curatedKnowledge);

describe('knowledge build', () => {
  const { kb, problems } = buildKnowledge(curatedKnowledge, seeds);

  it('agrees with the sources and matches the committed kb.json byte for byte', () => {
    expect(problems).toEqual([]);
    expect(serialiseKnowledge(kb)).toBe(committed);
  });

  it('backs every stated fact with spans whose text is the figure at those offsets', () => {
    for (const fact of kb.facts.filter((f) => f.statedIn.length)) {
      expect(fact.provenance!.length, fact.id).toBeGreaterThan(0);
      for (const span of fact.provenance!) expect(seeds[span.file].slice(span.start, span.end)).toBe(span.span);
    }
  });

  it('locates both recorded source errors: 178 for 207, and 115 for 146', () => {
    expect(kb.sourceErrors.map((e) => [e.file.slice(0, 3), e.stated, e.corrected, seeds[e.file].slice(e.location!.start, e.location!.end)])).toEqual([
      ['002', 178, 207, '178'],
      ['004', 115, 146, '115'],
    ]);
  });

  it('fails and names the figure when a curated fact drifts from the sources', () => {
    const drifted = clone();
    drifted.facts.find((f) => f.id === 'r6.women')!.value = 9;
    const result = buildKnowledge(drifted, seeds);
    expect(result.problems.join('\n')).toMatch(/figure "eight" \(round_women\)/);
  });

  it('fails and names the figure when a source error is missing from the ledger', () => {
    const noLedger = clone();
    noLedger.sourceErrors = noLedger.sourceErrors.filter((e) => e.stated !== 178);
    const result = buildKnowledge(noLedger, seeds);
    expect(result.problems.join('\n')).toMatch(/002_fe5d04b7bb411df8\.txt @\d+: figure "178" \(running_total\) is outdated but not in the source-error ledger/);
  });

  it('fails when a source is missing', () => {
    const { [Object.keys(seeds)[0]]: _gone, ...rest } = seeds;
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
    const words = (s: string) => s.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    const grams = new Set<string>();
    for (const text of Object.values(seeds)) {
      const w = words(text);
      for (let i = 0; i + 9 <= w.length; i++) grams.add(w.slice(i, i + 9).join(' '));
    }
    const kbWords = words(committed);
    const shared = kbWords.map((_, i) => kbWords.slice(i, i + 9).join(' ')).filter((g) => grams.has(g));
    expect(shared).toEqual([]);
  });
});
