/**
 * Language packs: what the engine knows of each language, as data. The readers (frame.ts for every language,
 * cues.ts for English, cyrillic.ts for Russian and Belarusian, hedges.ts, topicCue.ts) hold the rules; the packs hold
 * the words those rules look for. Entries are regex fragments over lower-case text (stems like "помилова", optional
 * endings like "pardon(?:ed|s)?"), tried in the order listed: where two entries can match at one place with different
 * lengths, the one listed first wins.
 *
 * Adding a language (see docs/engine.md, "Adding a language"): write lang/xx.ts exporting a `LanguagePack` and the
 * cue tables of its script (`EnglishCueTables` or `CyrillicCueTables`), fill every table with the phrases that class
 * of sentence uses, put its gate words in lang/gate.ts, and add it to the readers' lists (frame.ts `PACKS`,
 * cyrillic.ts `CUES`, hedges.ts, topicCue.ts `GATES`); a new script also needs its own cue reader. The calendar (years,
 * rounds, the KB's "since July") belongs to the KB, not to a pack: a pack names months and spans (the `total` tables
 * still hold "since July" / "с июля", to be moved).
 */
import type { HedgeClass } from '../types';

/** The kinds a category word names: the make-up of a round ("11 of them women", "семь женщин"). */
export type CategoryKind = 'round_women' | 'round_men' | 'round_chronically_ill' | 'round_disabled' | 'round_over_50' | 'round_under_25' | 'round_under_40'
  | 'round_large_families' | 'round_minors' | 'round_pensioners'
  | 'round_with_children' | 'round_with_disabled_children' | 'round_married_couples' | 'round_political' | 'round_destination'
  | 'round_drug_offences' | 'round_foreigners' | 'round_nationals';

/**
 * The tables the frame (frame.ts) reads every language's sentences with: what a figure counts (the event and the
 * group) and when (the time). Each names its class of sentence.
 */
export interface FrameTables {
  /** release verbs and nouns, with their endings: "pardoned", "released", "помиловал", "вызвалілі" */
  release: string[];
  /** a pardon's own stems: the basis is pardons, not releases ("pardon", "помилов") */
  pardonStems: string[];
  /** another group: convicted, arrested, recognised, still held ("sentenced", "осуждены", "за кратамі") */
  otherGroup: string[];
  /** political prisoners named as a group ("political prisoners", "политзаключённые") */
  prisonersNoun: string[];
  /** a part of a group named before: "of them", "из них", "з іх" */
  ofThem: string[];
  /** a part stated to be of the release: "among those pardoned", "среди помилованных" */
  amongReleased: string[];
  /** a part of a country's prisoners: one colony, one region, one trade */
  partOfPrisoners: string[];
  /** a count from a start: "since 2020", "с лета" */
  sinceStart: string[];
  /** a span the sentence names: "over the summer", "с июля по сентябрь", "за гэты час" */
  period: string[];
  /** releases credited to an actor, summed over time: "helped free", "помогла освободить" */
  credited: string[];
  /** the journey out of the country after a release: "taken to", "вывезли", "выслалі" (a destination's own event) */
  journey: string[];
  /** a total pinned to now: "bringing the total to", "на сегодня", "такім чынам" */
  totalNow: string[];
  /** a cumulative count, whose parts are not a round's: "in total", "всего", "усяго" */
  totalWords: string[];
  /** a look back, the antecedent's own time: a month's name, "earlier", "ранее", "мінулы" */
  lookBack: string[];
  /** a release named as what came before the news: "after the 52 freed", "после 52 человек", "пасля 52 чалавек" */
  afterEarlier: string[];
  /** a count given as a counter's own: "according to Viasna", "по его данным" */
  counterSays: string[];
  /** a release that has not happened: a condition, a hope, a demand ("would", "если", "спадзяюцца") */
  notHappened: string[];
  /** freed by other means than a pardon: end of term, parole ("after serving", "по окончании срока") */
  otherMeans: string[];
  /** where an ordinal's count starts: "since mid-September", "с середины сентября" (one capture: the month's part) */
  countsFrom: string[];
  /** an ordinal counted within a month: "the second round in December", "в этом месяце" */
  withinMonth: string[];
  /** news markers tying a release to the day's report: "another", "today", "ещё", "сёння" */
  newsOfTheDay: string[];
  /** "of the 250, 235", "из 250 человек 235": the words before a whole that a part is taken from */
  ofTheWhole: string[];
  /** the same where every figure after the whole is one of its parts ("из 250 человек 235 …, а 15 …") */
  splitOfWhole: string[];
  /** a part of those freed named before its figure, set off by a comma: "most of those freed, 114 people, …" */
  partOfThoseFreed: string[];
  /** "and 13 others", "и ещё 13": the conjunction, the "still" that may follow it, and the "others" after the figure */
  and: string[];
  /** "also", "также", "таксама" (and "и", "і" in that sense) beside the release's verb: "памілавалі і двух святароў" */
  also: string[];
  still: string[];
  others: string[];
  /** "along with X, another 13", "вместе с Тихановским … ещё 13": the named people and the figure make the release */
  togetherWith: string[];
  /** "the 32 pardoned", "все 29": a group the report has already named */
  definite: string[];
  /** detained rather than arrested: which word a count of arrests uses */
  detainedStems: string[];
  arrestStems: string[];
  /** month stems for the frame's month index, January first (the frame's own, looser than the extractor's) */
  monthStems: string[];
  /** the pardons named as a count's start, not its basis: "since the pardons began", "с начала помилований" */
  pardonsAsAStart: string[];
  /** a count of everyone ever recognised: "over the years", "ever", "за всё время" (years are the frame's own) */
  everRecognised: string[];
  /** a group the text named before, pointed at with its place or age: "that second group", "той второй группы" */
  thatGroup: string[];
  /** a total said to leave out the day's release: "not counting today's decree", "без учёта сегодняшнего указа" */
  withoutTheNews: string[];
}

