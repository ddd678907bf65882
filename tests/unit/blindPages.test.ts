/**
 * Floors on the blind page corpora (tests/corpus-blind): pages written from the knowledge base alone, measured once
 * before any rule was written from them. A change that brings back a false flag, misses a plant it used to flag, or
 * loses figures on them fails here; the figures are those of the set's last run, rounded down.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import { evaluateCorpus } from '../../scripts/evaluate';

interface Floor {
  set: string;
  maxFalseFlags: number;
  minPlantsFlagged: number;
  minRecall: number;
}

const FLOORS: Floor[] = [
  { set: 's15a', maxFalseFlags: 0, minPlantsFlagged: 6, minRecall: 0.82 },
  { set: 's15b', maxFalseFlags: 0, minPlantsFlagged: 6, minRecall: 0.84 },
  { set: 's15c', maxFalseFlags: 0, minPlantsFlagged: 4, minRecall: 0.85 },
  { set: 's15d', maxFalseFlags: 0, minPlantsFlagged: 3, minRecall: 0.85 },
  { set: 's16a', maxFalseFlags: 0, minPlantsFlagged: 5, minRecall: 0.9 },
  { set: 's16d', maxFalseFlags: 0, minPlantsFlagged: 5, minRecall: 0.9 },
  { set: 's17a', maxFalseFlags: 0, minPlantsFlagged: 4, minRecall: 0.79 },
  { set: 's17c', maxFalseFlags: 0, minPlantsFlagged: 4, minRecall: 0.8 },
  { set: 's18a', maxFalseFlags: 0, minPlantsFlagged: 3, minRecall: 0.87 },
  { set: 's19a', maxFalseFlags: 0, minPlantsFlagged: 5, minRecall: 0.91 },
  { set: 's19d', maxFalseFlags: 0, minPlantsFlagged: 3, minRecall: 0.78 },
  { set: 's20a', maxFalseFlags: 0, minPlantsFlagged: 4, minRecall: 0.8 },
  { set: 's20c', maxFalseFlags: 0, minPlantsFlagged: 5, minRecall: 0.76 },
  { set: 's21a', maxFalseFlags: 0, minPlantsFlagged: 5, minRecall: 0.81 },
  { set: 's21c', maxFalseFlags: 0, minPlantsFlagged: 6, minRecall: 0.84 },
  { set: 's21e', maxFalseFlags: 0, minPlantsFlagged: 7, minRecall: 0.85 },
  { set: 's22a', maxFalseFlags: 0, minPlantsFlagged: 7, minRecall: 0.9 },
  { set: 's22c', maxFalseFlags: 0, minPlantsFlagged: 3, minRecall: 0.84 },
  { set: 's22e', maxFalseFlags: 0, minPlantsFlagged: 4, minRecall: 0.54 },
];

describe.each(FLOORS)('the blind pages of $set', ({ set, maxFalseFlags, minPlantsFlagged, minRecall }) => {
  const { pages, scores } = evaluateCorpus(fileURLToPath(new URL(`../corpus-blind/${set}`, import.meta.url)), bundledKnowledge);

  it(`mark at most ${maxFalseFlags} true figure(s) wrong`, () => {
    const falseFlags = pages.flatMap((p) => p.falseFlags.map((c) => `${p.file}: "${c.span}" ${c.kind} ${c.verdict}`));
    expect(falseFlags.length, falseFlags.join('\n')).toBeLessThanOrEqual(maxFalseFlags);
  });

  it(`flag at least ${minPlantsFlagged} of the planted wrong figures`, () => {
    expect(scores.trueFlags).toBeGreaterThanOrEqual(minPlantsFlagged);
  });

  it(`are read to at least ${minRecall * 100} % of their figures, value and kind`, () => {
    expect(scores.extractionRecall).toBeGreaterThanOrEqual(minRecall);
  });
});
