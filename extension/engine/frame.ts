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
  countsFrom?: { month: number; part: boolean };
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
  /** the paragraphs just before speak of a release */
  releaseBefore: boolean;
}

const re = (source: string) => new RegExp(source, 'u');
const L = '(?<![\\p{L}\\d])';

/** A release verb or noun, in the three languages. */
const RELEASE = re(`${L}(?:pardon\\p{L}*|clemency|free[sd]?|set free|releas\\p{L}*|let go|walk(?:ed)? free|помилова\\p{L}*|помилуе\\p{L}*|освобо[дж]\\p{L}*|вышл\\p{L}* на свобод\\p{L}*|(?:на волю|на свободу|на свабоду) (?:вышл\\p{L}*|выйшл\\p{L}*)|вышл\\p{L}* на волю|выйшл\\p{L}* на волю|отпуст\\p{L}*|памілава\\p{L}*|памілуе\\p{L}*|вызвал\\p{L}*|вызваля\\p{L}*|выйшл\\p{L}* на свабод\\p{L}*|адпуст\\p{L}*)`);
/** a pardon's own word: the basis is pardons, not releases */
const PARDON_WORD = /(?:pardon|clemency|помилов|памілав)/u;
/** Words of another group: people convicted, arrested, recognised or still held (not released). */
const OTHER_GROUP = re(`${L}(?:convict\\p{L}*|sentenc\\p{L}*|arrest\\p{L}*|detain\\p{L}*|jailed|imprisoned|prosecut\\p{L}*|charged|recogni[sz]\\p{L}*|remain\\p{L}*|behind bars|still held|held in|in custody|осужд\\p{L}*|осуди\\p{L}*|асудзі\\p{L}*|приговор\\p{L}*|прысуд\\p{L}*|списк\\p{L}*|спіс\\p{L}*|list\\p{L}*|медыйн\\p{L}*|журналіст\\p{L}*|журналист\\p{L}*|осуждён\\p{L}*|арест\\p{L}*|задерж\\p{L}*|признан\\p{L}*|остают\\p{L}*|остаёт\\p{L}*|остает\\p{L}*|находят\\p{L}*|за решетк\\p{L}*|за решётк\\p{L}*|асуджан\\p{L}*|асудж\\p{L}*|затрыма\\p{L}*|арышт\\p{L}*|прызнан\\p{L}*|застаюц\\p{L}*|застаец\\p{L}*|за кратамі|утрымліва\\p{L}*)`);
/** people held for their politics, named as a group */
const PRISONERS_NOUN = re(`${L}(?:political prisoners|prisoners of conscience|политзаключ\\p{L}*|политических заключ\\p{L}*|палітвязь?н\\p{L}*|палітычных вязь?н\\p{L}*)`);
/** "of them", "among them", "из них", "з іх": a part of a group named before. */
const OF_THEM = re(`${L}(?:of them|among them|of whom|of those|из них|среди них|из которых|з іх|сярод іх|з якіх)(?![\\p{L}])`);
/** "among those pardoned", "среди помилованных": the part is stated to be of the release. */
const AMONG_RELEASED = re(`${L}(?:among (?:those|the people|the prisoners|the) (?:pardoned|freed|released)|(?:those|the people|the prisoners) (?:pardoned|freed|released) (?:include|included|were)|of (?:those|the) (?:pardoned|freed|released)|среди (?:помилованных|освобожденных|освобождённых)|из (?:помилованных|освобожденных|освобождённых)|сярод (?:памілаваных|вызваленых)|з (?:памілаваных|вызваленых))`);
/** a part of a country's prisoners: one colony, one region, one trade */
const PART_OF_PRISONERS = re(`${L}(?:in [\\p{L}-]+ alone|(?:только|лишь|толькі|адно) (?:в|у|ў) [\\p{L}-]+|from (?:the )?[\\p{L}-]+ (?:region|oblast|district)|remand prison|pre-trial detention|сизо|сіза|(?:из|з|жител\\p{L}*|жыхар\\p{L}*) [\\p{L}-]+ (?:област\\p{L}*|вобласц\\p{L}*)|in (?:the |a )?(?!belarus|the country|its |their |his |her )(?:[\\p{L}-]+ ){1,2}(?:penal colony|colony|colonies|prison|jail|region|oblast|district)|in (?:penal )?colony (?:no\\.?|№|number) ?\\d|(?:women|female|journalists?|lawyers?|medics|doctors|students|pensioners|foreign(?:ers| nationals| citizens)?|ukrainians|minors) (?:political )?prisoners|political prisoners (?:who are|among) (?:women|journalists|foreigners)|в (?:колони\\p{L}*|исправительн\\p{L}*|област\\p{L}*|тюрьм\\p{L}*|СИЗО)|у (?:калоні\\p{L}*|вобласці|турм\\p{L}*)|женщин\\p{L}*[- ]политзаключ\\p{L}*|жанчын\\p{L}*[- ]палітвязь?н\\p{L}*|журналист\\p{L}*|журналіст\\p{L}*)`);

