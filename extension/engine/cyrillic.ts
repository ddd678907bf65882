/**
 * Russian and Belarusian: the words that tell what a figure counts and when, for sentences written in
 * Cyrillic. The same kinds and the same caution as the English cues (cues.ts): a figure is read only when a
 * cue in its sentence says what it counts; an unclear one is dropped.
 *
 * JavaScript's \b knows only Latin letters, so word edges here are lookarounds on \p{L} (the `u` flag).
 * Stems cover the cases: "помилова" matches помиловал, помилованы, помиловании; "жанчын" жанчыны, жанчын.
 */
import type { ClaimKind } from './types';

/** Any Cyrillic letter: the sentence is read with these cues. */
export const CYRILLIC = /[\u0400-\u04FF]/;

const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}])';
const re = (source: string) => new RegExp(source, 'u');

/** pardon and release, in both languages */
export const PARDON_CY = re(`${L}(?:помилова|помилуе|помиловк|памілава|памілуе|освобо[дж]|вызвал|вызваля|на свобод|на свабод|на волю|амнист|амніст|отпуст|адпуст)`);

/** a pardon verb shortly before the figure, nothing but a few words between ("помиловал еще 37", "указ о помиловании 18") */
export const PARDON_BEFORE_CY = re(`${L}(?:на волю (?:вышл\\p{L}*|выйшл\\p{L}*|выходзяць)|вызвалены|помиловал[аи]?|помилованы|помиловании|помиловать|помилует|освободил[аи]?|освобождены|освобожденных|освободить|отпустил[аи]?|памілаваў|памілавала|памілаваныя|памілаванні|памілаваць|вызваліў|вызваліла|вызваленыя|вызваліць|помиловали|памілавалі|освободили|вызвалілі|помилованных|памілаваных|вызваленых|решение о помиловании|рашэнне аб памілаванні)${R}[^\\d.;!?]{0,45}$`);

/** the figure counts people: "37 человек", "29 политзаключенных", "18 осужденных", "123 граждан" */
export const PEOPLE_AFTER_CY = re(`^\\s*(?:-?[\\p{L}]{0,3}\\s+)?(?:человек|чалавек|осужденн|осуждённ|асуджан|политзаключ|палітвязь?н|заключенн|заключённ|граждан|грамадзян|лиц${R}|белорус|беларус|узник|вязь?н|зь?няволен|активист|актывіст)`);

/** a count of those still held */
export const HELD_CY = re(`${L}(?:остаются|остается|остаётся|находятся|находится|за решеткой|за решёткой|в заключении|в тюрьм|в местах лишения|за кратамі|застаюцца|застаецца|утрымліваюцца|знаходзяцца|в неволе|у няволі|сейчас|сегодня|на сегодня|зараз|цяпер|на сённяшні)`);
export const POLITICAL_PRISONERS_CY = re(`${L}(?:политзаключ|политических заключ|палітвязь?н|палітычных вязь?н)`);
/** "праваабаронцы лічаць, што за кратамі застаецца звыш 1 100 чалавек": held, in a rights group's count */
export const RIGHTS_COUNT_CY = re(`${L}(?:праваабаронц|правозащитн|вясн)`);

/** recognised as political prisoners (since 2020) */
/** recognised as political prisoners, in either order ("признаны политзаключёнными", "палітвязь?нямі прызнаныя") */
export function isRecognitionCy(lower: string): boolean {
  return /(?:признан|прызнан|признал|прызнал)/u.test(lower) && POLITICAL_PRISONERS_CY.test(lower);
}

/** a total: "помиловал своими указами 78", "всего", "в общей сложности", "с июля" */
export const TOTAL_CY = re(`${L}(?:всего|усяго|в общей сложности|агулам|итого|разам|с июля|з ліпеня|с начала|з пачатку|за год|за гэты год|в этом году|сёлета|у выніку|ў выніку|в результате|своими указами|сваімі ўказамі|указами|ўказамі)${R}`);
/** the sentence looks back ("ранее", "до этого", "предыдущее") */
export const OTHER_TIME_CY = re(`${L}(?:ранее|раней|назад|таму|летась|в прошлом году|у мінулым годзе|до этого|перед этим|предыдущ|папярэдн|в прошлый раз|у мінулы раз|прошл\\p{L}* раз)`);

