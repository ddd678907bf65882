/**
 * Russian and Belarusian: the words that tell what a figure counts and when, for sentences written in
 * Cyrillic. The same kinds and the same caution as the English cues (cues.ts): a figure is read only when a
 * cue in its sentence says what it counts; an unclear one is dropped.
 *
 * JavaScript's \b knows only Latin letters, so word edges here are lookarounds on \p{L} (the `u` flag).
 * Stems cover the cases: "помилова" matches помиловал, помилованы, помиловании; "жанчын" жанчыны, жанчын.
 * The words come from the Russian and Belarusian packs (lang/ru.ts, be.ts, cyrillicShared.ts); the rules are here.
 */
import type { ClaimKind } from './types';
import type { CategoryKind, CyrillicCueTables } from './lang/index';
import { be, BE_CUES } from './lang/be';
import { ru, RU_CUES } from './lang/ru';
import { CY_SHARED_CUES } from './lang/cyrillicShared';
import { firstPart, isSpace, opensOnDigit } from './textScan';

/** Any Cyrillic letter: the sentence is read with these cues. */
export const CYRILLIC = /[\u0400-\u04FF]/;

const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}])';
const re = (source: string) => new RegExp(source, 'u');

/** The extractor's tables of the Cyrillic packs (lang/ru.ts, be.ts, cyrillicShared.ts): a table's entries, each once. */
const CUES: Partial<CyrillicCueTables>[] = [RU_CUES, BE_CUES, CY_SHARED_CUES];
type WordTable = Exclude<keyof CyrillicCueTables, 'categoryWords' | 'places'>;
const list = (table: WordTable): string[] => [...new Set(CUES.flatMap((cues) => cues[table] ?? []))];
const words = (table: WordTable): string => list(table).join('|');

/** How hasWordsCy tests a word pattern, worked out once for each. */
interface WordsTest {
  /** the pattern's twin without its leading word-start lookbehind, or null */
  loose: RegExp | null;
  /** the pattern matches only after the text's last digit, '.', ';', '!' or '?' (endsAfterLastStop) */
  afterLastStop: boolean;
}
const WORDS_TESTS = new Map<RegExp, WordsTest>();
/**
 * `pattern.test(text)` for a pattern that opens with the word-start lookbehind L: its words alone are looked for first.
 * They match wherever the pattern does, and the lookbehind, tried at every position of the text, costs two to four
 * times as much where the words are absent (most sentences, most figures). A pattern that does not open with L is
 * looked for first without the word edges its words open with (`withoutOptionalLeads`), where it has any.
 * A pattern whose match can hold no digit nor '.', ';', '!' or '?' and must reach the text's end ("помиловал еще 37")
 * is looked for only past the last of them: the words before a figure end right after other figures.
 */
export function hasWordsCy(pattern: RegExp, text: string): boolean {
  let how = WORDS_TESTS.get(pattern);
  if (how === undefined) {
    // (only a single leading L is dropped: anywhere else, dropping it could make the pattern stricter)
    const parts = pattern.source.split(L);
    const grouped = `(?:${pattern.source})`;
    const source = pattern.global || pattern.sticky ? null : parts.length === 2 && parts[0] === '' ? withoutOptionalLeads(parts[1]) : withoutOptionalLeads(grouped);
    how = { loose: source === null || source === grouped ? null : new RegExp(source, pattern.flags), afterLastStop: !pattern.global && !pattern.sticky && !pattern.multiline && endsAfterLastStop(pattern.source) };
    WORDS_TESTS.set(pattern, how);
  }
  if (how.afterLastStop) text = fromLastStop(text);
  return (how.loose === null || how.loose.test(text)) && pattern.test(text);
}

/** a pattern's tail "[^\d.;!?]{0,n}$": up to n characters that are none of those, then the text's end */
const STOP_TAIL = /^([^]*)\[\^\\d\.;!\?\]\{0,\d+\}\$$/;
/** a pattern's words made of letters and spaces only: literal letters and spaces, \p{L}, groups, alternatives, ?, *, + and classes of letters */
const LETTERS_ONLY = /^(?:[\p{L} |()?:*+[\]]|\\p\{L\})*$/u;
/**
 * The pattern is L, words of letters and spaces only, R, then STOP_TAIL: every match lies past the text's last digit,
 * '.', ';', '!' or '?', and the lookbehind before it sees at most that character.
 */
export function endsAfterLastStop(source: string): boolean {
  const tail = STOP_TAIL.exec(source);
  if (!tail) return false;
  let words = tail[1];
  if (words.startsWith(L)) words = words.slice(L.length);
  if (words.endsWith(R)) words = words.slice(0, -R.length);
  return LETTERS_ONLY.test(words);
}

/** `text` from its last digit, '.', ';', '!' or '?' (that character kept, for a lookbehind), or all of it */
function fromLastStop(text: string): string {
  for (let at = text.length - 1; at >= 0; at--) {
    const c = text.charCodeAt(at);
    if ((c >= 48 && c <= 57) || c === 46 || c === 59 || c === 33 || c === 63) return at === 0 ? text : text.slice(at);
  }
  return text;
}