/**
 * Time spans a sentence can name, other than a round's month: a season, a stretch between two months, "last year",
 * a year, "for (all) this time". The judge reads them as a period, never as the page's round.
 */
const MONTH_EN = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const MONTH_CY = '(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|травен|траўн|чэрвен|ліпен|жні[ўв]|верас|кастрычнік|лістапад|снеж)\\p{L}*';
/** "since 2020", "since the summer", "с 2020": a count from a start; for the counts since 2020 it is the KB's own span */
const SINCE_START = re([
  `${L}since (?:(?:the )?(?:summer|spring|autumn|fall|winter)(?: of (?:19|20)\\d\\d)?|(?:19|20)\\d\\d)(?![\\p{L}\\d])`,
  `${L}(?:с|з) (?:лета|весны|осени|зимы|вясны|восені|зімы|20\\d\\d)(?![\\p{L}])`,
].join('|'));
const PERIOD = re([
  `${L}(?:over|during|throughout|in|for|across) (?:the |this |that |last )?(?:summer|autumn|fall|spring|winter|past (?:\\w+ )?(?:weeks?|months?|years?)|last (?:\\w+ )?(?:weeks?|months?|years?)|(?:two|three|four|five|six|several|few) (?:weeks|months|years))`,
  `${L}(?:between|from) ${MONTH_EN}(?: \\d{4})? (?:to|and|through|till|until) ${MONTH_EN}`,
  `${L}(?:last|previous) (?:year|summer|autumn|spring|winter)`,
  `${L}(?:since (?:then|that time)|over (?:that|this) (?:time|period)|in (?:that|this) (?:time|period))`,
  `${L}(?:летом|осенью|весной|зимой|летам|восенню|увесну|узімку|за (?:это|этот|всё это|все это|гэты|увесь гэты|гэта) (?:время|период|час|перыяд)|за (?:последн\\p{L}*|апошн\\p{L}*|прошл\\p{L}*|мінул\\p{L}*) (?:\\p{L}+ )?(?:год\\p{L}*|месяц\\p{L}*|месяц\\p{L}*|тыдз\\p{L}*|недел\\p{L}*|гады|гадоў)|в прошлом году|у мінулым годзе|за (?:два|три|четыре|пять|шесть|несколько|два|тры|чатыры|пяць|шэсць|некалькі|полгода|паўгода)\\p{L}* ?(?:месяц\\p{L}*|года|лет|гады|гадоў|недел\\p{L}*|тыдн\\p{L}*)?)`,
  `${L}(?:с|з|от|ад) (?:начала |пачатку |середины |сярэдзіны |конца |канца )?${MONTH_CY} (?:по|до|да|па) (?:начала |начало |пачатку |пачатак |середины |середину |сярэдзіны |сярэдзіну |конца |конец |канца |канец )?${MONTH_CY}`,
  `${L}(?:в|у|ў) ${MONTH_CY} (?:и|і) ${MONTH_CY}`,
  `${L}(?:between|from) (?:early |mid-?|late |the (?:start|beginning|middle|end) of )?${MONTH_EN}(?: \\d{4})? (?:to|and|through|till|until) (?:early |mid-?|late |the (?:start|beginning|middle|end) of )?${MONTH_EN}`,
  `${L}in ${MONTH_EN} and ${MONTH_EN}`,
  `${L}(?:the two|both|all (?:the )?(?:two|three|four)|two|three|four|five) (?:\\p{L}+ ){0,2}?(?:rounds|decrees|waves|batches|releases)(?![\\p{L}])`,
  `${L}(?:before (?:this|that|the latest|the last|the new)|до (?:этой|этого|последн\\p{L}*|нового)|да (?:гэтага|гэтай|апошн\\p{L}*|новага)|к концу|да канца|by the end of)`,
  // "over the year", "за год", "летась": a year's sum, not the page's round
  `${L}(?:over|during|throughout|in) the (?:past |last |previous )?year(?![\\p{L}])|${L}(?:за (?:этот |минувший |прошедший |гэты |мінулы )?год|летась|торак)(?![\\p{L}])`,
  // "before Saturday's deal", "до субботней сделки": the count stops short of the news
  `${L}before (?:[\\p{L}'’]+ ){0,2}(?:deal|release|exchange|decree|pardon|round|agreement|swap)s?(?![\\p{L}])|${L}(?:до|да) (?:\\p{L}+ )?(?:сделки|освобождения|обмена|указа|помилования|здзелкі|вызвалення|абмену|указа|памілавання)(?![\\p{L}])`,
  // "between 2020 and mid-2024", "с 2020 по 2024 год": a span of years
  `${L}(?:between|from) (?:(?:early|mid|late)-?\\s?)?(?:19|20)\\d\\d (?:and|to|until|till|through) (?:(?:early|mid|late)-?\\s?)?(?:19|20)\\d\\d|${L}(?:с|з|от|ад) (?:19|20)\\d\\d (?:по|до|да|па) (?:(?:начал\\p{L}*|середин\\p{L}*|пачат\\p{L}*|сярэдзін\\p{L}*) )?(?:19|20)\\d\\d`,
  // "за 2025 год", "за весну и начало лета": a named year or season as a whole
  `${L}(?:за|на працягу|в течение) (?:(?:весь|увесь|весь|целый) )?(?:19|20)\\d\\d(?: год\\p{L}*)?|${L}за (?:весну|лето|осень|зиму|вясну|восень|зіму)(?![\\p{L}])`,
  // "the deals of June and September", "чэрвеньскай і вераснёўскай здзелак": several releases summed
  `${L}(?:the )?(?:deals|exchanges|swaps|releases) (?:of|in) ${MONTH_EN} and ${MONTH_EN}|${L}(?:сделок|здзелак|обменов|абменаў)(?![\\p{L}])`,
].join('|'));
/** "helped free", "secured the release of", "помогла освободить", "дапамагла вызваліць": releases credited to an actor */
const CREDITED = re(`${L}(?:help(?:ed|s|ing)? (?:to )?(?:free|release|secure)|secured the (?:release|freedom)|won the (?:release|freedom)|помог\\p{L}* (?:освободить|вызволить|добиться)|содействовал\\p{L}* (?:освобождению)|добил\\p{L}* освобождения|дапамаг\\p{L}* (?:вызваліць|дамагчыся)|дамагл\\p{L}* вызвалення|дамогся вызвалення)`);
/** "из 250 человек 235", "of the 250, 235": the figure is a part of a whole named right before it */
const WHOLE_BEFORE = /(?:^|[^\p{L}])(?:из|з|of the|of)\s+\d[\d\u00A0 .,]*(?:\s+[\p{L}-]+){0,2}[\s,]*$/u;
/** "из 250 человек 235 …, а 15 …": a whole split into parts; every figure after the split is one of them */
const SPLIT_OF_WHOLE = /(?:^|[^\p{L}])(?:из|з|of the)\s+\d[\d\u00A0 .,]*(?:\s+[\p{L}-]+){0,2}[\s,]*\d/u;
/** "bringing the total to", "has pardoned a total of", "so far", "to date": a total pinned to now */
const TOTAL_NOW = re(`${L}(?:bring(?:s|ing)? the (?:total|number|tally)|tak(?:es|ing) the (?:total|number|tally)|the total (?:now|stands|has reached|reached|rises|rose)|so far|to date|(?:has|have) (?:now )?(?:been )?(?:pardon\\p{L}*|releas\\p{L}*|freed)[^.;]{0,30}(?:a total of|in total|in all|altogether)|a total of [^.;]{0,40}(?:ha(?:s|ve) been)|всего (?:уже|на сегодня)|на сегодня|уже помилова\\p{L}*|таким образом|тем самым|усяго ўжо|ужо памілава\\p{L}*|такім чынам)`);
/** "and 13 others", "и ещё 13", "і яшчэ 13": the figure counts those besides the people just named */
const AND_OTHERS_BEFORE = /(?<![\p{L}])(?:and|и|і)\s+(?:(?:ещё|еще|яшчэ)\s+)?$/u;
const OTHERS_AFTER = /^\s*(?:other|others|more|fellow|другими|другіх|других|іншых|иных)(?![\p{L}])/u;
/** The figure stands inside an "among those freed" phrase and another figure follows it: it is the whole. */
function wholeAfterAmong(lower: string, end: number): boolean {
  const among = AMONG_RELEASED.exec(lower);
  return among !== null && among.index < end && /\d|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}])/u.test(lower.slice(end, end + 60).split(/[;.]/)[0]);
}

