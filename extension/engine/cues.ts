/**
 * Word patterns that tell what a figure counts and when, in English. Lower-case text in, booleans or matches out.
 * The words come from the English pack (lang/en.ts, EN_CUES); the rules that combine them are here.
 */
import type { CategoryKind } from './lang/index';
import { en, EN_CUES as C } from './lang/en';

/** any of the words, as whole words */
const anyWord = (words: readonly string[]): RegExp => new RegExp(`\\b(?:${words.join('|')})\\b`);

export const MONTHS = en.months;
const MONTH = `(${MONTHS.join('|')})`;
/** "in early September, ", "on 13 December, ", "by July 3, 2025, ": a list item's time, right before its figure */
export const ITEM_TIME_BEFORE = new RegExp(`(?:(?:^|[;:]|,\\s*and|\\band)\\s*(?:in|on|by)\\s+(?:early\\s+|mid(?:-|\\s+)?|late\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d\\d)?,|`
  // ("January 18: 23 people", "7 May — 42": a timeline's line, its date first)
  + `^\\s*(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d\\d)?\\s*(?::|\\s[—–-]))\\s*$`);
/** "in early September", "on 13 December": a time right after a figure */
export const ITEM_TIME_AFTER = new RegExp(`^\\s*(?:in|on|by)\\s+(?:early\\s+|mid(?:-|\\s+)?|late\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\b`);