/**
 * A pattern that opens with a group of words, each word less an optional group it begins with ("(?:\p{L}+ )?(?:дн\p{L}*|…)
 * спустя" becomes "(?:дн\p{L}*|…) спустя"). As a pre-test it still matches wherever the pattern does (the rest of a word
 * matches where its optional lead ends), and it spares the lead's tries at every position, which for a run of letters
 * before a space cost the run's length each. Unchanged when the source does not open on a group.
 * A word's leading edge `(?:^|[^\p{L}])` is dropped the same way (the rest of the word still matches after it; the edge,
 * a Unicode class tried at every position, cost four to five times the rest), and so are the leads of the words of a
 * group a word opens with ("(?:a|(?:^|[^\p{L}])b)c" becomes "(?:a|b)c").
 */
export function withoutOptionalLeads(source: string): string {
  // (a back-reference could name a group dropped here)
  if (!source.startsWith('(?:') || /\\(?:[1-9]|k<)/.test(source)) return source;
  const close = groupEnd(source, 0);
  if (close < 0) return source;
  const inner = source.slice(3, close);
  const words: string[] = [];
  let from = 0;
  for (let i = 0; i <= inner.length; i++) {
    if (i < inner.length) {
      const c = inner[i];
      if (c === '\\') { i++; continue; }
      if (c === '[') { i = classEnd(inner, i); if (i < 0) return source; continue; }
      if (c === '(') { i = groupEnd(inner, i); if (i < 0) return source; continue; }
      if (c !== '|') continue;
    }
    let word = inner.slice(from, i);
    // drop leading optional groups: "(…)?" or "(…)??"; and a word's edge "(?:^|[^\p{L}])" when no quantifier follows it
    while (word.startsWith('(')) {
      const end = groupEnd(word, 0);
      if (end < 0) break;
      if (word.startsWith(WORD_EDGE) && end === WORD_EDGE.length - 1 && !/^[?*+{]/.test(word.slice(end + 1))) {
        word = word.slice(end + 1);
        continue;
      }
      // a lookbehind the word opens with: an assertion, so the rest matches without it (and it was tried first, at
      // every position: "(?<!\b(?:largest|…)\b[^,;.]{0,40})(?:so far|to date)" read forty characters back at each)
      if (/^\(\?<[=!]/.test(word) && !/^[?*+{]/.test(word.slice(end + 1)) && end + 1 < word.length) {
        word = word.slice(end + 1);
        continue;
      }
      if (word[end + 1] !== '?') break;
      // (a lookaround is no lead to drop: it constrains what follows)
      if (/^\(\?<?[=!]/.test(word)) break;
      word = word.slice(end + (word[end + 2] === '?' ? 3 : 2));
    }
    // a group the word opens with, not repeated: its own words' leads ("(?:a|(?:^|[^\p{L}])b)c")
    if (word.startsWith('(?:') && !/^[?*+{]/.test(word.slice(groupEnd(word, 0) + 1))) word = withoutOptionalLeads(word);
    // (a word that was all optional matches the empty string: the pre-test would pass everywhere, so keep it as it was)
    words.push(word === '' ? inner.slice(from, i) : word);
    from = i + 1;
  }
  return `(?:${words.join('|')})${source.slice(close + 1)}`;
}

/** a word's edge, a consuming one: the start of the text or a character that is no letter */
const WORD_EDGE = '(?:^|[^\\p{L}])';

/** The index of the ')' closing the group that opens at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classEnd(source, i); if (i < 0) return -1; continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The index of the ']' closing the character class that opens at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') { i++; continue; }
    if (source[i] === ']') return i;
  }
  return -1;
}

/** pardon and release, in both languages */
export const PARDON_CY = re(`${L}(?:${words('pardon')})`);

/** a pardon verb shortly before the figure, nothing but a few words between ("помиловал еще 37", "указ о помиловании 18") */
export const PARDON_BEFORE_CY = re(`${L}(?:${words('pardonBefore')})${R}[^\\d.;!?]{0,45}$`);

/** the figure counts people: "37 человек", "29 политзаключенных", "18 осужденных", "123 граждан" */
export const PEOPLE_AFTER_CY = re(`^\\s*(?:-?[\\p{L}]{0,3}\\s+)?(?:${words('peopleAfter')})`);

/** a count of those still held */
export const HELD_CY = re(`${L}(?:${words('held')})`);
export const POLITICAL_PRISONERS_CY = re(`${L}(?:${words('politicalPrisoners')})`);
/** "праваабаронцы лічаць, што за кратамі застаецца звыш 1 100 чалавек": held, in a rights group's count */
export const RIGHTS_COUNT_CY = re(`${L}(?:${words('rightsCount')})`);

const RECOGNISED_CY = re(`(?:${words('recognised')})`);
/** recognised as political prisoners, in either order ("признаны политзаключёнными", "палітвязнямі прызнаныя") */
export function isRecognitionCy(lower: string): boolean {
  return RECOGNISED_CY.test(lower) && POLITICAL_PRISONERS_CY.test(lower);
}

/** a total: "помиловал своими указами 78", "всего", "в общей сложности", "с июля" */
export const TOTAL_CY = re(`${L}(?:${words('total')})${R}`);
/** the sentence looks back ("ранее", "до этого", "предыдущее") */
export const OTHER_TIME_CY = re(`${L}(?:${words('otherTime')})`);

/** a verb of another event right before a month ("задержана в сентябре", "затрыманы ў верасні"): that event's month */
export const OTHER_EVENT_BEFORE_MONTH_CY = re(`${L}(?:${words('otherEventBeforeMonth')})\\s+(?:(?:ещё|еще|яшчэ|снова|зноў|уже|ужо)\\s+)?$`);

/** a total over another period or counted otherwise: "с 2020 года" */
export const OTHER_PERIOD_CY = re(`${L}(?:(?:с|з) (?:19|20)\\d{2}|за (?:\\d+|четыре|пять|чатыры|пяць) (?:года|лет|гады|гадоў))`);

/** an ordinal that counts rounds: "седьмое помилование", "шостая хваля", "восьмая группа", "седьмое с июля помилование" */
export const ROUND_NOUN_AFTER_CY = re(`^\\s*(?:${list('roundNounLeads').map((lead) => `${lead}\\s+`).join('|')})?(?:(?:с|з) (?:июля|ліпеня)(?: (?:19|20)\\d\\d(?: года)?)?\\s+)?(?:${words('roundNouns')})`);
/** "вторая волна … в ноябре", "в этом месяце": an ordinal that counts within a month or a week, not since July */
export const WITHIN_MONTH_OR_WEEK_CY = re(`^[^.;]{0,50}?(?:(?:в|у|ў)\\s+(?:этом|этот|гэтым|гэты)\\s+(?:месяце|месяц|тыдні|неделе)|за\\s+(?:этот\\s+|гэты\\s+|один\\s+|адзін\\s+|одну\\s+|адну\\s+|последний\\s+|последнюю\\s+|апошні\\s+)?(?:неделю|тыдзень|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|студзень|люты|сакавік|красавік|травень|чэрвень|ліпень|жнівень|верасень|кастрычнік|лістапад|снежань)(?![\\p{L}])|(?:в|у|ў)\\s+(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|травен|траўн|чэрвен|ліпен|жнів|верас|кастрычнік|лістапад|снеж)\\p{L}*(?!\\s+\\d{4}))`);
/** "в этом году", "сёлета", "с начала года": an ordinal that counts within the year */
export const WITHIN_YEAR_CY = re(`^[^.;]{0,50}?(?:(?:в|у|ў)\\s+(?:этом|гэтым)\\s+(?:годзе|году)|сёлета|(?:с|з)\\s+(?:начала|пачатку)\\s+(?:года|году))`);
/** a count from the start of the releases right after an ordinal: "с июля 2024 года", "з ліпеня" */
export const SINCE_START_AFTER_CY = re(`^\\s*(?:\\p{L}+\\s+)?(?:с|з)\\s+(?:июля|ліпеня|начала освобождений|пачатку вызваленняў)`);
/** an ordinal counting announcements ("о которой сообщает пресс-служба") or decrees counts another thing */
export const OTHER_COUNT_CY = re(`(?:${words('otherCount')})`);

/** another country's pardons and prisoners */
const OTHER_COUNTRIES_CY = re(`${L}(?:${words('otherCountries')})`);
const BELARUS_CY = re(`${L}(?:${words('belarus')})`);

/** countries whose news a headline is about: the packs' other countries but the US, which brokers Belarus's releases */
const HEADLINE_COUNTRIES_CY = re(`${L}(?:${list('otherCountries').filter((w) => !/^(?:америк|ссша|сша)/u.test(w)).join('|')})`);
/** a headline on another country's pardons or prisoners ("Мирзиёев помиловал более двухсот осуждённых") */
export function headlineOnAnotherCountryCy(lower: string): boolean {
  return HEADLINE_COUNTRIES_CY.test(lower) && !BELARUS_CY.test(lower) && hasWordsCy(PARDON_CY, lower);
}
export function namesBelarusCy(lower: string): boolean {
  return BELARUS_CY.test(lower);
}

export function isOffTopicSentenceCy(lower: string): boolean {
  if (!hasWordsCy(OTHER_COUNTRIES_CY, lower) || BELARUS_CY.test(lower) || POLITICAL_PRISONERS_CY.test(lower)) return false;
  // ("52 человека, помилованные после переговоров с американской делегацией, …": the other country is the partner of a
  // pardon the sentence tells of, not the one who pardons)
  return !(hasWordsCy(PARDON_CY, lower) && !hasWordsCy(OTHER_COUNTRIES_CY, lower.replace(PARTNER_CY, ' ')));
}
const PARTNER_CY = /(?:^|[^\p{L}])(?:(?:переговор\p{L}*|договор\p{L}*|дамоўленасц\p{L}*|перамов\p{L}*)\s+(?:\p{L}+\s+)?(?:с|со|з)|при посредничестве|пры пасрэдніцтве|по просьбе|па просьбе)\s+(?:\p{L}+\s+){0,2}?(?:американ|амерыкан|сша|злучан|соединённ|соединенн|вашингтон|вашынгтон|трамп)\p{L}*(?:\s+(?:сторон|делегаци|дэлегацы|бок|бакам|спецпосланник|спецпасланц|посланник|пасланц|президент|прэзідэнт)\p{L}*)?/gu;

/**
 * What a composition figure counts: the category word that comes first after it ("23 мужчины и семь женщин" are
 * men), with only words and dashes between. Age thresholds carry their number ("старше 50").
 */
/** the kinds in the order they are tried: where two match at one place, the first wins (at most 31: categoryAfterCy keeps those seen as bits) */
const CATEGORY_ORDER: CategoryKind[] = [
  'round_women', 'round_men', 'round_over_50', 'round_under_25', 'round_under_40', 'round_large_families', 'round_minors', 'round_pensioners',
  'round_with_disabled_children', 'round_married_couples', 'round_political', 'round_drug_offences', 'round_foreigners', 'round_nationals', 'round_with_children',
  'round_chronically_ill', 'round_disabled', 'round_destination',
];
const CATEGORY_WORDS_CY: [ClaimKind, RegExp][] = CATEGORY_ORDER.map((kind) => [
  kind,
  re(`${L}(?:${[...new Set(CUES.flatMap((cues) => cues.categoryWords?.[kind] ?? []))].join('|')})`),
]);

/** A figure in digits or a Russian or Belarusian number word's stem ("девять", "дзевяць", "двое"). */
export const FIGURE_CY = String.raw`(?:\d|(?:один|одна|два|две|двое|двух|дваі|дзве|дзьв|тр[иоёы]|чатыр|четыр|чацв|пят|пяц|шест|шэсц|шасц|шасьц|сем|сям|восем|васем|васьм|девят|дзевят|дзевяц|десят|дзесят|дзесяц|адзін|адна)\p{L}*(?![\p{L}]))`;
/** "…, мужчин — девять": a dash, then a figure */
const FIGURE_AFTER_DASH_CY = new RegExp(String.raw`^\p{L}*\s*[—–]\s*${FIGURE_CY}`, 'u');

/**
 * Any category's words, without the word-start lookbehind (global, stepped one place at a time): where one may start.
 * The first scan says whether any pattern can match; each place found is a category's start where no letter nor digit
 * stands before it (letterOrDigitBefore: the lookbehind, read by character code), so the lookbehind is not tried at
 * every position of the text (it cost twice the scan without it).
 */
const CATEGORY_WORD_CY = new RegExp(CATEGORY_WORDS_CY.map(([, pattern]) => `(?:${pattern.source.split(L).join('')})`).join('|'), 'gu');

/**
 * Whether the code point before `at` is a letter or a digit, as the lookbehind L reads it: by character code over ASCII
 * and Cyrillic letters (U+0482-U+0489, a sign and combining marks, are no letters), the pattern itself for any other.
 * tests/unit/cyrillicPretest.test.ts holds it to the lookbehind.
 */
export function letterOrDigitBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if ((c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x4ff)) return true;
  return LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, at - 2), at));
}
const LETTER_OR_DIGIT_AT_END = /[\p{L}\d]$/u;

/** each kind's words at one place (sticky) */
const CATEGORY_AT_CY: [ClaimKind, RegExp][] = CATEGORY_WORDS_CY.map(([kind, pattern]) => [kind, new RegExp(pattern.source, 'uy')]);

/** a people's noun, then "и"/"і" and another quantity: what follows names another group */
const STILL_CY = [...ru.frame.still, ...be.frame.still].join('|');
const AND_ANOTHER_GROUP_CY = re(`\\p{L}{3,}\\s+(?:${words('andAnother')})\\s+(?:(?:${STILL_CY})\\s+)?(?:${words('several')}|\\d|[а-яёіў]+(?:ро|ое|ох|ёх|ух)\\s)`);
/**
 * What AND_ANOTHER_GROUP_CY needs somewhere: its joining word between spaces. A cheap test first: the pattern's run of
 * letters, tried at every letter of every word, costs the square of each word's length.
 */
const AND_ANOTHER_HINT_CY = re(`\\s(?:${words('andAnother')})\\s`);

/** "семеро …, остальные восемь — по «экстремистским» статьям": past a comma, the rest or another figure has its own words */
const ANOTHER_FIGURE_CY = new RegExp(String.raw`[,;—–]\s*(?:\p{L}+\s+){0,2}(?:${words('theRest')}|${FIGURE_CY})`, 'u');

/** The category of the first category word within reach after a figure, or null. */
export function categoryAfterCy(after: string): ClaimKind | null {
  const reach = after.slice(0, 70);
  // every category is named in Cyrillic words: without one in reach, none of the patterns can match
  // (nor where a digit comes first: no category's words open on a space or a digit, and a digit ends the words a category
  // may stand among, so the scan below would find none; textScan.ts, opensOnDigit)
  if (opensOnDigit(reach) || !CYRILLIC.test(reach)) return null;
  CATEGORY_WORD_CY.lastIndex = 0;
  let found = CATEGORY_WORD_CY.exec(reach);
  if (found === null) return null;
  // each kind's first place in reach, earliest first (at one place, the kinds in their order): one scan finds the
  // places any category starts, and only there is each kind tried
  // (the kinds seen, one bit each in CATEGORY_AT_CY's order: no set made for each figure)
  let seen = 0;
  // (only words, spaces, commas and dashes may come between the figure and its category: a word past the first other
  // character holds for no kind, and the scan stops there)
  const notWord = notWordBetweenCy(reach);
  // (the places the first scan found, one after another; those after a letter or a digit are no word's start)
  for (; found && found.index <= notWord; CATEGORY_WORD_CY.lastIndex = found.index + 1, found = CATEGORY_WORD_CY.exec(reach)) {
    const at = found.index;
    if (letterOrDigitBefore(reach, at)) continue;
    for (let i = 0; i < CATEGORY_AT_CY.length; i++) {
      if (seen & (1 << i)) continue;
      const [kind, sticky] = CATEGORY_AT_CY[i];
      sticky.lastIndex = at;
      // (a sticky test leaves lastIndex at the match's end: no match built for each kind tried)
      if (!sticky.test(reach)) continue;
      seen |= 1 << i;
      if (categoryHolds(kind, reach, at, sticky.lastIndex)) return kind;
    }
  }
  return null;
}

/** a character that is no word's, space, comma or dash: none may come between a figure and its category (categoryHolds) */
const NOT_WORD_BETWEEN_CY = /[^\s\p{L},«»"'’—–-]/u;

/**
 * Where NOT_WORD_BETWEEN_CY first matches in `text`, or its length: read by character code over ASCII, Cyrillic letters,
 * white space and those marks (the class's \p{L}, tried as a Unicode table for each character, cost most of
 * categoryAfterCy); from any other character on, the pattern itself answers. tests/unit/cyrillicPretest.test.ts holds it to the pattern.
 */
export function notWordBetweenCy(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // (\p{L} in ASCII is A-Z and a-z; \s is isSpace; the marks , " ' -)
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isSpace(c) || c === 44 || c === 34 || c === 39 || c === 45) continue;
      return i;
    }
    // Cyrillic letters (U+0482-U+0489, a sign and combining marks, are not letters), and the marks « » ’ — –
    if ((c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x4ff) || c === 0xab || c === 0xbb || c === 0x2019 || c === 0x2014 || c === 0x2013 || isSpace(c)) continue;
    const found = text.slice(i).search(NOT_WORD_BETWEEN_CY);
    return found < 0 ? text.length : i + found;
  }
  return text.length;
}

