/**
 * The real pages live outside the project (../shared/real-pages) and their labels in tests/real; tests read both at
 * test time. A labels file that does not exist yet makes its tests skip; a missing pages folder fails clearly.
 */
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import { evaluateRealPages, groupScores, LABEL_FILES, plantCounts, type RealPageResult } from '../../scripts/evaluateReal';

/** EN_LABELS=path points the tests at another English labels file (a draft under /tmp while labelling) */
export const ENGLISH_LABELS = process.env.EN_LABELS ?? LABEL_FILES[0];

/**
 * The labelled pages of one language, scored strictly, computed once. Only the tuned pages: the set-aside pages
 * (tests/real/set-aside.json) are a check on rules written without them, reported in aggregate by `npm run eval`.
 */
export function languagePages(lang: string, labelFile: string) {
  let result: { pages: RealPageResult[]; scores: ReturnType<typeof groupScores>; plants: ReturnType<typeof plantCounts> } | undefined;
  return () => {
    if (!result) {
      const pages = evaluateRealPages(bundledKnowledge, { labelFiles: [labelFile] }).pages.filter((p) => p.page.lang === lang && !p.heldOut);
      result = { pages, scores: groupScores(pages), plants: plantCounts(pages) };
    }
    return result;
  };
}

/**
 * "file @offset value kind", for assertion messages (no page text). A set-aside page (tests/real/set-aside.json) is
 * never described: its failures are counted, so that no rule is tuned on it.
 */
export const where = (p: RealPageResult, at: { start: number; value?: number; values?: number[]; kind?: string; verdict?: string | null }) =>
  p.heldOut ? 'a set-aside page' : `${p.page.file} @${at.start} ${at.value ?? at.values?.[0]} ${at.kind ?? ''} ${at.verdict ?? ''}`.trim();