export const PARDON = anyWord(C.pardon);
/** a verb of release right before the figure, allowing "an additional", "another" and a hedge in between */
export const PARDON_VERB_BEFORE = new RegExp(`\\b(?:${C.pardonVerbBefore.join('|')}):?\\s+(?:(?:an\\s+)?additional\\s+|another\\s+|a further\\s+|a group of\\s+|a total of\\s+)?(?:[a-z]+\\s+){0,2}$`);
export const HELD = anyWord(C.held);
/** "1,253 remain behind bars", "over 1,200 are still in jail": a count of those held, its noun left implicit */
// ("1,140 people remain behind bars": the people noun may come first)
export const HELD_AFTER = new RegExp(`^\\s*(?:(?:people|persons|individuals|belarusians)\\s+)?(?:are\\s+|were\\s+)?(?:still\\s+)?(?:${C.heldAfter.join('|')})\\b`);
export const TOTAL = anyWord(C.total);
/** a total over another period than the KB's (since 2020, "in four years", "over the years"): another basis */
export const OTHER_PERIOD = anyWord(C.otherPeriod);
/** people held for their politics, whatever the words: "political prisoners", "1,400 people behind bars for political activity" */
export const POLITICAL_PRISONERS = /\b(?:political prisoners?|opposition activists|prisoners of conscience|political detainees|on political (?:grounds|charges)|for political reasons|politically motivated)\b|\b(?:people|persons|prisoners)\b[^.;]{0,60}\bfor (?:their )?(?:political (?:activity|activities|views|reasons)|voicing dissent|dissent|their views|political motives)\b|\bprisoners\b[^.;]{0,80}\b(?:viasna|vyasna|human rights (?:cent(?:er|re)|group|organi[sz]ation)s?)\b|\b(?:people|prisoners) in (?:lukashenk[oa](?:'s|’s)|belarusian|belarus(?:'s|’s)?) (?:prisons|jails|colonies)\b/;
export const RECOGNISED = /\brecogni[sz]e[ds]?\b/;
export const SINCE = anyWord(C.since);
export const TOTAL_BEFORE = /(?:^(?:in all|in total|altogether|all told|by now|as of (?:today|now)|up to now),?|[,;:—–]\s*(?:in all|in total|altogether|all told|by now),?|\btotal(?: number)?(?: of)?(?: [a-z0-9' ]+?)?\s+(?:to|of|at|reached|reaches|reaching|stands at|stood at|rose to|rises to|climbs to|hits|now|is|was)|\bto|\ba total of|\bsum of|\btally (?:to|of|at)|\btotal[a-z ]*:|\b(?:number|count|tally) (?:of (?:people |those |prisoners )?)?(?:pardoned|freed|released)\b[^.;]{0,40}?\b(?:now|stands at|stood at|is|was|reached|reaches|has reached|numbers?)|\bpardons (?:since|this year)\b[a-z0-9 ]{0,20}?\bnumber(?:ed)?|\b(?:now\s+)?total(?:s|led)?|\bthe figure (?:is|was|stands at|stood at|now stands at|is now)|\bput(?:s|ting)? the (?:number|total|tally|count) of (?:people |those )?(?:freed|pardoned|released)\b[^.;]{0,60}?\bat)\s+$/;
/**
 * The figure is the subject of a release: "37 were let go", "32 political prisoners pardoned by…",
 * "a further 20 detainees are to be released", headline-style "32 freed".
 */
const PARDONED_AFTER_PATTERN = (() => {
  const noun = `(?:${C.pardonedSubjects.join('|')})`;
  // words between the noun and the verb, but never an active clause's subject or auxiliary ("…, Lukashenko has pardoned")
  const filler = `(?!(?:${C.notASubject.join('|')})\\b)[a-z’'"“”-]+`;
  // an adverb may sit between: "have been reportedly released"
  const aux = `(?:${C.pardonedAuxiliaries.join('|')})(?:\\s+[a-z]+ly)?`;
  // the verb may stand in quotation marks: "have been “pardoned,”"
  const verb = `["“‘']?(?:${C.pardonedVerbs.join('|')})`;
  // an apposition may stand between the subject and its verb: "123 prisoners, among them Bialiatski, walked free"
  // (or between dashes: "250 people — the largest group freed at once — walked out")
  const apposition = `(?:\\s*,[^,.;:()]{1,70},|\\s*[—–][^—–.;:()]{1,70}[—–]|\\s*\\([^().;:]{1,70}\\))?`;
  // (an aside may follow the figure itself: "the first 18 (several of them seriously ill) walked free")
  return new RegExp(`^\\s*(?:(?:${noun}\\s+){0,2}${noun}${apposition}\\s+(?:${filler}\\s+){0,4}?(?:${aux}\\s+)?|${apposition}\\s*(?:${aux}\\s+)?)${verb}\\b`);
})();
/** any of the verbs at all: a flat scan that spares the pattern's backtracking for the many figures with none near */
const PARDONED_VERB_ANYWHERE = new RegExp(`(?:${C.pardonedVerbs.join('|')})`);
export const PARDONED_AFTER = { test: (after: string): boolean => PARDONED_VERB_ANYWHERE.test(after) && PARDONED_AFTER_PATTERN.test(after) };
export const PEOPLE_AFTER = new RegExp(`^\\s*(?:of\\s+)?(?:${C.peopleModifiers.map((word) => `${word}\\s+`).join('|')})?(?:${C.peopleAfter.join('|')})\\b`);
export const ARREST = anyWord(C.arrest);
export const PRONOUN_GROUP = anyWord(C.pronounGroup);
export const FOREIGN_NATIONALS = new RegExp(`\\b(?:foreign (?:nationals?|citizens?)|foreigners|(?:${C.foreignNationalities.join('|')}) (?:nationals?|citizens?))\\b`);
export const OTHER_COUNTRIES = anyWord(C.otherCountries);
/** countries whose news a headline is about (not the ones Belarus's freed are taken to: Lithuania, Ukraine, Poland, the US) */
export const HEADLINE_COUNTRIES = anyWord(C.otherCountries.filter((w) => !/^(?:lithuania|ukraine|poland|united states)$/.test(w)));
export const DECREE = /\bdecree/;
/** superlatives a span after them measures, and verbs of a closing attribution (the pack's words) */
export const SUPERLATIVES = C.superlatives;
export const ATTRIBUTION_VERBS = C.attributionVerbs;
/** those freed taken out of the country (the pack's words) */
export const RELEASE_JOURNEY = new RegExp(`\\b(?:${C.releaseJourney.join('|')})\\b`);

/** the months but May, where a month may stand without a preposition or day ("may" is also a verb: "may release") */
const MONTH_NOT_MAY = `(${MONTHS.filter((m) => m !== 'may').join('|')})`;
/** AP style abbreviates a month before its day ("Sept. 11", "Dec. 13"): each abbreviation and its month */
const ABBREVIATED_MONTHS: Record<string, number> = { jan: 1, feb: 2, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const MONTH_ABBREVIATION = `(?:${Object.keys(ABBREVIATED_MONTHS).join('|')})\\.`;
const ABBREVIATED = new RegExp(`\\b(${Object.keys(ABBREVIATED_MONTHS).join('|')})\\.`);
/** the month of an AP abbreviation right before a day ("dec." in "Dec. 30"), or null */
export const monthOfAbbreviation = (word: string): number | null => ABBREVIATED_MONTHS[word] ?? null;
/** the month a cue names, by its full name or its abbreviation (1-12), or null */
export function monthOfCue(words: string): number | null {
  const full = MONTHS.findIndex((m) => words.includes(m));
  if (full >= 0) return full + 1;
  const abbreviation = ABBREVIATED.exec(words)?.[1];
  return abbreviation ? ABBREVIATED_MONTHS[abbreviation] : null;
}

/**
 * A month used as a time adverbial ("in August", "mid-September", "earlier this month", "on 11 September", "last
 * September") or naming a release ("the September release", "December's deal"), not "the January election". (A date
 * with no preposition, as in a dateline "MINSK, 20 December 2024 -", is the report's date, not a cue; a live blog's
 * entry that opens on its date, "11 September: …", is that day's; "a decree of 16 September" dates the decree.)
 */
export const MONTH_CUE = new RegExp(
  `\\b(?:(?:in|during|on|by|from)\\s+(?:early|mid|late)?[-\\s]?${MONTH}|(?:at|by|towards?) the (?:end|start|beginning|middle) of ${MONTH}|(?:in )?the (?:first|second|latter) half of ${MONTH}|(early|mid|late)[-\\s]${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?|${MONTH}(?=\\s*\\()|^month:\\s*(?:(?:early|mid|late)[-\\s])?${MONTH}|(earlier|later|late|early) this month|(last|this|previous) month|(?:last|this|next|past) ${MONTH_NOT_MAY}|^\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?=(?:\\s+\\d{4})?(?:\\s*[:—–]|\\s+-\\s))|(?:on\\s+)?${MONTH_ABBREVIATION}\\s+\\d{1,2}|(?:on|by|from|until|till)\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|(?<=\\b(?:decree|order|pardon|deal|agreement|release|review|report|tally|count|statement|bulletin|update)s?\\s+)(?:of|dated|signed(?:\\s+on)?)\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH_NOT_MAY}(?:'s|’s)?(?=\\s+(?:release|pardon|decree|deal|round|exchange|swap|batch|amnesty|wave)s?\\b)|(?:release|pardon|decree|deal|round|exchange|swap|batch|wave)s? of ${MONTH}|^${MONTH}(?=\\s+(?:also\\s+)?(?:brought|saw|added|delivered)\\b)|(?<!\\d\\s)${MONTH}(?=\\s+(?:19|20)\\d\\d\\b))\\b(?!\\s+(?:presidential\\s+)?(?:election|vote|poll|ballot))`,
  'g',
);
export const OTHER_TIME = anyWord(C.otherTime);
/** a verb of another event right before a month ("detained in September", "born on July 3"): the month is that event's */
export const OTHER_EVENT_BEFORE_MONTH = new RegExp(`\\b(?:${C.otherEventBeforeMonth.join('|')})\\s+(?:(?:back|again|first|already|only|later)\\s+)?$`);

/** the kinds a category word names (defined beside the packs' tables that name them) */
export type { CategoryKind };


/** Where those freed went: "114 were taken to Ukraine", "Nine … left Belarus for Lithuania", "to Ukraine (115)". */
const DESTINATION = `(?:${C.destinations.join('|')})`;

/** the country a nationals' count names first after its figure ("six Lithuanians" → Lithuania), or undefined */
const NATIONALITY_COUNTRIES: [RegExp, string][] = C.nationalityCountries.map(([words, country]) => [new RegExp(`^\\s*(?:(?:are|were)\\s+)?(?:${words})`), country]);
export const countryOfNationals = (after: string): string | undefined => NATIONALITY_COUNTRIES.find(([pattern]) => pattern.test(after))?.[1];
/** What a composition figure counts, read from the words right after it, up to the next figure. */
export const CATEGORY_AFTER: [CategoryKind, RegExp][] = C.categoryAfter.map(([kind, rule]) => [kind, new RegExp(rule)]);

/** "transferred to Ukraine (115) or Lithuania (8)": a destination named just before the figure in brackets */
export const DESTINATION_BEFORE = new RegExp(`\\b(?:to|for|or|and)\\s+${DESTINATION}\\s*\\(\\s*$`);

/** "aged over 50", "under the age of 25": the 50 and the 25 name a category, they are not claims. */
export const THRESHOLD_BEFORE = /(?:\b(?:over|above|older than|under|below|younger than)\s+(?:the\s+)?(?:age\s+of\s+)?|\baged\s+(?:over\s+|above\s+|under\s+)?|\bage\s+of\s+)$/;