/**
 * Whether a category word at `at` names the figure before it: nothing but words between, no other group or figure first.
 * (Only words, spaces, commas and dashes come between the figure and the category, "человек имеют", "из них –": the
 * caller tries no word past the first other character, NOT_WORD_BETWEEN_CY.)
 */
function categoryHolds(kind: ClaimKind, reach: string, at: number, end: number): boolean {
  const between = reach.slice(0, at);
  if (at > (kind === 'round_political' || kind === 'round_drug_offences' || kind === 'round_minors' ? 70 : 45)) return false;
  // "40 политзаключённых и несколько иностранцев": past "и" the word names another group
  if ((AND_ANOTHER_HINT_CY.test(between) && AND_ANOTHER_GROUP_CY.test(between)) || ANOTHER_FIGURE_CY.test(between)) return false;
  // "в феврале трое, в апреле — гражданин США": past another item's month, the word is that item's
  if (/[,;—–]/u.test(between) && MONTH_BETWEEN_CY.test(between)) return false;
  // "14 вызваленых, іх вывезлі ў Літву": past a comma, where the whole release went, not a part's destination
  if (kind === 'round_destination' && /[,;]/.test(between)) return false;
  // "одиннадцать, мужчин — девять": the word names the figure after its dash, not this one
  return !FIGURE_AFTER_DASH_CY.test(reach.slice(end));
}

