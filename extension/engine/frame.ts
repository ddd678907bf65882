/**
 * What a figure counts, decided once and explicitly: the event (a release, prisoners held, recognition, convictions,
 * arrests), the group (the release's people, a part of them, another group), the time (the page's round, a period,
 * an earlier time, now) and the basis (pardons, releases, decrees…). Each slot says how it was decided:
 * - `stated`: the sentence says it ("in August", "bringing the total to", "pardoned 32");
 * - `linked`: resolved through the sentence's grammar ("of them" whose antecedent is a release clause, a headline's
 *   news, a list right after a released count);
 * - `defaulted`: nothing in the sentence says it; the engine assumed it.
 * The judge flags a figure only when the slots its verdict rests on are stated or linked (judge.ts, `pinnedFor`).
 * Pure: the sentence's text in, a frame out. Each slot names the rule that set it, so a false flag can be traced.
 */
import { COMPOSITION_KINDS, type ClaimKind } from './types';
import { allOf, type FrameTables } from './lang/index';
import { en } from './lang/en';
import { ru } from './lang/ru';
import { be } from './lang/be';
import { CYRILLIC_SHARED } from './lang/cyrillicShared';
import { letterOrDigitBefore, withoutOptionalLeads } from './cyrillic';
import { firstPart } from './textScan';

export type Certainty = 'stated' | 'linked' | 'defaulted';

export interface Slot<T extends string> {
  value: T;
  certainty: Certainty;
  /** the named rule that set it */
  rule: string;
}

export interface Frame {
  event: Slot<'release' | 'held' | 'recognition' | 'conviction' | 'arrest' | 'other'>;
  group: Slot<'round' | 'part' | 'other'>;
  /** `period`: a span the sentence names ("over the summer", "с июля по сентябрь"); `earlier`: a look back */
  time: Slot<'round' | 'period' | 'earlier' | 'now' | 'unknown'>;
  basis: Slot<'pardon' | 'release' | 'decree' | 'recognised' | 'held' | 'other'>;
  /** for ordinals: the month the sentence counts from ("since mid-September"), and whether it names a part of it */
  /** where an ordinal's count starts: a month (`part` when early, mid or late in it), or null for an event ("since the 42 pardoned in May") */
  countsFrom?: { month: number | null; part: boolean };
  /** the sentence asks whether it is so ("Did he pardon 40?", "Это первое помилование?"): it states nothing */
  asked?: boolean;
}

/** Where the figure stands in its sentence and what the extractor read it as. */
export interface FrameInput {
  kind: ClaimKind;
  /** the sentence, lower-cased */
  lower: string;
  /** the figure's offsets in the sentence */
  start: number;
  end: number;
  /** the previous sentence of the same paragraph, lower-cased ('' at the paragraph's start) */
  previous: string;
  position: 'headline' | 'lede' | 'body';
  /** a month cue or a look-back word the extractor found for the figure */
  monthCue: boolean;
  otherTime: boolean;
  /** the paragraph is a list item ("— 19 chronically ill") under blocks that speak of a release */
  listUnderRelease: boolean;
  /** a round's size said of a group the sentence names ("pardoned 14 foreigners"): all of the round, or a part */
  namedGroup?: ClaimKind;
  /** the paragraphs just before speak of a release */
  releaseBefore: boolean;
  /** a smaller figure joined by "and" to the release's whole before it ("250 freed, and 15 without passports") */
  afterWhole?: boolean;
  /** how many figures the sentence holds (years aside) */
  figures?: number;
  /** the figure is what a round named by its place in the count held ("в восьмую группу вошли 20") */
  namedByPlace?: boolean;
  /** the second of a pair whose verb the first said ("123 on Dec. 13 and 25 more on Dec. 30") */
  secondOfPair?: boolean;
}

const re = (source: string) => new RegExp(source, 'u');
const L = '(?<![\\p{L}\\d])';

/** The language packs the frame reads (lang/): every table's entries in this order, each once. */
const PACKS: Partial<FrameTables>[] = [en.frame, ru.frame, be.frame, CYRILLIC_SHARED];
const words = (table: keyof FrameTables): string[] => allOf(PACKS, table);
/** a word or phrase of the table at a word's start: `${L}(?:a|b|…)` and what must follow */
const anyWord = (table: keyof FrameTables, after = ''): RegExp => re(`${L}(?:${words(table).join('|')})${after}`);
/** each entry of the table its own rule, at a word's start: `${L}a|${L}b|…` */
const anyRule = (table: keyof FrameTables): RegExp => re(words(table).map((rule) => `${L}${rule}`).join('|'));

/** "Of that second group …": a group the text named before, which need not be the page's round */
const THAT_GROUP = anyRule('thatGroup');

/** "569 since July 2024, not counting today's decree": a total taken before the day's release */
const WITHOUT_THE_NEWS = anyRule('withoutTheNews');

/** A release verb or noun, in the three languages. */
const RELEASE = anyWord('release');
/** a pardon's own word: the basis is pardons, not releases */
const PARDON_WORD = new RegExp(`(?:${words('pardonStems').join('|')})`, 'u');
/** "since the pardons began", "с начала помилований": the pardons name when a count starts, not what it counts */
const PARDONS_AS_A_START = new RegExp(`${L}(?:${words('pardonsAsAStart').join('|')})(?![\\p{L}])`, 'gu');
/** Words of another group: people convicted, arrested, recognised or still held (not released). */
const OTHER_GROUP = anyWord('otherGroup');
/** people held for their politics, named as a group */
const PRISONERS_NOUN = anyWord('prisonersNoun');
/**
 * "freed 40 political prisoners", "52 политзаключённых", "палітвязняў": the figure counts those a rights group
 * recognises, who may be fewer than the people freed with them
 */
const PRISONERS_NOUN_AFTER = re(`^\\s*(?:more |other |new |ещё |яшчэ )?(?:${words('prisonersNoun').join('|')})`);
/** "of them", "among them", "из них", "з іх": a part of a group named before. */
const OF_THEM = anyWord('ofThem', '(?![\\p{L}])');
/** "among those pardoned", "среди помилованных": the part is stated to be of the release. */
const AMONG_RELEASED = anyWord('amongReleased');
/** a part of a country's prisoners: one colony, one region, one trade */
const PART_OF_PRISONERS = anyWord('partOfPrisoners');