/** a total over another period or counted otherwise: "с 2020 года" */
export const OTHER_PERIOD_CY = re(`${L}(?:(?:с|з) (?:19|20)\\d{2}|за (?:\\d+|четыре|пять|чатыры|пяць) (?:года|лет|гады|гадоў))`);

/** an ordinal that counts rounds: "седьмое помилование", "шостая хваля", "восьмая группа" */
export const ROUND_NOUN_AFTER_CY = re(`^\\s*(?:уже\\s+|ужо\\s+|по счету\\s+|па ліку\\s+)?(?:волн|хвал|раунд|групп|груп|помилован|памілаван|указ|партыі|партии|этап|решени\\p{L}* о помиловании|рашэнн\\p{L}* аб памілаванні)`);
/** "вторая волна … в ноябре", "в этом месяце": an ordinal that counts within a month, a week or a year, not since July */
export const WITHIN_PERIOD_CY = re(`^[^.;]{0,50}?(?:(?:в|у|ў)\\s+(?:этом|этот|гэтым|гэты)\\s+(?:месяце|месяц|годзе|году|тыдні|неделе)|(?:в|у|ў)\\s+(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|травен|траўн|чэрвен|ліпен|жнів|верас|кастрычнік|лістапад|снеж)\\p{L}*(?!\\s+\\d{4}))`);
/** an ordinal counting announcements ("о которой сообщает пресс-служба") or decrees counts another thing */
export const OTHER_COUNT_CY = re(`(?:о котор\\p{L}+ сообща|аб якой паведамля|объявлен|абвешчан|указ)`);

/** another country's pardons and prisoners */
const OTHER_COUNTRIES_CY = re(`${L}(?:росси|расі|азербайджан|венесуэл|казахстан|иран|іран|кита|грузи|армени|узбекистан|туркмен|ссша|америк|никарагуа)`);
const BELARUS_CY = re(`${L}(?:беларус|белорус|лукаш|минск|мінск)`);

export function isOffTopicSentenceCy(lower: string): boolean {
  return OTHER_COUNTRIES_CY.test(lower) && !BELARUS_CY.test(lower) && !POLITICAL_PRISONERS_CY.test(lower);
}

/**
 * What a composition figure counts: the category word that comes first after it ("23 мужчины и семь женщин" are
 * men), with only words and dashes between. Age thresholds carry their number ("старше 50").
 */