/**
 * A second category in the figure's clause after the first ("три женщины из многодетных семей", "двое мужчин старше 50
 * лет"): the figure counts those in both. Where several match, the earliest narrows.
 */
export function narrowedByCy(after: string, kind: ClaimKind): ClaimKind | undefined {
  const own = CATEGORY_WORDS_CY.find(([k]) => k === kind)?.[1].exec(after.slice(0, 70));
  if (!own) return undefined;
  const rest = firstPart(after.slice(own.index + own[0].length), /[;,.:—–]|(?<![\p{L}])(?:и|і|а|но|але)(?![\p{L}])/u).slice(0, 45);
  // the earliest other category (at one place, the first in order), found by one scan as in categoryAfterCy
  CATEGORY_WORD_CY.lastIndex = 0;
  for (let found = CATEGORY_WORD_CY.exec(rest); found; CATEGORY_WORD_CY.lastIndex = found.index + 1, found = CATEGORY_WORD_CY.exec(rest)) {
    if (letterOrDigitBefore(rest, found.index)) continue;
    for (const [other, sticky] of CATEGORY_AT_CY) {
      if (other === kind || other === 'round_political' || other === 'round_drug_offences' || other === 'round_destination') continue;
      sticky.lastIndex = found.index;
      if (sticky.test(rest)) return other;
    }
  }
  return undefined;
}

