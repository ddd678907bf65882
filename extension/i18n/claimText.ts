/**
 * A claim's explanation and the time it was judged against, in the interface's language, for the card and the popup.
 * Only the KB's facts, rounds and horizon come along (named imports: the articles, reasoning and ledger stay out of
 * the checker's bundle).
 */
import { calendar, facts, horizon, rounds } from '../../knowledge/kb.json';
import type { ClaimSummary } from '../messages';
import { describeRefersTo, explain, type ExplainKnowledge } from './explain';
import { message, uiLang, type Lang } from './i18n';

const KB = { facts, rounds, horizon, calendar } as unknown as ExplainKnowledge;
/** The explanations' words, from the browser's messages of the language (one lookup, so its writer is kept). */
const words = (name: string) => message(name);

type Explained = Pick<ClaimSummary, 'verdict' | 'reason' | 'kind' | 'value' | 'expected' | 'refersTo' | 'factIds'>;

/** What the KB holds about the claim: the engine's English sentence, or its Russian or Belarusian telling. */
export function explanationOf(claim: Explained, lang: Lang = uiLang()): string {
  return lang === 'en' ? claim.expected : explain(claim, lang, KB, words) ?? claim.expected;
}

/** The round or time the claim was judged against. */
export function judgedAgainst(refersTo: string, lang: Lang = uiLang()): string {
  return lang === 'en' ? refersTo : describeRefersTo(refersTo, lang, KB, words) ?? refersTo;
}