const CATEGORY_WORDS_CY: [ClaimKind, RegExp][] = [
  ['round_women', re(`${L}(?:женщин|жанчын)`)],
  ['round_men', re(`${L}(?:мужчин|мужчын)`)],
  ['round_over_50', re(`${L}(?:старше|старэй\\p{L}*|больш за)\\s+(?:за\\s+)?(?:50|пятидесяти|пяцідзесяці)`)],
  ['round_under_25', re(`${L}(?:младше|моложе|маладзей\\p{L}*)\\s+(?:за\\s+)?(?:25|двадцати пяти|дваццаці пяці)`)],
  ['round_under_40', re(`${L}(?:(?:в возрасте|ва ўзросце)\\s+до|младше|моложе|маладзей\\p{L}*(?:\\s+за)?)\\s+(?:40|сорока|сарака)`)],
  ['round_large_families', re(`${L}(?:многодетн|шматдзетн)`)],
  ['round_minors', re(`${L}(?:(?:в|у|ў)\\s+несовершеннолетнем\\s+возрасте|(?:у|ў)\\s+непаўналетнім\\s+узросце|будучи\\s+несовершеннолетн|як\\s+непаўналетн)`)],
  ['round_pensioners', re(`${L}(?:пенсионер|пенсіянер|пенсионного возраста|пенсійнага ўзросту)`)],
  ['round_with_disabled_children', re(`${L}(?:(?:воспитывают |имеют |маюць |выхоўваюць |ёсць )?(?:детей|дзеці|дзяцей) (?:с|з) (?:инвалидност|інваліднасц)|детей с инвалидност|ребенка с инвалидност|дзяцей з інваліднасц|дзіцяці з інваліднасц|детей-инвалид|дзяцей-інвалід)`)],
  ['round_married_couples', re(`${L}(?:супружеск\\p{L}* пар|сямейн\\p{L}* пар|шлюбн\\p{L}* пар)`)],
  ['round_political', re(`${L}(?:экстремистск|экстрэмісцк|протестн)`)],
  ['round_foreigners', re(`${L}(?:иностран|замежн)`)],
  ['round_nationals', re(`${L}(?:белорус(?:ов|ы)|беларус(?:аў|ы)|литовц|летувіс|латыш|латвійц|поляк|палякаў|американц|амерыканц|немц|немцаў|граждан (?:литвы|латвии|польши|сша|германии))`)],
  ['round_with_children', re(`${L}(?:есть дети|имеют детей|имеют несовершеннолетних детей|воспитывают детей|ёсць дзеці|маюць дзяцей|выхоўваюць дзяцей)`)],
  ['round_chronically_ill', re(`${L}(?:хроническ|хранічн|тяжело болен|цяжка хвор)`)],
  ['round_disabled', re(`${L}(?:инвалид|інвалід)`)],
];

/** Any category's words, without the word-start lookbehind: one scan that says whether any pattern can match. */
const ANY_CATEGORY_WORD_CY = new RegExp(CATEGORY_WORDS_CY.map(([, pattern]) => `(?:${pattern.source.split(L).join('')})`).join('|'), 'u');

