/**
 * A claim's explanation and the time it was judged against, in the interface's language. Written in the background,
 * where the engine and the KB already are, so the checker in pages carries no KB (the card and the popup show what
 * arrives). English is the engine's own text; Russian and Belarusian are written from the engine's finding.
 */
import { bundledKnowledge } from '../engine/bundledKnowledge';
import type { Claim } from '../engine/types';
import { describeJudgedAgainst, explain, nameSources, type ExplainKnowledge } from './explain';
import { message, uiLang, type Lang } from './i18n';

const KB = bundledKnowledge as unknown as ExplainKnowledge;
/** The explanations' words, from the browser's messages of the language (one lookup, so its writer is kept). */
const words = (name: string) => message(name);

/** the engine's claim: its English and the finding other languages are written from */
type Explained = Pick<Claim, 'reason' | 'kind' | 'expected' | 'finding'>;

/** What the KB holds about the claim: the engine's English sentence, or its Russian or Belarusian telling. */
export function explanationOf(claim: Explained, lang: Lang = uiLang()): string {
  return lang === 'en' ? claim.expected : explain(claim, lang, KB, words) ?? claim.expected;
}

/** The claim's sources as a reader of the language knows them: outlet and date, a seed report by its round. */
export function citationsOf(claim: Pick<Claim, 'sources' | 'citations'>, lang: Lang = uiLang()): string[] {
  return lang === 'en' ? claim.citations : nameSources(claim.sources, lang, KB, words) ?? claim.citations;
}

/** The round(s) the claim was judged against, or null when none. */
export function judgedAgainst(claim: Pick<Claim, 'refersTo' | 'finding'>, lang: Lang = uiLang()): string | null {
  if (lang === 'en' || claim.refersTo === null) return claim.refersTo;
  return describeJudgedAgainst(claim, lang, KB, words) ?? claim.refersTo;
}