/** one country's citizens after a figure ("семь граждан Литвы", "двое латвийцев", "два грамадзяніны Латвіі"): the country the KB names */
const NATIONALITY_COUNTRIES_CY: [RegExp, string][] = [
  [/^(?:литв|літв|литовц|літоўц|летув)/u, 'Lithuania'], [/^(?:латв|латыш|латвійц)/u, 'Latvia'], [/^(?:польш|поляк|палякаў)/u, 'Poland'],
  [/^(?:япон)/u, 'Japan'], [/^(?:герман|немц|немцаў|нямеч)/u, 'Germany'], [/^(?:франц|француз)/u, 'France'], [/^(?:британ|брытан|великобритан|вялікабрытан)/u, 'United Kingdom'],
  [/^(?:сша|зша|американ|амерыкан|амэрыкан)/u, 'United States'], [/^(?:украин|украін|ўкраін)/u, 'Ukraine'], [/^(?:белорус|беларус)/u, 'Belarus'], [/^(?:эстон)/u, 'Estonia'],
  [/^(?:швейцар)/u, 'Switzerland'],
];
/** The country of a nationals' count: the first word (or the word after "граждан…") that names one, within a few words. */
export function countryOfNationalsCy(after: string): string | undefined {
  return countryInWordsCy(after.slice(0, 40).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 3));
}

