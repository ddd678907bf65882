/**
 * Phrases Russian and Belarusian pages mix, read by one rule for both: "с ліпеня па верасень", "на свободу выйшлі",
 * "толькі ў Гомельскай вобласці". Spellings cross between the languages on real pages (and in machine translations),
 * so these rules take either language's word in each place. Merged after the ru and be packs (frame.ts).
 */
import type { CyrillicCueTables, FrameTables } from './index';
import { be } from './be';
import { ru } from './ru';

const raw = String.raw;

/** a month's name in either language, any case ("июля", "ліпеня") */
export const MONTH_CY = `(?:${[...ru.frame.monthStems, ...be.frame.monthStems].join('|')})\\p{L}*`;

export const CYRILLIC_SHARED: Partial<FrameTables> = {
  release: [raw`(?:на волю|на свободу|на свабоду) (?:вышл\p{L}*|выйшл\p{L}*)`],
  partOfPrisoners: [
    raw`(?:только|лишь|толькі|адно) (?:в|у|ў) (?!беларус)[\p{L}-]+`,
    raw`(?:из|з|жител\p{L}*|жыхар\p{L}*) [\p{L}-]+ (?:област\p{L}*|вобласц\p{L}*)`,
  ],
  sinceStart: [raw`(?:с|з) (?:лета|весны|осени|зимы|вясны|восені|зімы|20\d\d)(?![\p{L}])`],
  period: [
    raw`(?:летом|осенью|весной|зимой|летам|восенню|увесну|узімку|за (?:это|этот|всё это|все это|гэты|увесь гэты|гэта) (?:время|период|час|перыяд)|за (?:последн\p{L}*|апошн\p{L}*|прошл\p{L}*|мінул\p{L}*) (?:\p{L}+ )?(?:год\p{L}*|месяц\p{L}*|месяц\p{L}*|тыдз\p{L}*|недел\p{L}*|гады|гадоў)|в прошлом году|у мінулым годзе|за (?:два|три|четыре|пять|шесть|несколько|два|тры|чатыры|пяць|шэсць|некалькі|полгода|паўгода)\p{L}* ?(?:месяц\p{L}*|года|лет|гады|гадоў|недел\p{L}*|тыдн\p{L}*)?)`,
    raw`(?:с|з|от|ад) (?:начала |пачатку |середины |сярэдзіны |конца |канца )?${MONTH_CY} (?:по|до|да|па) (?:начала |начало |пачатку |пачатак |середины |середину |сярэдзіны |сярэдзіну |конца |конец |канца |канец )?${MONTH_CY}`,
    raw`(?:в|у|ў) ${MONTH_CY} (?:и|і) ${MONTH_CY}`,
    // "в июне, сентябре и теперь в декабре": several months in one list, summed
    raw`(?:в|у|ў) ${MONTH_CY}(?:, (?:(?:и|і|а) )?(?:теперь |цяпер |вот )?(?:(?:в|у|ў) )?${MONTH_CY})+`,
    // "до этого указа": the count stops before the news
    raw`(?:до (?:этой|этого|последн\p{L}*|нового)|да (?:гэтага|гэтай|апошн\p{L}*|новага)|к концу|да канца)`,
    // "за год", "летась": a year's sum, not the page's round
    raw`(?:за (?:этот |минувший |прошедший |гэты |мінулы )?год|летась|торак)(?![\p{L}])`,
    // "до субботней сделки": the count stops short of the news
    raw`(?:до|да) (?:\p{L}+ )?(?:сделки|освобождения|обмена|указа|помилования|здзелкі|вызвалення|абмену|указа|памілавання)(?![\p{L}])`,
    // "с 2020 по 2024 год": a span of years
    raw`(?:с|з|от|ад) (?:19|20)\d\d (?:по|до|да|па) (?:(?:начал\p{L}*|середин\p{L}*|пачат\p{L}*|сярэдзін\p{L}*) )?(?:19|20)\d\d`,
    // "за 2025 год", "за весну и начало лета": a named year or season as a whole
    raw`(?:за|на працягу|в течение) (?:(?:весь|увесь|весь|целый) )?(?:19|20)\d\d(?: год\p{L}*)?`,
    raw`за (?:весну|лето|осень|зиму|вясну|восень|зіму)(?![\p{L}])`,
    // "чэрвеньскай і вераснёўскай здзелак": several releases summed
    raw`(?:сделок|здзелак|обменов|абменаў)(?![\p{L}])`,
  ],
  lookBack: [MONTH_CY],
  countsFrom: [`(?:с|з|от|ад) (начала |середины |конца |пачатку |сярэдзіны |канца )?${MONTH_CY}`],
  withinMonth: [`(?:в|у|ў) ${MONTH_CY}`, raw`(?:в этом|в том|у гэтым) месяц\p{L}*`],
};

/** the extractor's phrases that mix the languages ("на волю вышли", "на волю выходзяць") */
export const CY_SHARED_CUES: Partial<CyrillicCueTables> = {
  // age thresholds and children with disabilities, in words either language uses
  categoryWords: {
    round_over_50: ['(?:старше|старэй\\p{L}*|больш за)\\s+(?:за\\s+)?(?:50|пятидесяти|пяцідзесяці)'],
    round_under_25: ['(?:младше|моложе|маладзей\\p{L}*)\\s+(?:за\\s+)?(?:25|двадцати пяти|дваццаці пяці)'],
    round_under_40: ['(?:(?:в возрасте|ва ўзросце)\\s+до|младше|моложе|маладзей\\p{L}*(?:\\s+за)?)\\s+(?:40|сорока|сарака)'],
    round_with_disabled_children: ['(?:воспитывают |имеют |маюць |выхоўваюць |ёсць )?(?:детей|дзеці|дзяцей) (?:с|з) (?:инвалидност|інваліднасц)'],
  },
  pardonBefore: [String.raw`на волю (?:вышл\p{L}*|выйшл\p{L}*|выходзяць)`],
};