/** Hedges before a figure and the range they allow ("more than" → above it): hedges.ts */
export type HedgeTable = [phrase: string, cls: HedgeClass][];

/** The words the content script's gate looks for on every page (topicCue.ts): keep them few. */
export interface GateTables {
  /** pardon, clemency, political prisoners: the page is on topic by itself */
  pardonOrPrisoner: string[];
  /** release verbs that put a page on topic before a prisoner noun ("freed … prisoners") */
  releaseVerbs: string[];
  /** the same after the noun ("prisoners … were released"); the verbs above when left out */
  releasedAfter?: string[];
  /** prisoner nouns a release verb must be near */
  prisonerNouns: string[];
  /** the nouns' stems: a cheap test that rules most pages out before the release pattern runs; the nouns when left out */
  prisonerStems?: string[];
}

/**
 * The English extractor's tables (cues.ts): the words around a figure that say what it counts and when. A language
 * in Latin script reads with the same rules and fills the same tables.
 */
export interface EnglishCueTables {
  /** any word of release: "pardoned", "freed", "amnesty" */
  pardon: string[];
  /** a release verb right before its figure: "pardoned 32", "the release of 18" */
  pardonVerbBefore: string[];
  /** a count of those held: "remain behind bars", "there are still" */
  held: string[];
  /** the same right after the figure, its noun left out: "1,253 remain behind bars" */
  heldAfter: string[];
  /** a total: "in total", "so far", "since July" */
  total: string[];
  /** a total over another period than the KB's: "since 2020", "over the years" */
  otherPeriod: string[];
  /** a cumulative count since a start or within a year: "since July", "this year" */
  since: string[];
  /** words that may stand before the people noun: "more", "fellow" */
  peopleModifiers: string[];
  /** the figure counts people: "32 people", "18 political prisoners" */
  peopleAfter: string[];
  /** arrests and convictions: "detained", "sentenced" */
  arrest: string[];
  /** a part of a group named before: "of them", "including" */
  pronounGroup: string[];
  /** a look back: "previously", "a month earlier", "in the second round" */
  otherTime: string[];
  /** nationalities of foreign prisoners: "japanese (nationals)" */
  foreignNationalities: string[];
  /** other countries: a sentence about them is off topic */
  otherCountries: string[];
  /** nationalities and their plural nouns, and where those freed went: the make-up of a round */
  nationalities: string[];
  /** a nationality's words at the start, and the country the KB names for it: "lithuanians" → Lithuania */
  nationalityCountries: [string, string][];
  nationals: string[];
  destinations: string[];
  /** "37 were let go", "32 political prisoners pardoned by…": the released subject's nouns … */
  pardonedSubjects: string[];
  /** … words that start an active clause instead ("…, Lukashenko has pardoned") … */
  notASubject: string[];
  /** … the auxiliaries ("have now been") and the passive verbs of release */
  pardonedAuxiliaries: string[];
  pardonedVerbs: string[];
  /** what a composition figure counts, read from the words right after it: one named rule per kind, in order */
  categoryAfter: [CategoryKind, string][];
  /** superlatives a span after them measures ("the largest release so far"): the span is not the figure's */
  superlatives: string[];
  /** verbs of a closing attribution (", Lithuania's president said"): its speaker does not make the sentence theirs */
  attributionVerbs: string[];
  /** those freed taken out of the country ("driven to the Lithuanian border"): a release verb, and it keeps a sentence with foreigners on topic */
  releaseJourney: string[];
  /** verbs of another event right before a month ("detained in September", "born in July"): that month is not the release's */
  otherEventBeforeMonth: string[];
}

