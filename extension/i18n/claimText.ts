/**
 * A claim's explanation and the time it was judged against, in the interface's language. Written in the background,
 * where the engine and the KB already are, so the checker in pages carries no KB (the card and the popup show what
 * arrives). Every language, English too, is written from the engine's finding (explain.ts); the engine's own English
 * (`expected`, `refersTo`, `citations`) is what a reader gets only when the writer cannot say it (a claim without a
 * finding, a fact or code the writer does not know).
 */
import { bundledKnowledge } from '../engine/bundledKnowledge';
import type { Claim } from '../engine/types';
import { describeJudgedAgainst, explain, nameSources, type ExplainKnowledge } from './explain';
import { message, uiLang, type Lang } from './i18n';

const KB = bundledKnowledge as unknown as ExplainKnowledge;
/** The explanations' words, from the browser's messages of the language (one lookup, so its writer is kept). */
const words = (name: string) => message(name);

/** the engine's claim: the finding each language is written from, and its English to fall back on */
type Explained = Pick<Claim, 'reason' | 'kind' | 'expected' | 'finding'>;

/** What the KB holds about the claim, told in the language from the finding. */
export function explanationOf(claim: Explained, lang: Lang = uiLang()): string {
  return explain(claim, lang, KB, words) ?? claim.expected;
}

/** The claim's sources as a reader of the language knows them: outlet and date, a seed report by its round. */
export function citationsOf(claim: Pick<Claim, 'sources' | 'citations'>, lang: Lang = uiLang()): string[] {
  return nameSources(claim.sources, lang, KB, words) ?? claim.citations;
}

/** The round(s) the claim was judged against, or null when none. */
export function judgedAgainst(claim: Pick<Claim, 'refersTo' | 'finding'>, lang: Lang = uiLang()): string | null {
  if (claim.refersTo === null) return null;
  return describeJudgedAgainst(claim, lang, KB, words) ?? claim.refersTo;
}
