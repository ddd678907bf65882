/**
 * The targets of issues 15 and 16 on the real pages (../shared/real-pages, labels in tests/real/labels.*.json),
 * tuned and held-out pages together, scored strictly (a figure counts as read only with its value and kind).
 * Skipped while a labels file does not exist; the corpus's own thresholds are in eval.test.ts.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_FILES } from '../../scripts/evaluateReal';
import { ENGLISH_LABELS, languagePages, where } from '../helpers/realPages';

interface Targets {
  /** share of the core labelled figures (round sizes, compositions, ordinals, totals, prisoner counts) read right */
  minCoreRecall: number;
  /** contradicted/outdated on a figure a careful reader would not flag */
  maxFalseFlags: number;
  /** share of planted changes (an exact round size, composition or total rewritten) the engine must flag */
  minPlantsFlagged: number;
}

// floors, not targets: issue 24 asks 90 % (English) and 85 % (Russian, Belarusian); the tuned pages read 97.9 %,
// 97.1 % and 92.9 % (docs/accuracy.md lists what is missed). False flags and plants are the targets.
const TARGETS: [lang: string, name: string, labels: string, targets: Targets][] = [
// Plants on 2025-26 pages came with the KB through March 2026: a few land where the engine honestly cannot pin the
// figure (a count since 2020, a Q&A page's sum, a figure the reader does not read once changed); docs/accuracy.md.
  ['en', 'English', ENGLISH_LABELS, { minCoreRecall: 0.96, maxFalseFlags: 0, minPlantsFlagged: 0.89 }],
  ['ru', 'Russian', LABEL_FILES[1], { minCoreRecall: 0.95, maxFalseFlags: 0, minPlantsFlagged: 0.9 }],
  ['be', 'Belarusian', LABEL_FILES[1], { minCoreRecall: 0.9, maxFalseFlags: 0, minPlantsFlagged: 1 }],
];

describe.each(TARGETS)('real %s pages, tuned', (lang, name, labels, targets) => {
  const pages = languagePages(lang, labels);

  it.skipIf(!existsSync(labels))(`has labelled ${name} pages`, () => {
    expect(pages().pages.length).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(!existsSync(labels))(`reads at least ${targets.minCoreRecall * 100}% of the core figures with their value and kind`, () => {
    const { pages: all, scores } = pages();
    const missed = all.flatMap((p) => p.missed.filter((l) => l.core).map((l) => where(p, l)));
    expect(scores.coreRecall, `missed core figures:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(targets.minCoreRecall);
  });

  it.skipIf(!existsSync(labels))(`raises at most ${targets.maxFalseFlags} false flags`, () => {
    const { pages: all, scores } = pages();
    const falseFlags = all.flatMap((p) => p.falseFlags.map((c) => `${where(p, c)}: ${c.expected}`));
    expect(scores.falseFlags, `false flags:\n${falseFlags.join('\n')}`).toBeLessThanOrEqual(targets.maxFalseFlags);
  });

  it.skipIf(!existsSync(labels))('flags a round figure changed in a copy of each on-topic page', () => {
    const { pages: all, plants } = pages();
    expect(plants.possible).toBeGreaterThan(0);
    const unflagged = all.flatMap((p) => (p.plant && !p.plant.flagged ? [`${where(p, p.plant.label)} → ${p.plant.to}: ${p.plant.claim?.verdict ?? 'not read'}`] : []));
    expect(plants.flagged / plants.possible, `planted changes not flagged:\n${unflagged.join('\n')}`).toBeGreaterThanOrEqual(targets.minPlantsFlagged);
  });
});

it('the English set has pages off the topic, where nothing may be flagged', () => {
  const { pages } = languagePages('en', ENGLISH_LABELS)();
  expect(pages.some((p) => !p.onTopic)).toBe(true);
});
