/**
 * Belarusian, in both spellings (the official one and the classical one of Svaboda and Nasha Niva: "палітвязьняў",
 * "зьняволеных", "сёньня"): the phrase tables the readers build their patterns from (the shape and the rules for
 * entries: lang/index.ts). Stems shared with Russian ("вызвал") are listed in both packs and tried once. Phrases that
 * Russian and Belarusian pages mix are in lang/cyrillicShared.ts.
 */
import type { CyrillicCueTables, LanguagePack } from './index';
import { BE_GATE } from './gate';

const raw = String.raw;


export const be: LanguagePack = {
  code: 'be',
  frame: {
    release: [raw`памілава\p{L}*`, raw`памілоўва\p{L}*`, raw`памілуе\p{L}*`, raw`вызвал\p{L}*`, raw`вызваля\p{L}*`, raw`выйшл\p{L}* на волю`, raw`выйшл\p{L}* на свабод\p{L}*`, raw`адпуст\p{L}*`, raw`адпусц\p{L}*`],
    pardonStems: ['памілав'],
    otherGroup: [
      raw`асудзі\p{L}*`, raw`прысуд\p{L}*`, raw`спіс\p{L}*`, raw`медыйн\p{L}*`, raw`журналіст\p{L}*`, raw`асуджан\p{L}*`, raw`асудж\p{L}*`,
      raw`затрыма\p{L}*`, raw`арышт\p{L}*`, raw`прызнан\p{L}*`, raw`застаюц\p{L}*`, raw`застаец\p{L}*`, 'за кратамі', raw`утрымліва\p{L}*`,
    ],
    prisonersNoun: [raw`палітвязь?н\p{L}*`, raw`палітычных вязь?н\p{L}*`],
    ofThem: ['з іх', 'сярод іх', 'з якіх'],
    amongReleased: ['сярод (?:памілаваных|вызваленых)', 'з (?:памілаваных|вызваленых)'],
    partOfPrisoners: [
      'сіза',
      raw`у (?:калоні\p{L}*|вобласці|турм\p{L}*)`,
      raw`жанчын\p{L}*[- ]палітвязь?н\p{L}*`,
      raw`журналіст\p{L}*`,
    ],
    sinceStart: [],
    period: [],
    credited: [raw`дапамаг\p{L}* (?:вызваліць|дамагчыся)`, raw`дамагл\p{L}* вызвалення`, 'дамогся вызвалення'],
    totalNow: ['усяго ўжо', raw`ужо памілава\p{L}*`, 'такім чынам'],
    totalWords: ['усяго', 'агулам', 'з ліпеня', 'з пачатку'],
    lookBack: [raw`перад (?:мінулымі |апошнімі )?(?:прэзідэнцкімі )?выбарамі`, 'раней', raw`мінул\p{L}*`],
    afterEarlier: ['пасля', raw`пасля (?:вызвалення|памілавання|выхаду на волю)`, raw`з (?:вызвалення|памілавання)`],
    counterSays: ['паводле (?:яго |іх )?(?:звестак|падлікаў|дадзеных)'],
    notHappened: [
      'калі б', raw`магл\p{L}* б`, raw`спадзява\p{L}*`, raw`патрабу\p{L}*`, raw`закліка\p{L}*`, raw`прашэнн\p{L}*`, 'разглядае', 'вызваляць',
      'памілуе', 'адпусцяць', 'спатрэбіцца', 'пры такім тэмпе',
    ],
    otherMeans: ['пасля заканчэння тэрміну', raw`адбыў\p{L}*`, raw`абмяня\p{L}*`, raw`(?:[уў] ходзе|[уў] межах|падчас) абмен\p{L}*`],
    countsFrom: [],
    withinMonth: [],
    newsOfTheDay: ['яшчэ', raw`чарговы\p{L}*`, 'сёння', 'сёньня', 'учора', 'напярэдадні'],
    ofTheWhole: ['з'],
    splitOfWhole: ['з'],
    and: ['і'],
    still: ['яшчэ'],
    others: ['другіх', 'іншых'],
    definite: ['усе', 'ўсе', 'усіх'],
    detainedStems: ['затрым'],
    arrestStems: ['арышт'],
    // the frame's month stems: looser than `months` below
    monthStems: ['студзен', 'лют', 'сакавік', 'красавік', 'травен|траўн', 'чэрвен', 'ліпен', 'жні[ўв]', 'верас', 'кастрычнік', 'лістапад', 'снеж'],
  },
  hedges: [
    ['больш за', 'lowerStrict'], ['больш як', 'lowerStrict'], ['звыш', 'lowerStrict'], ['болей', 'lowerStrict'], ['не менш за', 'lower'],
    ['не менш як', 'lower'], ['прынамсі', 'lower'], ['каля', 'approx'], ['прыкладна', 'approx'], ['амаль', 'near'], ['менш за', 'upper'],
  ],
  // month stems in every case
  months: ['студзен', 'лют', 'сакавік|сакавіц', 'красавік|красавіц', 'травен|траўн|травень', 'чэрвен|чэрвень', 'ліпен|ліпень', 'жнів|жніўн', 'верас', 'кастрычнік|кастрычніц', 'лістапад', 'снеж|сьнеж'],
  gate: BE_GATE,
};