/** The country of a category named before its figure ("гражданами Беларуси являются 38"): the last words that name one. */
export function countryBeforeCy(before: string): string | undefined {
  return countryInWordsCy(before.slice(-60).split(/[^\p{L}]+/u).filter(Boolean).reverse());
}

/** "вывезли в Литву", "выслалі ва Ўкраіну": the country a destination's verb names within a few words, if any */
const INTO_PLACE_CY = /(?:^|[^\p{L}])(?:в|во|у|ў|ва|на)\s+(\p{L}+)/u;
export function destinationOfCy(after: string): string | undefined {
  const word = INTO_PLACE_CY.exec(after.slice(0, 60))?.[1];
  return word ? countryInWordsCy([word]) : undefined;
}
/** "выслалі ва Ўкраіну і Летуву", "в Украину и Литву": two countries, the whole release's journey, not one destination's */
const TWO_PLACES_CY = /(?:^|[^\p{L}])(?:в|во|у|ў|ва|на)\s+(\p{L}+)\s*(?:,|и|і|а также|ды)\s+(?:(?:в|во|у|ў|ва|на)\s+)?(\p{L}+)/u;
export function twoDestinationsCy(after: string): boolean {
  const found = TWO_PLACES_CY.exec(after.slice(0, 70));
  return found !== null && countryInWordsCy([found[1]]) !== undefined && countryInWordsCy([found[2]]) !== undefined;
}

function countryInWordsCy(words: string[]): string | undefined {
  for (const word of words) {
    const found = NATIONALITY_COUNTRIES_CY.find(([pattern]) => pattern.test(word))?.[1];
    if (found) return found;
  }
  return undefined;
}

/** "жанчыны (11 чалавек)": the category named just before the figure, in brackets */
const CATEGORY_BEFORE_CY: [ClaimKind, RegExp][] = [
  ['round_women', re(`${L}(?:женщин\\p{L}*|жанчын\\p{L}*)\\s*[(—–-]\\s*$|(?:^|[,;]\\s*)(?:женщин|жанчын)\\p{L}*\\s+(?:среди|сярод)\\s[^,;—–]*(?:[—–]\\s*)?$`)],
  ['round_men', re(`${L}(?:мужчин\\p{L}*|мужчын\\p{L}*)\\s*[(—–-]\\s*$|(?:^|[,;]\\s*)(?:мужчин|мужчын)\\p{L}*\\s+(?:среди|сярод)\\s[^,;—–]*(?:[—–]\\s*)?$`)],
];
const CATEGORY_BEFORE_HINT_CY = /женщин|жанчын|мужчин|мужчын/;
/** the kind a category word right before the figure names ("жанчыны (11 чалавек)"), or null; the words first, cheaply */
export function categoryBeforeCy(before: string): ClaimKind | null {
  return CATEGORY_BEFORE_HINT_CY.test(before) ? CATEGORY_BEFORE_CY.find(([, pattern]) => pattern.test(before))?.[0] ?? null : null;
}

/** a copula ending the words before a figure: "гражданами Беларуси являются 38", "больш за 50 гадоў споўнілася 13" */
const COPULA_END_CY = re(`(?<![\\p{L}])(?:${words('copulas')})\\s*$`);
/**
 * "Грамадзянамі Беларусі з'яўляюцца 38 вызваленых": the category is named first in the figure's clause and a copula
 * ties it to the figure, so the figure counts that category, not the round.
 */
export function categoryBeforeCopulaCy(before: string): ClaimKind | null {
  // (every copula ends in -ся, -сь, -ли, -лі or -ца: the cheap test first, spared for most figures)
  if (!/(?:ся|сь|ли|лі|ца)\s*$/u.test(before.slice(-6)) || !COPULA_END_CY.test(before.slice(-24))) return null;
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf('–'), before.lastIndexOf('.')) + 1);
  return categoryAfterCy(clause.trimStart());
}