/** a count given as a counter's own: "according to Viasna", "by its count", "по его данным", "паводле звестак" */
const COUNTER_SAYS = re(`${L}(?:according to (?:the )?(?:rights group|viasna|human rights|its|their|his|her)|by (?:its|their|viasna's) (?:count|tally|data)|по (?:его |её |их )?(?:данным|подсч[её]там)|паводле (?:яго |іх )?(?:звестак|падлікаў|дадзеных))`);
/** a release that has not happened: a condition, a plan, a hope, a demand, petitions under review */
const NOT_HAPPENED = re(`${L}(?:if|would|could|might|hoped?|hoping|expect(?:s|ed)? to|demand\\p{L}*|calls? (?:for|on)|urged?|plans? to|petitions?|requests?|applications?|a month|per month|если|бы|могл\\p{L}* бы|надеял\\p{L}*|рассчитыва\\p{L}*|требу\\p{L}*|призыва\\p{L}*|прошени\\p{L}*|рассматрива\\p{L}*|освободят|помилует|отпустят|понадобится|при таком темпе|калі б|магл\\p{L}* б|спадзява\\p{L}*|патрабу\\p{L}*|заклікa\\p{L}*|прашэнн\\p{L}*|разглядае|вызваляць|памілуе|адпусцяць|спатрэбіцца|пры такім тэмпе)(?![\\p{L}])`);
/** freed by another means than a pardon: at the end of a term, on parole, by exchange */
const OTHER_MEANS = re(`${L}(?:after serving|complet(?:ed|ing) (?:their|his|her) (?:full )?(?:terms?|sentences?)|served (?:their|his|her) (?:full )?(?:terms?|sentences?)|at the end of (?:their|his|her) (?:terms?|sentences?)|on parole|по окончании срока|отбыв\\p{L}*|отбыл\\p{L}* (?:\\p{L}+ )?срок\\p{L}*|пасля заканчэння тэрміну|адбыў\\p{L}*)`);
/** "since mid-September", "с середины сентября", "з верасня": where an ordinal's count starts */
const COUNTS_FROM = re(`${L}(?:since|from) (early |mid-?|late |the (?:start|beginning|middle|end) of )?${MONTH_EN}|${L}(?:с|з|от|ад) (начала |середины |конца |пачатку |сярэдзіны |канца )?${MONTH_CY}`);
/** "the second round in December", "второе помилование в сентябре": an ordinal counted within a month */
const WITHIN_MONTH = re(`${L}(?:in|this|that) ${MONTH_EN}|${L}(?:this|that|the same) (?:month|week)|${L}(?:в|у|ў) ${MONTH_CY}|${L}(?:в этом|в том|у гэтым) месяц\\p{L}*`);
const MONTH_INDEX: [RegExp, number][] = ['jan|январ|студзен', 'feb|феврал|лют', 'mar|март|сакавік', 'apr|апрел|красавік', 'may|ма[йяюе]|травен|траўн', 'jun|июн|чэрвен', 'jul|июл|ліпен', 'aug|август|жнів|жніў', 'sep|сентябр|верас', 'oct|октябр|кастрычнік', 'nov|ноябр|лістапад', 'dec|декабр|снеж']
  .map((stems, i) => [new RegExp(`(?:${stems})`, 'u'), i + 1]);