/** The Belarusian extractor's tables (cyrillic.ts; the shape: lang/index.ts CyrillicCueTables) */
export const BE_CUES: CyrillicCueTables = {
  pardon: ['памілава', 'памілоўва', 'памілуе', 'вызвал', 'вызваля', 'на свабод', 'на волю', 'амніст', 'адпуст', 'адпусц'],
  pardonBefore: [
    'вызвалены', 'памілаваў', 'памілавала', 'памілаваныя', 'памілаванні', 'памілаваць', 'вызваліў', 'вызваліла', 'вызваленыя', 'вызваліць',
    'памілавалі', 'вызвалілі', 'памілаваных', 'вызваленых', 'рашэнне аб памілаванні', 'адпусціў', 'адпусціла', 'адпусцілі',
  ],
  peopleAfter: ['чалавек', 'асуджан', 'палітвязь?н', 'грамадзян', 'беларус', 'вязь?н', 'зь?няволен', 'актывіст'],
  held: [
    'за кратамі', 'застаюцца', 'застаецца', 'утрымліваюцца', 'знаходзяцца', 'у няволі', 'зараз', 'цяпер', 'на сённяшні',
    // "«Вясна» налічвае 1265", "колькасць палітвязняў складае 1140", "у Беларусі па-ранейшаму 1244"
    raw`налічва\p{L}*`, raw`налічыл\p{L}*`, raw`склада\p{L}*`, 'па-ранейшаму', 'паводле', 'у беларусі',
  ],
  politicalPrisoners: ['палітвязь?н', 'палітычных вязь?н', 'па палітычных матывах'],
  rightsCount: ['праваабаронц', 'вясн'],
  recognised: ['прызнан', 'прызнал'],
  total: ['усяго', 'агулам', 'разам', 'з ліпеня', 'з пачатку', 'за год', 'за гэты год', 'сёлета', 'у выніку', 'ў выніку', 'сваімі ўказамі', 'ўказамі'],
  // "год таму": a look back by years or months ("таму што" is "because", and days ago are the news)
  otherTime: [
    // "before the presidential election": a release placed before an earlier event
    raw`перад (?:мінулымі |апошнімі )?(?:прэзідэнцкімі )?выбарамі`,
    raw`(?:напрыканцы|[уў] канцы|да канца) мінулага года`, raw`(?:напрыканцы|[уў] канцы) (?:19|20)\d\d года`,
    'раней', raw`(?:год|гады|гадоў|месяц\p{L}*|месяцы) таму`, 'летась', 'у мінулым годзе', 'папярэдн', 'у мінулы раз'],
  // names spelt as in Russian (азербайджан, казахстан …) are read through the Russian table
  otherCountries: ['расі', 'іран'],
  belarus: ['беларус', 'лукаш', 'мінск'],
  arrests: ['затрыманн'],
  roundNouns: ['хвал', 'раунд', 'груп', 'памілаван', 'указ', 'партыі', 'рашэнн\\p{L}* аб памілаванні'],
  roundNounLeads: ['ужо', 'па ліку'],
  otherCount: ['аб якой паведамля', 'абвешчан', 'указ'],
  /** women, men, the chronically ill …: the category word after a figure ("23 мужчыны") */
  categoryWords: {
    round_women: ['жанчын'],
    round_men: ['мужчын'],
    round_large_families: ['шматдзетн'],
    round_minors: ['(?:у|ў)\\s+непаўналетнім\\s+узросце', 'як\\s+непаўналетн'],
    round_pensioners: ['пенсіянер', 'пенсійнага ўзросту'],
    round_with_disabled_children: ['дзяцей з інваліднасц', 'дзіцяці з інваліднасц', 'дзяцей-інвалід'],
    round_married_couples: ['сямейн\\p{L}* пар', 'шлюбн\\p{L}* пар'],
    round_political: ['экстрэмісцк'],
    round_foreigners: ['замежн'],
    round_nationals: [
      'беларус(?:аў|ы)', 'летувіс', 'літоўц', 'латвійц', 'палякаў', 'амерыканц', 'немцаў', 'японц', 'эстонц', 'швейцарц', 'француз', 'брытанц',
      raw`грамадзян\p{L}* (?:літвы|латвіі|польшчы|зша|германіі|беларусі|японіі|эстоніі|швейцарыі|францыі|вялікабрытаніі)`,
    ],
    round_with_children: ['ёсць дзеці', 'маюць дзяцей', 'выхоўваюць дзяцей'],
    round_chronically_ill: ['хранічн', 'цяжка хвор'],
    // "дзевяць адправілі ў Літву, 114 — ва Украіну": where those freed were taken (the country in the accusative)
    round_destination: [raw`(?:у|ў|ва|на)\s+(?:літву|украіну|польшчу|латвію|германію)(?![\p{L}])`],
    round_disabled: ['інвалід'],
  },
  lastWeek: ['за мінулы тыдзень', 'на мінулым тыдні'],
};