/** a release said by a verb, not by "the freed" as a noun */
const RELEASE_VERB_CY = re(`${L}(?:${words('releaseVerbs')})${R}`);
/** where those freed are or arrived ("уже в Литве", "на тэрыторыі Украіны", "границу пересекли", "прибыли в Вильнюс") */
const WHEREABOUTS_CY = re(`${L}(?:${words('whereabouts')})${R}`);
const PLACES_CY: [RegExp, string][] = CUES.flatMap((cues) => cues.places ?? []).map(([stems, country]) => [re(`${L}(?:${stems})`), country]);
/**
 * "границу пересекли девять освобождённых", "114 вызваленых ужо на тэрыторыі Украіны": those of the release who are in
 * or reached one country, a part of the release, not its size. The country named in the clause, else in the sentence.
 */
export function whereaboutsOfCy(clause: string, sentence: string): string | null {
  // (the place, when the clause does not name it, is looked for in the sentence's first thousand characters)
  // ("и 13 других заключённых вышли на свободу и были доставлены в Вильнюс": the clause states the release itself,
  // so the figure is the release's; only "the freed" as a noun, with no release verb of its own, is a part)
  if (!WHEREABOUTS_CY.test(clause) || RELEASE_VERB_CY.test(clause)) return null;
  return PLACES_CY.find(([pattern]) => pattern.test(clause))?.[1] ?? PLACES_CY.find(([pattern]) => pattern.test(sentence.slice(0, 1000)))?.[1] ?? null;
}

/** an age comparative right before a figure: "старше", "старэйшыя за", "младше", "в возрасте до" */
export const AGE_THRESHOLD_BEFORE_CY = re(`(?:^|[^\\p{L}])(?:${words('ageComparatives')})\\s+$`);
/** a decree that concerns so many, in the present ("указ касается 250", "указ тычыцца 250-ці"; a past one may be earlier) */
// ("указ коснулся ещё двадцати пяти", "указ еще о 33": "ещё" after the verb; a decree "about" its people)
export const DECREE_CONCERNS_BEFORE_CY = re(`(?:указ|ўказ|помиловани\\p{L}*|памілаван\\p{L}*)\\s+(?:(?:\\p{L}+\\s+)?(?:${words('decreeConcerns')})|(?:ещё\\s+|еще\\s+|яшчэ\\s+)?(?:о|об|пра|аб))\\s+(?:ещё\\s+|еще\\s+|яшчэ\\s+)?$`);
/** new political prisoners right after the figure: "17 новых палітвязняў", "12 новых политзаключённых" */
export const NEW_PRISONERS_AFTER_CY = re(`^\\s*(?:${words('newWords')})\\s+(?:${words('politicalPrisoners')})`);
/** the list of political prisoners grew by the figure, in its own clause */
export const LIST_GREW_IN_CLAUSE_CY = re(`(?<![\\p{L}])(?:${words('listGrew')})(?![\\p{L}])`);

/** a span of time after a number ("через пять дней", "праз тры тыдні"): not people */
export const DURATION_AFTER_CY = re(`^\\s*(?:${words('durations')})${R}`);

/** "у 14 хронические заболевания": a figure after the preposition у, its category after it */
export const U_BEFORE_CY = re(`${L}у\\s*$`);

/** an age threshold ("старше 50 лет") or a term ("10 лет колонии"): not a count of people */
export const YEARS_AFTER_CY = re(`^\\s*(?:-?[\\p{L}]{0,3}\\s+)?(?:лет|года|год|гадоў|гады|год)${R}`);
/** What SENTENCE_CY needs somewhere in its text: a cheap test that spares it for most figures */
export const SENTENCE_HINT_CY = /лет|год|гад|приговор|осужд|асуджан|прыгавор/;
// ("Статкевич, получивший 14 лет", "якую асудзілі на 12 гадоў", "приговорённая к 11 годам": the verb before the term)
export const SENTENCE_CY = re(`^\\s*(?:-?[\\p{L}]{0,3}\\s+)?(?:лет|года|годам|гадоў|гады)\\s+(?:лишения свободы|колонии|заключения|тюрьмы|пазбаўлення волі|калоніі|турмы|зняволення)|${L}(?:приговор[её]н\\p{L}*|осужд[её]н\\p{L}* на|осудили на|асуджан\\p{L}* на|асудзілі на|прыгавора\\p{L}*)\\s+(?:к\\s+)?$`);
/** "получивший 14 лет", "атрымаў 18 гадоў": a term received, when the years follow the figure at once */
export const GOT_TERM_CY = re(`${L}(?:(?:получивш|получил|атрымаў|атрымал)\\p{L}*|дали|далі|дадзена|дано)\\s+$`);
/** "14 лет назад", "гадоў таму": a time ago, never a term */
export const YEARS_AGO_AFTER_CY = re(`^\\s*(?:лет|год\\p{L}*|гадоў|гады)\\s+(?:назад|таму)`);
/**
 * The people whose sentences the KB holds, as Russian and Belarusian write them (either spelling), and the name the KB
 * gives them: "Статкевич, получивший 14 лет" is his.
 */