/** news markers that tie a release to the day's report: "another", "more", "on Thursday", "today" */
const NEWS_OF_THE_DAY = re(`${L}(?:(?:has|have) (?:now |just |also )?(?:pardoned|freed|released|let go|set free)|another(?= \\d| [\\p{L}-]+ (?:\\d|pardon|release|prisoner|people|round|group|decree))|a further|more(?! than)|new(?! year)|latest|additional|today|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|ещё|еще|очередн\\p{L}*|сегодня|вчера|накануне|яшчэ|чарговы\\p{L}*|сёння|сёньня|учора|напярэдадні)(?![\\p{L}])`);

/**
 * The group a figure of a round's make-up belongs to. A marker like "of them" resolves to its antecedent: the clause
 * before it (or the previous sentence when it opens the sentence); a release clause makes the figure part of the
 * release, another group's clause (convicted, recognised, held) makes it that group's.
 */
function groupOfPart(input: FrameInput): Slot<'round' | 'part' | 'other'> {
  const { lower, start, end } = input;
  if (has(AMONG_RELEASED, lower)) return { value: 'part', certainty: 'stated', rule: 'among-the-released' };
  const ofThem = findNear(OF_THEM, lower, start, end);
  let found: Slot<'round' | 'part' | 'other'>;
  if (ofThem !== null) found = antecedentGroup(ofThem > 8 ? lower.slice(0, ofThem) : input.previous, 'of-them');
  else {
    // "14 of the 20", "из 30 помилованных 14": the part of a whole named right after it
    const whole = /^\s*(?:of the|of|из|з)\s+(\S+)\s*([^,.;]{0,40})/u.exec(lower.slice(end));
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
  // "Among them, six are under 25" opening a paragraph after one about a release
  if (!input.previous && input.releaseBefore && (ofThem !== null || hasBefore(OF_THEM, lower, start))) return { value: 'part', certainty: 'linked', rule: 'of-them:previous-paragraph-release' };
  return found;
}

/** a cumulative count: its parts are not a round's ("115 since July, 30 of them women") */
const TOTAL_WORDS = re(`${L}(?:since|in total|a total|in all|altogether|so far|to date|this year|всего|в общей сложности|с июля|с начала|усяго|агулам|з ліпеня|з пачатку)(?![\\p{L}])`);
/** the antecedent's own time: a month, a look-back, a period */
const OWN_TIME = re(`${L}(?:${MONTH_EN}|earlier|previous\\p{L}*|before|last (?:year|month|time)|${MONTH_CY}|ранее|раней|до этого|прошл\\p{L}*|мінул\\p{L}*)(?![\\p{L}])`);

function antecedentGroup(antecedent: string, rule: string): Slot<'round' | 'part' | 'other'> {
  // the clause nearest the marker decides: the last 110 characters
  const near = antecedent.slice(-110);
  const release = lastIndex(RELEASE, near);
  const other = lastIndex(OTHER_GROUP, near);
  if (release >= 0 && release >= other && TOTAL_WORDS.test(near)) return { value: 'other', certainty: 'linked', rule: `${rule}:part-of-a-total` };
  if (release >= 0 && release >= other && OWN_TIME.test(near)) return { value: 'part', certainty: 'linked', rule: `${rule}:release-of-another-time` };
  if (release >= 0 && release >= other) return { value: 'part', certainty: 'linked', rule: `${rule}:release` };
  if (other >= 0) return { value: 'other', certainty: 'linked', rule: `${rule}:other-group` };
  // "1,244 political prisoners, 163 of them women": the prisoners held, not a release
  if (release < 0 && has(PRISONERS_NOUN, near)) return { value: 'other', certainty: 'linked', rule: `${rule}:the-prisoners` };
  return { value: 'part', certainty: 'defaulted', rule: `${rule}:unresolved` };
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
  const known = recent.find((entry) => entry.text === text);
  if (known) return known.found;
  const found = looseOf(pattern).test(text) && pattern.test(text);
  recent.unshift({ text, found });
  if (recent.length > 4) recent.pop();
  return found;
}

/**
 * The pattern without its word-start lookbehinds: it matches wherever the pattern does, and several times faster,
 * because the lookbehind is tried at every position of the text. Most sentences match neither, so it answers first.
 */
const LOOSE = new Map<RegExp, RegExp>();
function looseOf(pattern: RegExp): RegExp {
  let loose = LOOSE.get(pattern);
  if (!loose) LOOSE.set(pattern, (loose = new RegExp(pattern.source.split(L).join(''), pattern.flags)));
  return loose;
}

const SPANS = new Map<RegExp, { text: string; spans: [number, number][] }>();
function matchSpans(pattern: RegExp, text: string): [number, number][] {
  const last = SPANS.get(pattern);
  if (last && last.text === text) return last.spans;
  const spans: [number, number][] = [];
  if (!looseOf(pattern).test(text)) {
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
    const after = at >= end && at - end <= 12;
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
      time: time.value === 'round' ? { ...time, value: 'now' } : time,
      basis: { value: 'held', certainty: 'stated', rule: 'held-cue' },
    };
  }
  if (kind === 'recognised_total') {
    return {
      event: { value: 'recognition', certainty: 'stated', rule: 'recognised-cue' },
      group: { value: 'round', certainty: 'defaulted', rule: 'all-recognised' },
      time,
      basis: { value: 'recognised', certainty: 'stated', rule: 'recognised-cue' },
    };
  }
  if (kind === 'arrested_crackdown' || kind === 'arrested_last_week') {
    const detained = /(?:detain|detention|задерж|затрым)/u.test(clause) && !/(?:arrest|арест|арышт)/u.test(clause);
    const basis: Frame['basis'] = detained ? { value: 'other', certainty: 'stated', rule: 'detained' } : { value: 'other', certainty: 'stated', rule: 'arrested' };
    return { event: { value: 'arrest', certainty: 'stated', rule: 'arrest-cue' }, group: { value: 'other', certainty: 'stated', rule: 'the-arrested' }, time, basis };
  }
  const releaseNear = has(RELEASE, clause);
  let event: Frame['event'] = releaseNear
    ? { value: 'release', certainty: 'stated', rule: 'release-verb' }
    : input.listUnderRelease ? { value: 'release', certainty: 'linked', rule: 'list-under-release' }
    : has(RELEASE, input.previous) || has(RELEASE, lower)
      ? { value: 'release', certainty: 'linked', rule: 'release-nearby' }
      : { value: 'release', certainty: 'defaulted', rule: 'paragraph-context' };
  const basis: Frame['basis'] = has(PARDON_WORD, clause)
    ? { value: 'pardon', certainty: 'stated', rule: 'pardon-word' }
    : releaseNear ? { value: 'release', certainty: 'stated', rule: 'release-word' } : { value: 'pardon', certainty: 'defaulted', rule: 'kb-basis' };
  // "It was the sixth round, bringing the total to 150": the total of the release the paragraphs before report
  if (event.certainty === 'defaulted' && (kind === 'running_total' || kind === 'round_ordinal') && (input.releaseBefore || has(RELEASE, input.previous))) event = { value: 'release', certainty: 'linked', rule: 'total-of-the-release' };
  if (has(NOT_HAPPENED, clause)) event = { value: 'other', certainty: 'stated', rule: 'not-happened' };
  // (anywhere in the sentence: "20 walked free, some of them at the end of their terms")
  else if (has(OTHER_MEANS, lower)) event = { value: 'other', certainty: 'stated', rule: 'other-means' };
  let group: Frame['group'] = { value: 'round', certainty: event.certainty, rule: 'the-release' };
  // "among those freed were three journalists", "five of those pardoned are from the Brest region": a part
  // "Tsikhanouski and 13 others", "и ещё 13 человек": the round less the people the sentence names
  if (kind === 'round_size' && AND_OTHERS_BEFORE.test(lower.slice(Math.max(0, input.start - 12), input.start)) && (OTHERS_AFTER.test(lower.slice(input.end, input.end + 20)) || /(?:ещё|еще|яшчэ)\s+$/u.test(lower.slice(0, input.start)))) {
    group = { value: 'part', certainty: 'stated', rule: 'and-others' };
  } else if (kind === 'round_size' && (WHOLE_BEFORE.test(lower.slice(Math.max(0, input.start - 40), input.start)) || hasBefore(SPLIT_OF_WHOLE, lower, input.start))) {
    group = { value: 'part', certainty: 'stated', rule: 'part-of-a-named-whole' };
  } else if (kind === 'round_size' && wholeAfterAmong(lower, input.end)) {
    // "among the 52 freed, 38 were Belarusians": the first figure is the whole the part is taken from
  } else if (kind === 'round_size' && (has(AMONG_RELEASED, lower) || findNear(OF_THEM, lower, input.start, input.end) !== null || has(PART_OF_PRISONERS, clause) || PART_OF_PRISONERS.test(predicateAfterDash(lower, input.end)))) group = { value: 'part', certainty: 'stated', rule: 'part-of-the-release' };
  let timeOfFigure = time;
  if (PART_KINDS.has(kind)) {
    group = input.listUnderRelease && !has(OF_THEM, lower) ? { value: 'part', certainty: 'linked', rule: 'list-under-release' } : groupOfPart(input);
    if (event.certainty === 'defaulted' && group.value === 'part' && group.certainty !== 'defaulted') event = { value: 'release', certainty: 'linked', rule: `via-${group.rule}` };
    // a part shares its release's time: the page's news, unless that release carries a time of its own
    if (time.certainty === 'defaulted' && group.certainty !== 'defaulted' && group.value === 'part') {
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
      if (month) frame.countsFrom = { month, part: Boolean(from[1] ?? from[2]) };
    } else if (WITHIN_MONTH.test(clause)) frame.time = { value: 'period', certainty: 'stated', rule: 'ordinal-within-a-month' };
  }
  return frame;
}