/** "since 2020", "since the summer", "с 2020": a count from a start; for the counts since 2020 it is the KB's own span */
const SINCE_START = anyRule('sinceStart');
/** a year named as a time: "in 2023", "at the end of 2024", "в 2023 году", "на канец 2024 года" */
const YEAR_CUE = re(`${L}(?:in|by|at the (?:end|start|beginning) of|в|у|ў|к концу|на (?:конец|начало|канец|пачатак)|да канца) (?:19|20)\\d\\d(?!\\d)`);
const SINCE_SUMMER = re(`${L}(?:since the summer|с лета|з лета)(?![\\p{L}])(?! (?:of )?(?:19|20)\\d\\d)`);
/**
 * Time spans a sentence can name, other than a round's month: a season, a stretch between two months, "last year",
 * a year, "for (all) this time". The judge reads them as a period, never as the page's round.
 */
const PERIOD = anyRule('period');
/** the places those freed were taken to */
const PLACES = 'lithuania|ukraine|vilnius|kyiv|kiev|poland|warsaw|latvia|riga|germany|литв|літв|летув|украин|украін|вильн|вільн|киев|кіеў|польш|латв|герман|нямеч';
const DESTINATION_PLACE = new RegExp(`(?<![\\p{L}])(?:${PLACES})`, 'gu');
/** abroad or to the border: where a release's journey goes */
const ABROAD = new RegExp(`(?<![\\p{L}])(?:${PLACES}|border|литовск|літоўск|границ|мяж)`, 'u');
/** "taken to Lithuania", "вывезли в Литву", "выслалі ва Ўкраіну": a destination's journey, after the release */
const JOURNEY = anyWord('journey');
/** "helped free", "secured the release of", "помогла освободить", "дапамагла вызваліць": releases credited to an actor */
const CREDITED = anyWord('credited');
/** "из 250 человек 235", "of the 250, 235": the figure is a part of a whole named right before it */
const WHOLE_NOUN = '(?:people|persons|prisoners|political prisoners|pardoned|freed|released|человек|чалавек|помилованн\\p{L}*|освобожд\\p{L}*|освобождённ\\p{L}*|политзаключ\\p{L}*|памілаван\\p{L}*|вызвален\\p{L}*|палітвязь?н\\p{L}*)';
// (a whole is a number and, at most, its people's noun: "з 11 верасня" is a date, not a whole)
const WHOLE_BEFORE = re(`(?:^|[^\\p{L}])(?:${words('ofTheWhole').join('|')})\\s+(?!(?:19|20)\\d\\d(?!\\d))\\d[\\d\\u00A0 .,]*(?:\\s+${WHOLE_NOUN})?[\\s,]*$`);
/** "most of those freed, 114 people, …", "большинство освобождённых, 114 человек, …": a part, its size in apposition */
const PART_OF_THOSE_FREED = re(`${L}(?:${words('partOfThoseFreed').join('|')})\\s*,\\s*$`);
/** a whole counted, then a colon: "15 people: 8 …", "пятнаццаць чалавек: восем …" (a count's noun from the packs) */
const LIST_AFTER_WHOLE = re(`\\S+\\s+${WHOLE_NOUN}\\s*:\\s*$`);
/** (its colon looked for first: the text before most figures ends in none, and the pattern is tried from each of its places) */
const listAfterWhole = (before: string): boolean => before.trimEnd().endsWith(':') && LIST_AFTER_WHOLE.test(before);
/** "из 250 человек 235 …, а 15 …": a whole split into parts; every figure after the split is one of them */
const SPLIT_OF_WHOLE = re(`(?:^|[^\\p{L}])(?:${words('splitOfWhole').join('|')})\\s+\\d{1,3}(?:[\\u00A0 .,]\\d{3})*(?:\\s+${WHOLE_NOUN},?|,)\\s*\\d`);
/** "bringing the total to", "has pardoned a total of", "so far", "to date": a total pinned to now */
const TOTAL_NOW = anyWord('totalNow');
/** "and 13 others", "и ещё 13", "і яшчэ 13": the figure counts those besides the people just named */
/** "и ещё 13": the figure right after a "still" */
/** "also" with the release's verb right before a figure, in either order: "памілавалі і", "also pardoned" */
const ALSO_WITH_VERB = re(`${L}(?:(?:${words('release').join('|')})\\s+(?:${words('also').join('|')})|(?:${words('also').join('|')})\\s+(?:${words('release').join('|')}))\\s+$`);
const STILL_BEFORE = re(`(?:${words('still').join('|')})\\s+$`);
const AND_OTHERS_BEFORE = re(`(?<![\\p{L}])(?:${words('and').join('|')})\\s+(?:(?:${words('still').join('|')})\\s+)?$`);
/** "along with X, another 13": the named people and the figure together (ANOTHER_BEFORE: "another", "a further") */
const TOGETHER_WITH = anyWord('togetherWith');
const ANOTHER_BEFORE = /\b(?:another|a further)\s+$/;
/** "with", "з", "с" right before the figure, and people after it in the instrumental ("з 51 чалавекам", "с 51 человеком") */
const WITH_BEFORE = /(?:^|[^\p{L}])(?:with|с|со|з|са)\s+$/u;
const WITH_PEOPLE_AFTER = /^\s*(?:people|other people|prisoners|other prisoners|человек(?:ом|ами)|людьми|заключ[её]нн(?:ым|ыми)|политзаключ[её]нн(?:ым|ыми)|чалавекам|чалавекамі|людзьмі|вязьн?(?:ем|ямі)|палітвязьн?(?:ем|ямі))(?![\p{L}])/u;
const OTHERS_AFTER = re(`^\\s*(?:${words('others').join('|')})(?![\\p{L}])`);
/** "14 of the 20", "из 30 помилованных 14": a whole named right after a part */
/** the released named right after the figure, a word at most between ("13 помилованных", "13 freed prisoners") */
const RELEASED_RIGHT_AFTER = re(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${words('release').join('|')})`);
/** "из 31", "of the 20": the figure after it is a whole a part is taken from */
const WHOLE_MARK_BEFORE = re(`${L}(?:${words('ofTheWhole').join('|')}|out of|of(?: the| those)?)\\s+$`);
const WHOLE_AFTER = re(`^\\s*(?:${words('ofTheWhole').join('|')})\\s+(\\S+)\\s*([^,.;]{0,40})`);
/** "after the 52 freed on 11 September", "после 52 человек, вышедших …": an earlier release, named as what came before */
const AFTER_EARLIER_BEFORE = re(`(?:^|\\s)(?:${words('afterEarlier').join('|')})\\s+$`);
/** "the 32 pardoned", "all 29": the figure names a group already reported */
const DEFINITE_BEFORE = re(`(?:^|\\s)(?:${words('definite').join('|')})\\s+$`);
const DETAINED = re(`(?:${words('detainedStems').join('|')})`);
const ARRESTED = re(`(?:${words('arrestStems').join('|')})`);
/** The figure stands inside an "among those freed" phrase and another figure follows it: it is the whole. */
function wholeAfterAmong(lower: string, end: number): boolean {
  // (the sentence's first match, found once for all its figures: matchSpans)
  const among = matchSpans(AMONG_RELEASED, lower)[0];
  return among !== undefined && among[0] < end && /\d|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}])/u.test(firstPart(lower.slice(end, end + 60), /[;.]/));
}

/** a count given as a counter's own: "according to Viasna", "by its count", "по его данным", "паводле звестак" */
const COUNTER_SAYS = anyWord('counterSays');
/** a release that has not happened: a condition, a plan, a hope, a demand, petitions under review */
const NOT_HAPPENED = anyWord('notHappened', '(?![\\p{L}])');
/** freed by another means than a pardon: at the end of a term, on parole, by exchange */
const OTHER_MEANS = anyWord('otherMeans');
/** "since mid-September", "с середины сентября", "з верасня": where an ordinal's count starts */
const COUNTS_FROM = anyRule('countsFrom');
/** "the second round in December", "второе помилование в сентябре": an ordinal counted within a month */
const WITHIN_MONTH = anyRule('withinMonth');
/** each month's stems in every language, January first: which month an ordinal counts from */
const MONTH_INDEX: [RegExp, number][] = Array.from({ length: 12 }, (_, i) => [new RegExp(`(?:${PACKS.map((pack) => pack.monthStems?.[i]).filter(Boolean).join('|')})`, 'u'), i + 1]);

/** news markers that tie a release to the day's report: "another", "more", "on Thursday", "today" */
const NEWS_OF_THE_DAY = anyWord('newsOfTheDay', '(?![\\p{L}])');

/**
 * The group a figure of a round's make-up belongs to. A marker like "of them" resolves to its antecedent: the clause
 * before it (or the previous sentence when it opens the sentence); a release clause makes the figure part of the
 * release, another group's clause (convicted, recognised, held) makes it that group's.
 */
function groupOfPart(input: FrameInput): Slot<'round' | 'part' | 'other'> {
  const { lower, start, end } = input;
  if (has(AMONG_RELEASED, lower)) return { value: 'part', certainty: 'stated', rule: 'among-the-released' };
  const ofThem = findNear(OF_THEM, lower, start, end);
  // "тринадцати помилованным больше 50 лет", "13 freed prisoners are over 50": the figure names the released itself
  // (not the whole of "трое из 31 помилованного", nor a count of those who have arrived somewhere so far)
  if (ofThem === null && input.kind !== 'round_destination' && RELEASED_RIGHT_AFTER.test(lower.slice(end, end + 30)) && !WHOLE_MARK_BEFORE.test(lower.slice(Math.max(0, start - 12), start))) return { value: 'part', certainty: 'stated', rule: 'released-named-after' };
  let found: Slot<'round' | 'part' | 'other'>;
  // "ten of those still held", "five of those pardoned": the group named right after the marker
  const namedAfter = ofThem === null ? null : groupNamedAfter(lower.slice(ofThem, ofThem + 48));
  if (namedAfter) found = namedAfter;
  else if (ofThem !== null) found = antecedentGroup(ofThem > 8 ? lower.slice(0, ofThem) : input.previous, 'of-them');
  else {
    // "14 of the 20", "из 30 помилованных 14": the part of a whole named right after it
    const whole = WHOLE_AFTER.exec(lower.slice(end));
    if (whole) found = antecedentGroup(`${whole[1]} ${whole[2]}`, 'of-the-whole');
    else {
      // a list right after a released count ("pardoned 32 people: 24 men and 8 women", "…, including 8 women")
      const before = lower.slice(0, start);
      const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '));
      found = antecedentGroup(before.slice(clauseStart + 1), 'same-sentence');
    }
  }
  if (found.certainty !== 'defaulted') return found;
  // "…, 11 of them women; 14 have chronic illnesses": the group named earlier in the same sentence
  const sentence = antecedentGroup(lower.slice(0, start), 'earlier-in-sentence');
  if (sentence.certainty !== 'defaulted') return sentence;
  // "The group includes 25 men", "12 of the 20 are women": the group was named in the sentence before
  if (input.previous) {
    const previous = antecedentGroup(input.previous, 'previous-sentence');
    if (previous.certainty !== 'defaulted') return previous;
  }
  // "The foreigners, as far as is known: six Lithuanians, …" opening a paragraph after one about a release: its people
  if (input.releaseBefore && THE_RELEASED_START.test(lower)) return { value: 'part', certainty: 'linked', rule: 'the-released-named' };
  // "Among them, six are under 25" opening a paragraph after one about a release
  if (!input.previous && input.releaseBefore && (ofThem !== null || hasBefore(OF_THEM, lower, start))) return { value: 'part', certainty: 'linked', rule: 'of-them:previous-paragraph-release' };
  return found;
}

/** "… were among the 42", "… оказались среди 42", "… апынуліся сярод 42", "… вошли в число 42": a part, its whole after it */
const AMONG_A_WHOLE_AFTER = re(`${L}(?:were|are|was|is|оказал\\p{L}*|были|был\\p{L}*|есть|апынул\\p{L}*|былі|сталі|очутил\\p{L}*|вошл\\p{L}*|увайшл\\p{L}*)\\s+(?:among|среди|сярод|в числе|в число|у ліку|у лік)\\s+(?:the\\s+)?\\d`);

/** the rest of a whole, right before the figure: "the remaining", "the other", "the rest,", "остальные", "астатнія" */
const REMAINING_BEFORE = re(`${L}(?:the remaining|the other|the rest,?|остальн\\p{L}*|оставш\\p{L}*|астатн\\p{L}*)\\s+$`);

/** a share of a group, its count in parentheses after it: "half (24 people)", "около трети (12)", "большасць (30" */
const SHARE_IN_PARENTHESES = re(`${L}(?:half|third|quarter|majority|most|половин\\p{L}*|трет\\p{L}*|четверт\\p{L}*|большинств\\p{L}*|палов\\p{L}*|трэц\\p{L}*|чвэрц\\p{L}*|большасц\\p{L}*)(?: of (?:them|those|the \\p{L}+))?\\s*\\(\\s*$`);

/** "of those still held" (not "of them, 13 were convicted"): the words that name the group right after "of those" */
const OF_THOSE_NAMED = /^of those ([^,;.:()]+)/u;
function groupNamedAfter(fromMarker: string): Slot<'round' | 'part' | 'other'> | null {
  const named = OF_THOSE_NAMED.exec(fromMarker)?.[1];
  if (!named) return null;
  const release = lastIndex(RELEASE, named);
  const other = lastIndex(OTHER_GROUP, named);
  if (other >= 0 && other >= release) return { value: 'other', certainty: 'stated', rule: 'of-those-named:other-group' };
  if (release >= 0) return { value: 'part', certainty: 'stated', rule: 'of-those-named:release' };
  return null;
}

/** a sentence that opens on those freed, named as such: "The foreigners: …", "The other 38 …", "Those freed included …" */
const THE_RELEASED_START = /^\s*(?:the (?:foreigners|foreign (?:nationals|citizens)|other \d+)|those (?:freed|released|pardoned))\b/u;

/** a cumulative count: its parts are not a round's ("115 since July, 30 of them women") */
const TOTAL_WORDS = anyWord('totalWords', '(?![\\p{L}])');
/** a count of everyone recognised over the years: "over the years", "ever", "since 2020", "с 2020 года", "за ўвесь час" */
const EVER_RECOGNISED = re(`${L}(?:${words('everRecognised').join('|')}|(?:since|с|з) (?:19|20)\\d\\d)(?![\\p{L}])`);
/** the antecedent's own time: a month, a look-back, a period */
const OWN_TIME = anyWord('lookBack', '(?![\\p{L}])');

const THE_GROUP_AT_END = /(?:^|[^\p{L}])(?:the (?:group|batch|list)|(?:эта |та |гэтая |тая )?(?:группа|група|спіс|список))\s+(?:also\s+)?(?:includ\p{L}*|comprised|consisted of|was made up of|включала|уключала|включает|складалася з|состояла из)\s*$/u;
/** "The spring decrees were tied to holidays: 43 people before Victory Day, …": a list after a colon, its release named before it */
const LIST_AFTER_RELEASE_NOUN = /(?:decrees?|pardons|releases|rounds|указы|указов|помилования|памілаванні|ўказы|указаў)[^:.;]{0,80}:\s[^:]*$/u;
const BY_DECREE = /(?:^|[^\p{L}])(?:by (?:his )?decrees?|through decrees|in (?:his )?decrees|(?:своими )?указами|(?:сваімі )?ўказамі|(?:сваімі )?указамі)(?![\p{L}])/u;
function antecedentGroup(antecedent: string, rule: string): Slot<'round' | 'part' | 'other'> {
  // the clause nearest the marker decides: the last 110 characters
  const near = antecedent.slice(-110);
  const release = lastIndex(RELEASE, near);
  const other = lastIndex(OTHER_GROUP, near);
  if (release >= 0 && release >= other && tests(TOTAL_WORDS, near)) return { value: 'other', certainty: 'linked', rule: `${rule}:part-of-a-total` };
  if (release >= 0 && release >= other && tests(OWN_TIME, near)) return { value: 'part', certainty: 'linked', rule: `${rule}:release-of-another-time` };
  if (release >= 0 && release >= other) return { value: 'part', certainty: 'linked', rule: `${rule}:release` };
  if (other >= 0) return { value: 'other', certainty: 'linked', rule: `${rule}:other-group` };
  // "1,244 political prisoners, 163 of them women": the prisoners held, not a release
  if (release < 0 && has(PRISONERS_NOUN, near)) return { value: 'other', certainty: 'linked', rule: `${rule}:the-prisoners` };
  // ("The press service said the group included four women": the group the report is about)
  if (tests(THE_GROUP_AT_END, near)) return { value: 'part', certainty: 'linked', rule: `${rule}:the-group` };
  return { value: 'part', certainty: 'defaulted', rule: `${rule}:unresolved` };
}

/**
 * The pattern's top-level alternatives (`a|b|…` outside any group or class), or the source whole.
 * tests/unit/frameUnguarded.test.ts holds it.
 */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // (a class: up to its closing bracket, escapes inside it skipped)
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/**
 * The global twin of a pattern whose every top-level alternative opens with the word-start lookbehind L, and which has
 * no other L, without those lookbehinds; null for any other pattern. At a place where no letter nor digit stands before
 * it (letterOrDigitBefore), it matches what the pattern matches there, and elsewhere the pattern matches nothing: so
 * matchSpans scans with it and checks the word start only at the places it finds, where the lookbehind was tried at
 * every position of the text.
 */
const UNGUARDED = new Map<RegExp, RegExp | null>();
export function unguardedOf(pattern: RegExp): RegExp | null {
  let unguarded = UNGUARDED.get(pattern);
  if (unguarded === undefined) {
    const parts = topLevelAlternatives(pattern.source);
    const qualifies = pattern.flags === 'u' && parts.every((part) => part.startsWith(L)) && pattern.source.split(L).length - 1 === parts.length;
    UNGUARDED.set(pattern, (unguarded = qualifies ? new RegExp(parts.map((part) => part.slice(L.length)).join('|'), 'gu') : null));
  }
  return unguarded;
}

/** The global twin of a pattern, compiled once: matchAll needs the g flag. */
const GLOBAL = new Map<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let g = GLOBAL.get(pattern);
  if (!g) GLOBAL.set(pattern, (g = new RegExp(pattern.source, 'gu')));
  return g;
}

/**
 * A sentence's figures are framed one after another against the same sentence, clause and previous sentence: each
 * pattern's answer for the last few texts is kept, so a sentence of many figures is read once per pattern, not once
 * per figure (what keeps a 1,000-character sentence of 200 figures linear in practice).
 */
const TESTED = new Map<RegExp, { text: string; found: boolean }[]>();
function has(pattern: RegExp, text: string): boolean {
  let recent = TESTED.get(pattern);
  if (!recent) TESTED.set(pattern, (recent = []));
  for (const entry of recent) if (entry.text === text) return entry.found;
  // (the matches over the same text, where matchSpans found them already: its global twin matches where the pattern does)
  const spans = SPANS.get(pattern);
  const found = spans !== undefined && spans.text === text && pattern.flags === 'u' ? spans.spans.length > 0 : looseOf(pattern).test(text) && pattern.test(text);
  recent.unshift({ text, found });
  if (recent.length > 4) recent.pop();
  return found;
}

/**
 * The pattern without its word-start lookbehinds, nor the optional groups its words open with (cyrillic.ts,
 * `withoutOptionalLeads`): it matches wherever the pattern does, and several times faster, because the lookbehind
 * and the lead are tried at every position of the text. Most sentences match neither, so it answers first.
 */
const LOOSE = new Map<RegExp, RegExp>();
function looseOf(pattern: RegExp): RegExp {
  let loose = LOOSE.get(pattern);
  if (!loose) {
    // (in a group, so that each rule of a pattern `a|b|…` is a word whose optional lead is dropped)
    const source = withoutOptionalLeads(`(?:${pattern.source.split(L).join('')})`);
    LOOSE.set(pattern, (loose = source === `(?:${pattern.source})` ? pattern : new RegExp(source, pattern.flags)));
  }
  return loose;
}

/**
 * `pattern.test(text)`, its loose twin asked first (`looseOf`: it matches wherever the pattern does). For the patterns a
 * frame asks of each figure's own words: one that opens with L or ends at the text's end is tried from every place.
 */
function tests(pattern: RegExp, text: string): boolean {
  return looseOf(pattern).test(text) && pattern.test(text);
}

/**
 * The spans of a pattern's unguarded twin (unguardedOf) that its word-start lookbehind allows: a place after a letter or
 * a digit is none of the pattern's, and the scan goes on from the next code point, as the pattern's own would.
 */
export function unguardedSpans(unguarded: RegExp, text: string): [number, number][] {
  const spans: [number, number][] = [];
  unguarded.lastIndex = 0;
  for (let m = unguarded.exec(text); m; m = unguarded.exec(text)) {
    if (letterOrDigitBefore(text, m.index)) {
      unguarded.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
    if (m[0] === '') unguarded.lastIndex++;
  }
  return spans;
}

const SPANS = new Map<RegExp, { text: string; spans: [number, number][] }>();
function matchSpans(pattern: RegExp, text: string): [number, number][] {
  const last = SPANS.get(pattern);
  if (last && last.text === text) return last.spans;
  const spans: [number, number][] = [];
  // (no match where has() found none in the same text: the pattern's answer, kept for its last few texts)
  if ((pattern.flags === 'u' && knownAbsent(pattern, text)) || !looseOf(pattern).test(text)) {
    SPANS.set(pattern, { text, spans });
    return spans;
  }
  const unguarded = unguardedOf(pattern);
  if (unguarded !== null) {
    spans.push(...unguardedSpans(unguarded, text));
    SPANS.set(pattern, { text, spans });
    return spans;
  }
  const g = globalOf(pattern);
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    spans.push([m.index, m.index + m[0].length]);
    if (m[0] === '') g.lastIndex++;
  }
  SPANS.set(pattern, { text, spans });
  return spans;
}

/** has() answered that `pattern` matches nowhere in `text` (asked only of what it kept: nothing is tested here) */
function knownAbsent(pattern: RegExp, text: string): boolean {
  const recent = TESTED.get(pattern);
  if (recent) for (const entry of recent) if (entry.text === text) return !entry.found;
  return false;
}

/** `pattern.test(text.slice(0, at))`, answered from the matches over the whole text where they decide it. */
function hasBefore(pattern: RegExp, text: string, at: number): boolean {
  const spans = matchSpans(pattern, text);
  if (spans.some(([, end]) => end <= at)) return true;
  // a match running over `at`, or a word cut at `at`, may match differently in the shorter text: ask it
  if (spans.some(([start]) => start < at) || (at > 0 && /[\p{L}\d]/u.test(text[at - 1]))) return pattern.test(text.slice(0, at));
  return false;
}

function findNear(pattern: RegExp, lower: string, start: number, end: number): number | null {
  let best: number | null = null;
  for (const [at] of matchSpans(pattern, lower)) {
    // right after the figure ("13 of them women") or before it in the same clause ("of them, 13 were women")
    // (past a comma the figure is the group itself: "123 prisoners, among them Bialiatski")
    // (nor inside an aside that opens after it: "the 21 (among them several ill men)")
    const after = at >= end && at - end <= 12 && !/[,(—–]/.test(lower.slice(end, at));
    const before = at < start && !/[.;]/.test(lower.slice(at, start));
    if (after || before) best = at;
  }
  return best;
}

function lastIndex(pattern: RegExp, text: string): number {
  const spans = matchSpans(pattern, text);
  return spans.length ? spans[spans.length - 1][0] : -1;
}

const PART_KINDS = new Set<ClaimKind>(COMPOSITION_KINDS);

/** The frame of one figure. */
export function frameOf(input: FrameInput): Frame {
  const { kind, lower } = input;
  const clause = clauseAround(lower, input.start, input.end);
  const time = timeOf(input, clause);
  if (kind === 'prisoners_held') {
    const part = has(PART_OF_PRISONERS, clause) || findNear(OF_THEM, lower, input.start, input.end) !== null;
    return {
      event: { value: 'held', certainty: 'stated', rule: 'held-cue' },
      group: part ? { value: 'part', certainty: 'stated', rule: 'part-of-prisoners' } : { value: 'round', certainty: 'defaulted', rule: 'all-prisoners' },
      // "in 2023 Viasna counted nearly 1,500": a count dated by its year
      time: tests(YEAR_CUE, clause) ? { value: 'earlier', certainty: 'stated', rule: 'year-cue' } : time.value === 'round' ? { ...time, value: 'now' } : time,
      basis: { value: 'held', certainty: 'stated', rule: 'held-cue' },
    };
  }
  if (kind === 'recognised_total' || kind === 'newly_recognised') {
    // "1,140 people are recognised as political prisoners" may count those held now; "since 2020", "in total" say it
    // counts everyone ever recognised
    const cumulative = kind === 'recognised_total' && (has(TOTAL_WORDS, lower) || has(SINCE_START, lower) || EVER_RECOGNISED.test(lower));
    return {
      event: { value: 'recognition', certainty: 'stated', rule: 'recognised-cue' },
      group: cumulative ? { value: 'round', certainty: 'stated', rule: 'all-ever-recognised' } : { value: 'round', certainty: 'defaulted', rule: 'all-recognised' },
      time,
      basis: { value: 'recognised', certainty: 'stated', rule: 'recognised-cue' },
    };
  }
  if (kind === 'arrested_crackdown' || kind === 'arrested_last_week') {
    const detained = DETAINED.test(clause) && !ARRESTED.test(clause);
    const basis: Frame['basis'] = detained ? { value: 'other', certainty: 'stated', rule: 'detained' } : { value: 'other', certainty: 'stated', rule: 'arrested' };
    return { event: { value: 'arrest', certainty: 'stated', rule: 'arrest-cue' }, group: { value: 'other', certainty: 'stated', rule: 'the-arrested' }, time, basis };
  }
  const releaseNear = has(RELEASE, clause);
  let event: Frame['event'] = releaseNear
    ? { value: 'release', certainty: 'stated', rule: 'release-verb' }
    : input.listUnderRelease || LIST_AFTER_RELEASE_NOUN.test(lower.slice(Math.max(0, input.start - 240), input.start)) ? { value: 'release', certainty: 'linked', rule: 'list-under-release' }
    : has(RELEASE, input.previous) || has(RELEASE, lower)
      ? { value: 'release', certainty: 'linked', rule: 'release-nearby' }
      : { value: 'release', certainty: 'defaulted', rule: 'paragraph-context' };
  const basis: Frame['basis'] = kind === 'round_size' && PRISONERS_NOUN_AFTER.test(lower.slice(input.end, input.end + 40))
    ? { value: 'recognised', certainty: 'stated', rule: 'political-prisoners-named' }
    // ("has pardoned 330 people by decree", "своими указами помиловал"): pardons counted by decree alone
    : kind === 'running_total' && BY_DECREE.test(clause)
    ? { value: 'decree', certainty: 'stated', rule: 'by-decree' }
    : has(PARDON_WORD, clause.replace(PARDONS_AS_A_START, ''))
    ? { value: 'pardon', certainty: 'stated', rule: 'pardon-word' }
    : releaseNear ? { value: 'release', certainty: 'stated', rule: 'release-word' } : { value: 'pardon', certainty: 'defaulted', rule: 'kb-basis' };
  // "в Литву вывезли 52", "14 were taken to Vilnius": the journey out is the release's own
  // (not a size in a split between places: "114 people were driven to Ukraine, while nine were brought to Vilnius")
  const split = () => (input.figures ?? 1) > 1 && new Set(lower.match(DESTINATION_PLACE) ?? []).size > 1;
  // (a size's journey names a country or a border: "перевезли 20 в колонию" is a transfer between prisons)
  if (event.certainty === 'defaulted' && (kind === 'round_destination' || (kind === 'round_size' && ABROAD.test(clause) && !split())) && has(JOURNEY, clause)) event = { value: 'release', certainty: 'linked', rule: 'release-journey' };
  // "It was the sixth round, bringing the total to 150": the total of the release the paragraphs before report
  if (event.certainty === 'defaulted' && (kind === 'running_total' || kind === 'round_ordinal') && (input.releaseBefore || has(RELEASE, input.previous))) event = { value: 'release', certainty: 'linked', rule: 'total-of-the-release' };
  if (event.certainty === 'defaulted' && input.namedByPlace) event = { value: 'release', certainty: 'linked', rule: 'round-named-by-place' };
  if (has(NOT_HAPPENED, clause)) event = { value: 'other', certainty: 'stated', rule: 'not-happened' };
  // (anywhere in the sentence: "20 walked free, some of them at the end of their terms")
  else if (has(OTHER_MEANS, semicolonPart(lower, input.start))) event = { value: 'other', certainty: 'stated', rule: 'other-means' };
  let group: Frame['group'] = { value: 'round', certainty: event.certainty, rule: 'the-release' };
  // "among those freed were three journalists", "five of those pardoned are from the Brest region": a part
  // "Tsikhanouski and 13 others", "и ещё 13 человек": the round less the people the sentence names
  // (the words right before the figure: an end-anchored pattern is not run over the whole sentence for each figure)
  const wordsBefore = lower.slice(Math.max(0, input.start - 16), input.start);
  const togetherWith = hasBefore(TOGETHER_WITH, lower, input.start) && (STILL_BEFORE.test(wordsBefore) || ANOTHER_BEFORE.test(lower.slice(Math.max(0, input.start - 12), input.start)) || OTHERS_AFTER.test(lower.slice(input.end, input.end + 20)));
  // ("Статкевіча вызвалілі яшчэ з 51 чалавекам", "освобождён вместе с 51 человеком", "freed with 51 people": those
  // besides the person named, people in the instrumental after "with")
  const withPeople = WITH_BEFORE.test(lower.slice(Math.max(0, input.start - 8), input.start)) && WITH_PEOPLE_AFTER.test(lower.slice(input.end, input.end + 24));
  const andOthers = togetherWith || withPeople || (!input.secondOfPair && AND_OTHERS_BEFORE.test(lower.slice(Math.max(0, input.start - 12), input.start)) && (OTHERS_AFTER.test(lower.slice(input.end, input.end + 20)) || STILL_BEFORE.test(wordsBefore)));
  if (kind === 'round_size' && andOthers) {
    group = { value: 'part', certainty: 'stated', rule: 'and-others' };
  } else if (kind === 'round_size' && tests(ALSO_WITH_VERB, lower.slice(Math.max(0, input.start - 40), input.start))) {
    // "Памілавалі і двух святароў", "he also pardoned two priests": those besides the release the page is about
    group = { value: 'part', certainty: 'stated', rule: 'also-named' };
  } else if (kind === 'round_size' && (tests(WHOLE_BEFORE, lower.slice(Math.max(0, input.start - 40), input.start)) || hasBefore(SPLIT_OF_WHOLE, lower, input.start) || tests(PART_OF_THOSE_FREED, lower.slice(Math.max(0, input.start - 60), input.start)))) {
    group = { value: 'part', certainty: 'stated', rule: 'part-of-a-named-whole' };
  } else if (kind === 'round_size' && listAfterWhole(lower.slice(Math.max(0, input.start - 60), input.start))) {
    // "Памілаваныя пятнаццаць чалавек: восем …, сем …": the figures after the whole's colon are its parts
    group = { value: 'part', certainty: 'stated', rule: 'list-after-whole' };
  } else if (kind === 'round_size' && tests(SHARE_IN_PARENTHESES, lower.slice(Math.max(0, input.start - 40), input.start))) {
    // "more than half (24 people) have children", "большинство (30 человек)": the share's count, a part
    group = { value: 'part', certainty: 'stated', rule: 'share-in-parentheses' };
  } else if (kind === 'round_size' && tests(AMONG_A_WHOLE_AFTER, firstPart(lower.slice(input.end, input.end + 90), /[;.]/u))) {
    // "Двое жителей района оказались среди 42 помилованных": the figure is a part of the whole named after it
    group = { value: 'part', certainty: 'stated', rule: 'among-a-whole-after' };
  } else if (kind === 'round_size' && tests(REMAINING_BEFORE, lower.slice(Math.max(0, input.start - 24), input.start))) {
    // "the remaining nine crossed into Lithuania", "остальные 38 — граждане Беларуси": the rest of a whole
    group = { value: 'part', certainty: 'stated', rule: 'the-rest' };
  } else if (kind === 'round_size' && input.afterWhole) {
    group = { value: 'part', certainty: 'stated', rule: 'after-the-whole' };
  } else if (kind === 'round_size' && input.namedGroup) {
    group = { value: 'part', certainty: 'stated', rule: 'named-group' };
  } else if (kind === 'round_size' && wholeAfterAmong(lower, input.end)) {
    // "among the 52 freed, 38 were Belarusians": the first figure is the whole the part is taken from
  } else if (kind === 'round_size' && (has(AMONG_RELEASED, lower) || findNear(OF_THEM, lower, input.start, input.end) !== null || has(PART_OF_PRISONERS, clause) || PART_OF_PRISONERS.test(predicateAfterDash(lower, input.end)))) group = { value: 'part', certainty: 'stated', rule: 'part-of-the-release' };
  let timeOfFigure = time;
  if (PART_KINDS.has(kind)) {
    group = input.listUnderRelease && !has(OF_THEM, lower) ? { value: 'part', certainty: 'linked', rule: 'list-under-release' } : groupOfPart(input);
    // "15 вывезли в Литву", "17 were taken to Lithuania": those taken abroad after a release are its people
    if (kind === 'round_destination' && group.certainty === 'defaulted' && has(JOURNEY, clause)) group = { value: 'part', certainty: 'linked', rule: 'release-journey' };
    // "Kalesnikava and 113 others were taken to Ukraine": those besides the people it names
    if (andOthers) group = { value: 'part', certainty: 'stated', rule: 'and-others' };
    if (event.certainty === 'defaulted' && group.value === 'part' && group.certainty !== 'defaulted') event = { value: 'release', certainty: 'linked', rule: `via-${group.rule}` };
    // a part shares its release's time: the page's news, unless that release carries a time of its own
    // ("ещё …, 11 из них — женщины" after a release of another time: "ещё" links to the day's news only when "of them" does not
    // point elsewhere)
    const weakNews = time.certainty === 'linked' && time.rule === 'news-of-the-day' && group.rule.endsWith('release-of-another-time');
    if ((time.certainty === 'defaulted' || weakNews) && group.certainty !== 'defaulted' && group.value === 'part') {
      timeOfFigure = group.rule.endsWith('release-of-another-time')
        ? { value: 'earlier', certainty: 'defaulted', rule: 'release-of-another-time' }
        : { value: 'round', certainty: 'linked', rule: `part-of-the-release` };
    }
  }
  if (kind === 'running_total' && time.value === 'round') {
    // a counter's own tally ("according to Viasna", "по его данным") may lag the day's news by a round
    timeOfFigure = has(COUNTER_SAYS, lower) ? { value: 'now', certainty: 'linked', rule: 'counter-tally' } : { value: 'now', certainty: 'stated', rule: 'total-as-of-now' };
  }
  const frame: Frame = { event, group, time: timeOfFigure, basis };
  if (kind === 'round_ordinal') {
    const from = COUNTS_FROM.exec(clause);
    if (from) {
      const month = MONTH_INDEX.find(([pattern]) => pattern.test(from[0]))?.[1];
      // each language's rule captures the month's part ("mid-", "середины") in its own group
      if (month) frame.countsFrom = { month, part: from.slice(1).some(Boolean) };
      else frame.countsFrom = { month: null, part: false };
    } else if (WITHIN_MONTH.test(clause)) frame.time = { value: 'period', certainty: 'stated', rule: 'ordinal-within-a-month' };
  }
  return frame;
}

/** "пятеро помилованных — из Брестской области": after a dash, the predicate of the figure's own subject. */
function predicateAfterDash(lower: string, end: number): string {
  const rest = lower.slice(end, end + 80);
  const dash = rest.search(/ [—–] /);
  return dash >= 0 && dash <= 40 ? firstPart(rest.slice(dash + 3), /[;.]| [—–] /) : '';
}

/** The part of the sentence between the semicolons around a figure (a clause's dashes and commas stay in it). */
function semicolonPart(lower: string, at: number): string {
  const end = lower.indexOf(';', at);
  return lower.slice(lower.lastIndexOf(';', at) + 1, end < 0 ? lower.length : end);
}

/** The clause a figure stands in: from the last strong break before it to the next after it. */
function clauseAround(lower: string, start: number, end: number): string {
  const before = lower.slice(0, start);
  const from = Math.max(before.lastIndexOf(';'), before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  const rest = lower.slice(end).search(/;| — | – /);
  return lower.slice(from + 1, rest < 0 ? lower.length : end + rest);
}

function timeOf(input: FrameInput, clause: string): Frame['time'] {
  if (input.kind === 'running_total' && WITHOUT_THE_NEWS.test(input.lower)) return { value: 'earlier', certainty: 'stated', rule: 'without-the-news' };
  // "since the summer, bringing the total to 160": a count up to now, pinned, whatever span it starts from
  // (a round's figure with its month named is dated by it: "на пачатку сакавіка ён ужо памілаваў 18")
  // (a round's figure before the phrase is what is added: "Wednesday's 35 bring the tally to 78")
  // (but a period in a round figure's own clause is its time: "Такім чынам, за два з паловай месяцы памілаваныя 115")
  if (has(TOTAL_NOW, input.lower) && !(input.monthCue && input.kind !== 'running_total') && (input.kind === 'running_total' || (hasBefore(TOTAL_NOW, input.lower, input.start) && !has(PERIOD, clause)))) return { value: 'now', certainty: 'stated', rule: 'total-now' };
  if (has(PERIOD, clause) || hasBefore(PERIOD, input.lower, input.start)) return { value: 'period', certainty: 'stated', rule: 'period-span' };
  // (an ordinal "since the summer", "с лета" counts the releases as the KB does, from the summer they began)
  if ((has(SINCE_START, clause) || hasBefore(SINCE_START, input.lower, input.start)) && !(input.kind === 'round_ordinal' && SINCE_SUMMER.test(clause))) return { value: 'period', certainty: 'stated', rule: 'since-start' };
  // "since September, 200 prisoners have walked free", "с сентября на свободу вышли 200": a count from a month, not one
  // release (a total and an ordinal count from their start: that is how they are judged)
  // ("freed since June", after the figure in its own clause, counts the same span)
  // (not past another figure: "Wednesday's 30 make it 78 pardoned since July" dates the 78)
  // (nor a total's own span: "Wednesday's 35 bring the tally since July to 78")
  const countsFromAfter = COUNTS_FROM.exec(firstPart(input.lower.slice(input.end, input.end + 200), /[,;.:—–(]/));
  // ("156 have been freed in total since late November": the total's words are the figure's own predicate)
  const between = countsFromAfter ? input.lower.slice(input.end, input.end + countsFromAfter.index) : '';
  const ownSpanAfter = countsFromAfter !== null && (/\d/.test(between) || (has(TOTAL_NOW, between) && !OWN_TOTAL_PREDICATE.test(between)));
  // (a span before the figure counts only in its part of the sentence: "… freed 800 since July 2024; Thursday's decree
  // covers 250")
  const partStart = input.lower.lastIndexOf(';', input.start) + 1;
  const countsFromBefore = hasBefore(COUNTS_FROM, input.lower, input.start) && (partStart === 0 || matchSpans(COUNTS_FROM, input.lower).some(([from, to]) => from >= partStart && to <= input.start));
  if (input.kind !== 'running_total' && input.kind !== 'round_ordinal' && (countsFromBefore || (countsFromAfter && !ownSpanAfter))) return { value: 'period', certainty: 'stated', rule: 'since-a-month' };
  // "diplomacy helped free more than 200", "помогла освободить": releases credited to someone, summed over time
  if (has(CREDITED, clause)) return { value: 'period', certainty: 'stated', rule: 'credited-releases' };
  // ("В конце 2024 года «Весна» насчитывала 1265": a look-back to a year its clause names dates a count)
  if (input.otherTime) return { value: 'earlier', certainty: 'stated', rule: input.kind === 'prisoners_held' && /(?:19|20)\d\d/.test(input.lower.slice(Math.max(0, input.start - 60), input.start)) ? 'look-back-to-a-year' : 'look-back' };
  if (has(THAT_GROUP, clause)) return { value: 'earlier', certainty: 'stated', rule: 'that-group' };
  if (input.monthCue) return { value: 'round', certainty: 'stated', rule: 'month-cue' };
  if (AFTER_EARLIER_BEFORE.test(input.lower.slice(Math.max(0, input.start - 48), input.start))) return { value: 'earlier', certainty: 'stated', rule: 'after-an-earlier-release' };
  if (input.position !== 'body') return { value: 'round', certainty: 'linked', rule: `${input.position}-news` };
  // "the 32 pardoned", "all 29": a group the report has already named
  if (DEFINITE_BEFORE.test(input.lower.slice(Math.max(0, input.start - 14), input.start))) return { value: 'round', certainty: 'linked', rule: 'definite-group' };
  if (has(NEWS_OF_THE_DAY, input.lower)) return { value: 'round', certainty: 'linked', rule: 'news-of-the-day' };
  return { value: 'round', certainty: 'defaulted', rule: 'page-round' };
}

/** the figure's own verb with a total's adverb, and nothing else: "people have been freed in total " */
const OWN_TOTAL_PREDICATE = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:has|have|had)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:pardoned|released|freed|set free|walked free|let go)\s+(?:in total|in all|altogether|so far|to date)\s*$/u;

/** `make`, called at most once: its answer is kept for the next calls. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** The frame in one line, for `check --json` and failure messages: "event=release(stated:release-verb) …". */
export function describeFrame(frame: Frame): string {
  return (['event', 'group', 'time', 'basis'] as const).map((k) => `${k}=${frame[k].value}(${frame[k].certainty}:${frame[k].rule})`).join(' ');
}