const PEOPLE_CY: [RegExp, string][] = [
  [/(?:тихановск(?:ий|ого|ому|им|ом)|ціханоўск(?:і|ага|аму|ім))(?![\p{L}])/u, 'Tsikhanouski'],
  [/статкевіч|статкевич/u, 'Statkevich'],
  [/калесь?нікав|колесников/u, 'Kalesnikava'],
  [/кастусёў|костусев|кастусев/u, 'Kastusyou'],
  [/кузнечык|кузнечик/u, 'Kuznechyk'],
];
/** the last of the KB's people named in the words before a figure, if any */
export function personBeforeCy(before: string): string | undefined {
  let found: { at: number; name: string } | undefined;
  for (const [pattern, name] of PEOPLE_CY) {
    const at = before.search(pattern);
    if (at >= 0 && (!found || at > found.at)) found = { at, name };
  }
  return found?.name;
}
export const IN_POWER_CY = re(`^\\s*(?:-?[\\p{L}]{0,3}\\s+)?(?:лет|года|гадоў|гады)\\s+(?:у власти|правлени|ва ўладзе|кіравання|при власти)`);

/** the arrests of a week, counted before the figure ("за прошлую неделю мы зафиксировали более ста задержаний") */
export const ARRESTS_CY = re(`${L}(?:${words('arrests')})`);
export const LAST_WEEK_CY = re(`(?:${words('lastWeek')})`);

/** months, in every case either language uses them (the packs' `months`); May only as a whole word ("маюць", "маю" are verbs) */
const MONTHS_CY: [number, string][] = ru.months.map((stems, i) => [i + 1, `${stems}|${be.months[i]}`]);
const MONTH_WORD = `(?:${MONTHS_CY.map(([, stems]) => stems).join('|')})\\p{L}*`;
/** a month's name in any case, Russian or Belarusian */
export const MONTH_WORD_CY = MONTH_WORD;

/** a month named between a figure and a category word: another item's time */
const MONTH_BETWEEN_CY = new RegExp(`(?:^|[^\\p{L}])${MONTH_WORD}`, 'u');

/** a release named by its month ("сентябрьское освобождение", "снежаньскае памілаванне"): the month word is the cue */
const RELEASE_NOUN_CY = '(?:освобожден|освобождён|помиловани|вызвален|памілаван|указ|ўказ|сделк|здзелк|обмен|абмен|волн|хвал)';

/** A month's name anywhere: what every MONTH_CUE_CY needs, a cheap test that spares it for most sentences */
export const MONTH_HINT_CY = new RegExp(`(?:${MONTHS_CY.map(([, stems]) => stems).join('|')})`, 'u');

/** "16 августа", "в сентябре", "в начале ноября", "у лістападзе", "у ліпені — верасні" (a range: its last month) */
export const MONTH_CUE_CY = new RegExp(`${L}(?:(\\d{1,2})\\s+${MONTH_WORD}|${MONTH_WORD}(?=\\s+${RELEASE_NOUN_CY})|(?:(?:в|во|у|ў|на(?=\\s+пачатку))\\s+|(?=на(?:пачатку|прыканцы)\\s))(?:(начале|середине|конце|пачатку|сярэдзіне|канцы|напачатку|напрыканцы)\\s+)?${MONTH_WORD}(?:\\s*[—–-]\\s*${MONTH_WORD})?|(?:с|з|от|ад)\\s+${MONTH_WORD}|^(?:месяц|месяц):\\s*(?:(начало|середина|конец|пачатак|сярэдзіна|канец)\\s+)?${MONTH_WORD}|^(?:(начало|середина|конец|пачатак|сярэдзіна|канец)\\s+)?${MONTH_WORD}(?=\\s+(?:19|20)\\d\\d\\s*[—–-]))`, 'gu');

/** each month's stems at a word's start, compiled once */
const MONTH_STARTS: [number, RegExp][] = MONTHS_CY.map(([month, stems]) => [month, new RegExp(`^(?:${stems})`, 'u')]);

/** (the last word's month kept: a sentence's month words are read for each of its cues, most of them the same word) */
let lastMonthWord: string | undefined;
let lastMonth: number | null = null;
export function monthOfWord(word: string): number | null {
  if (word === lastMonthWord) return lastMonth;
  let found: number | null = null;
  for (const [month, start] of MONTH_STARTS) {
    if (start.test(word)) {
      found = month;
      break;
    }
  }
  lastMonthWord = word;
  lastMonth = found;
  return found;
}

/** A date written "3 июля" right after the figure: a day, not a count. */
export const DATE_AFTER_CY = new RegExp(`^\\s+${MONTH_WORD}`, 'u');
/** a table's row, its label a day ("7 мая", "20 і 22 лістапада") or a month and year ("ноябрь 2024"), then a dash and a figure */
export const TABLE_ROW_CY = new RegExp(`^\\s*(?:\\d{1,2}(?:\\s+(?:и|і)\\s+\\d{1,2})?\\s+${MONTH_WORD}(?:\\s+(?:19|20)\\d\\d)?|(?:(?:начало|середина|конец|пачатак|сярэдзіна|канец)\\s+)?${MONTH_WORD}\\s+(?:19|20)\\d\\d)[^—–\\d]{0,40}\\s[—–-]\\s*\\d`, 'iu');