/** The category of the first category word within reach after a figure, or null. */
export function categoryAfterCy(after: string): ClaimKind | null {
  let best: { kind: ClaimKind; at: number } | null = null;
  const reach = after.slice(0, 70);
  // every category is named in Cyrillic words: without one in reach, none of the patterns can match
  if (!CYRILLIC.test(reach) || !ANY_CATEGORY_WORD_CY.test(reach)) return null;
  for (const [kind, pattern] of CATEGORY_WORDS_CY) {
    const match = pattern.exec(reach);
    if (!match || (best && match.index >= best.at)) continue;
    // only words, spaces, commas and dashes between the figure and the category ("человек имеют", "из них –")
    if (!/^[\s\p{L},«»"'’—–-]*$/u.test(reach.slice(0, match.index)) || match.index > (kind === 'round_political' || kind === 'round_minors' ? 70 : 45)) continue;
    // "одиннадцать, мужчин — девять": the word names the figure after its dash, not this one
    if (/^\p{L}*\s*[—–]\s*\S/u.test(reach.slice(match.index + match[0].length))) continue;
    best = { kind, at: match.index };
  }
  return best?.kind ?? null;
}

/** "жанчыны (11 чалавек)": the category named just before the figure, in brackets */
export const CATEGORY_BEFORE_CY: [ClaimKind, RegExp][] = [
  ['round_women', re(`${L}(?:женщин\\p{L}*|жанчын\\p{L}*)\\s*[(—–-]\\s*$|(?:^|[,;]\\s*)(?:женщин|жанчын)\\p{L}*\\s+(?:среди|сярод)\\s[^,;—–]*$`)],
  ['round_men', re(`${L}(?:мужчин\\p{L}*|мужчын\\p{L}*)\\s*[(—–-]\\s*$|(?:^|[,;]\\s*)(?:мужчин|мужчын)\\p{L}*\\s+(?:среди|сярод)\\s[^,;—–]*$`)],
];

/** "у 14 хронические заболевания": a figure after the preposition у, its category after it */
export const U_BEFORE_CY = re(`${L}у\\s*$`);

/** an age threshold ("старше 50 лет") or a term ("10 лет колонии"): not a count of people */
export const THRESHOLD_BEFORE_CY = re(`${L}(?:старше|младше|моложе|до|старэй(?:шыя)? за|маладзей(?:шыя)? за|больш за|менш за|в возрасте|ва ўзросце(?: да)?|в|у)\\s*$`);
export const YEARS_AFTER_CY = re(`^\\s*(?:-?[\\p{L}]{0,3}\\s+)?(?:лет|года|год|гадоў|гады|год)${R}`);
/** What SENTENCE_CY needs somewhere in its text: a cheap test that spares it for most figures */
export const SENTENCE_HINT_CY = /лет|год|гад|приговор|осужд|асуджан|прыгавор/;
export const SENTENCE_CY = re(`^\\s*(?:-?[\\p{L}]{0,3}\\s+)?(?:лет|года|годам|гадоў|гады)\\s+(?:лишения свободы|колонии|заключения|тюрьмы|пазбаўлення волі|калоніі|турмы|зняволення)|${L}(?:приговорен\\p{L}*|осужден\\p{L}* на|асуджан\\p{L}* на|прыгавораны\\p{L}*)\\s+к?\\s*$`);
export const IN_POWER_CY = re(`^\\s*(?:-?[\\p{L}]{0,3}\\s+)?(?:лет|года|гадоў|гады)\\s+(?:у власти|правлени|ва ўладзе|кіравання|при власти)`);

/** the arrests of a week, counted before the figure ("за прошлую неделю мы зафиксировали более ста задержаний") */
export const ARRESTS_CY = re(`${L}(?:задержани|арест|затрыманн)`);
export const LAST_WEEK_CY = re(`(?:за (?:прошлую|последнюю) неделю|на прошлой неделе|за мінулы тыдзень|на мінулым тыдні)`);

/** months, in every case either language uses them; May only as a whole word ("маюць", "маю" are verbs) */
const MONTHS_CY: [number, string][] = [
  [1, 'январ|студзен|студзен'], [2, 'феврал|лют'], [3, 'март|сакавік'], [4, 'апрел|красавік'], [5, 'ма[йяеі](?!\\p{L})|травен|траўн|травень'],
  [6, 'июн|чэрвен|чэрвень'], [7, 'июл|ліпен|ліпень'], [8, 'август|жнів|жніўн'], [9, 'сентябр|верас'], [10, 'октябр|кастрычнік'],
  [11, 'ноябр|лістапад'], [12, 'декабр|снеж'],
];
const MONTH_WORD = `(?:${MONTHS_CY.map(([, stems]) => stems).join('|')})\\p{L}*`;

/** A month's name anywhere: what every MONTH_CUE_CY needs, a cheap test that spares it for most sentences */
export const MONTH_HINT_CY = new RegExp(`(?:${MONTHS_CY.map(([, stems]) => stems).join('|')})`, 'u');

/** "16 августа", "в сентябре", "в начале ноября", "у лістападзе", "у ліпені — верасні" (a range: its last month) */
export const MONTH_CUE_CY = new RegExp(`${L}(?:(\\d{1,2})\\s+${MONTH_WORD}|(?:в|во|у|ў)\\s+(?:(начале|середине|конце|пачатку|сярэдзіне|канцы)\\s+)?${MONTH_WORD}(?:\\s*[—–-]\\s*${MONTH_WORD})?|(?:с|з|от|ад)\\s+${MONTH_WORD}|^(?:месяц|месяц):\\s*(?:(начало|середина|конец|пачатак|сярэдзіна|канец)\\s+)?${MONTH_WORD})`, 'gu');

/** each month's stems at a word's start, compiled once */
const MONTH_STARTS: [number, RegExp][] = MONTHS_CY.map(([month, stems]) => [month, new RegExp(`^(?:${stems})`, 'u')]);

export function monthOfWord(word: string): number | null {
  for (const [month, start] of MONTH_STARTS) if (start.test(word)) return month;
  return null;
}

/** A date written "3 июля" right after the figure: a day, not a count. */
export const DATE_AFTER_CY = new RegExp(`^\\s+${MONTH_WORD}`, 'u');