/** "пятеро помилованных — из Брестской области": after a dash, the predicate of the figure's own subject. */
function predicateAfterDash(lower: string, end: number): string {
  const rest = lower.slice(end, end + 80);
  const dash = rest.search(/ [—–] /);
  return dash >= 0 && dash <= 40 ? rest.slice(dash + 3).split(/[;.]| [—–] /)[0] : '';
}

/** The clause a figure stands in: from the last strong break before it to the next after it. */
function clauseAround(lower: string, start: number, end: number): string {
  const before = lower.slice(0, start);
  const from = Math.max(before.lastIndexOf(';'), before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  const rest = lower.slice(end).search(/;| — | – /);
  return lower.slice(from + 1, rest < 0 ? lower.length : end + rest);
}

function timeOf(input: FrameInput, clause: string): Frame['time'] {
  // "since the summer, bringing the total to 160": a count up to now, pinned, whatever span it starts from
  if (has(TOTAL_NOW, input.lower)) return { value: 'now', certainty: 'stated', rule: 'total-now' };
  if (has(PERIOD, clause) || hasBefore(PERIOD, input.lower, input.start)) return { value: 'period', certainty: 'stated', rule: 'period-span' };
  if (has(SINCE_START, clause) || hasBefore(SINCE_START, input.lower, input.start)) return { value: 'period', certainty: 'stated', rule: 'since-start' };
  // "diplomacy helped free more than 200", "помогла освободить": releases credited to someone, summed over time
  if (has(CREDITED, clause)) return { value: 'period', certainty: 'stated', rule: 'credited-releases' };
  if (input.otherTime) return { value: 'earlier', certainty: 'stated', rule: 'look-back' };
  if (input.monthCue) return { value: 'round', certainty: 'stated', rule: 'month-cue' };
  if (input.position !== 'body') return { value: 'round', certainty: 'linked', rule: `${input.position}-news` };
  // "the 32 pardoned", "all 29": a group the report has already named
  if (/(?:^|\s)(?:the|all|все|всех|усе|ўсе|усіх)\s+$/u.test(input.lower.slice(Math.max(0, input.start - 8), input.start))) return { value: 'round', certainty: 'linked', rule: 'definite-group' };
  if (has(NEWS_OF_THE_DAY, input.lower)) return { value: 'round', certainty: 'linked', rule: 'news-of-the-day' };
  return { value: 'round', certainty: 'defaulted', rule: 'page-round' };
}

/** The frame in one line, for `check --json` and failure messages: "event=release(stated:release-verb) …". */
export function describeFrame(frame: Frame): string {
  return (['event', 'group', 'time', 'basis'] as const).map((k) => `${k}=${frame[k].value}(${frame[k].certainty}:${frame[k].rule})`).join(' ');
}