/**
 * The Russian and Belarusian extractor's tables (cyrillic.ts): stems at a word's start, so one entry covers the cases
 * ("помилова" matches помиловал, помилованы, помиловании). A language in Cyrillic script fills the same tables.
 */
export interface CyrillicCueTables {
  /** any word of pardon or release: "помилова", "вызвал", "на свабод" */
  pardon: string[];
  /** a pardon verb shortly before the figure: "помиловал ещё 37", "указ о помиловании 18" */
  pardonBefore: string[];
  /** the figure counts people: "37 человек", "29 палітвязняў" */
  peopleAfter: string[];
  /** a count of those still held: "остаются за решёткой", "застаюцца за кратамі", "сейчас" */
  held: string[];
  /** political prisoners named as such */
  politicalPrisoners: string[];
  /** a rights group's count: "правозащитники", "Вясна" */
  rightsCount: string[];
  /** recognised (as political prisoners): "признаны", "прызнаныя" */
  recognised: string[];
  /** a total: "всего", "в общей сложности", "з ліпеня", "своими указами" */
  total: string[];
  /** a look back: "ранее", "до этого", "летась" */
  otherTime: string[];
  /** other countries (a sentence about them is off topic) and Belarus's own names, which keep it on topic */
  otherCountries: string[];
  belarus: string[];
  /** an ordinal that counts rounds: the noun after it ("седьмое помилование", "шостая хваля") and what may stand between */
  roundNouns: string[];
  roundNounLeads: string[];
  /** an ordinal of another counter: "о котором сообщают", "указ" (decrees counted, not rounds) */
  otherCount: string[];
  /** what a composition figure counts, by kind: the category word that comes first after it ("семь женщин") */
  categoryWords: Partial<Record<CategoryKind, string[]>>;
  /** arrests, and "last week", for the week's arrest counts */
  arrests: string[];
  lastWeek: string[];
  /** "и"/"і" joining another group ("… и ещё несколько иностранцев"), "several", and "the rest" ("остальные восемь") */
  andAnother: string[];
  several: string[];
  theRest: string[];
  /** a span of time after a number ("через пять дней", "праз тры тыдні"): not people */
  durations: string[];
  /** a copula tying a category before the figure to it ("гражданами Беларуси являются 38") */
  copulas: string[];
  /** a release said by a verb (not "the freed" as a noun), and where those freed are or arrived ("уже в Литве") */
  releaseVerbs: string[];
  whereabouts: string[];
  /** places named in a clause of whereabouts, and the country each is in ("вильн" → Lithuania) */
  places: [stems: string, country: string][];
  /** an age comparative right before a figure, which then names a category ("старше", "маладзейшыя за") */
  ageComparatives: string[];
  /** a decree's verb of scope, in the present ("касается", "тычыцца"): the figure after it is the decree's */
  decreeConcerns: string[];
  /** "new" before political prisoners ("17 новых палітвязняў"): those just added to the list */
  newWords: string[];
  /** the list of political prisoners grew by the figure ("папоўнілі спіс", "статус … атрымалі", "дадалі") */
  listGrew: string[];
  /** verbs of another event right before a month ("задержана в сентябре", "затрыманы ў верасні"): not the release's month */
  otherEventBeforeMonth: string[];
}

export interface LanguagePack {
  code: 'en' | 'ru' | 'be';
  frame: FrameTables;
  hedges: HedgeTable;
  /** the extractor's month cues (cues.ts, cyrillic.ts), January first: names or stems */
  months: string[];
  gate: GateTables;
}

/**
 * Every pack's entries of one frame table, in pack order (English, Russian, Belarusian), each entry once: a
 * stem both Cyrillic languages share ("вызвал") is listed in both packs and tried once.
 */
export function allOf(packs: readonly Partial<FrameTables>[], table: keyof FrameTables): string[] {
  return [...new Set(packs.flatMap((pack) => pack[table] ?? []))];
}
