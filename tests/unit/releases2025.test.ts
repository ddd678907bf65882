/**
 * Every release the KB holds after 2024, told in a short page written for this test (English and Russian), dated
 * the day of the release: its size is supported, and the same page with the size changed to one no release had is flagged.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../extension/engine/analyze';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';

/** releases of a group (a round is a group: one person's release is news about a person), dated to the day */
const releases = kb.rounds
  .filter((r) => r.window.from === r.window.to)
  .map((r) => ({ round: r.round, day: r.window.from, size: kb.facts.find((f) => f.kind === 'round_size' && f.round === r.round)?.value ?? 0 }))
  .filter((r) => r.size >= 2);

const sizes = new Set(kb.facts.filter((f) => f.kind === 'round_size').map((f) => f.value));

const english = (n: number) => `Belarus frees ${n} political prisoners\nAlyaksandr Lukashenka freed ${n} political prisoners, his press service said.`;
const russian = (n: number) => `Лукашенко помиловал ${n} человек\nПрезидент Беларуси помиловал ${n} осуждённых, сообщила его пресс-служба.`;
const sizeVerdicts = (text: string, day: string) => analyzePage({ text, published: day, hasHeadline: true }, kb).claims.filter((c) => c.kind === 'round_size').map((c) => c.verdict);

describe('short pages about each release after 2024', () => {
  it('cover the releases of the KB', () => {
    expect(releases.length).toBeGreaterThanOrEqual(12);
  });

  for (const [lang, page] of [['English', english], ['Russian', russian]] as const) {
    it.each(releases)(`${lang}: the release of $day ($size freed) is supported, and flagged when its size is changed`, ({ day, size }) => {
      expect(sizeVerdicts(page(size), day)).toEqual(['supported', 'supported']);
      // (changed to a size no release holds: a size an earlier release had may be that release, recalled)
      let wrong = size + 3;
      while (sizes.has(wrong)) wrong++;
      const changed = sizeVerdicts(page(wrong), day);
      expect(changed.length).toBe(2);
      expect(changed.every((v) => v === 'contradicted')).toBe(true);
    });
  }
});
