/**
 * Finds numbers written in Russian and Belarusian: numerals as words in every case and gender (cardinals up to the
 * billions, collectives, "both", ordinals), vague plurals ("сотни", "десятки тысяч"), and the Cyrillic forms of digits
 * ("32-х", "8-я", "5 тысяч", "1,2 тыс."). Plain digits are read by numbers.ts; a token here may cover one of its
 * tokens ("32" inside "32-х"), and then this one wins (mergeCyrillicNumbers).
 *
 * Pure, and dependent on nothing but textScan's isSpace: a lookup table of every form, built once. Words are compared
 * after folding spelling variants (ё/е, і/и, a Latin i typed for і, ў/у, the taraškievica ь in "дзьве", "шэсьць", stress
 * marks, soft hyphens), so a form is listed once in its standard spelling.
 */
import type { NumberToken } from './numberToken';
import { isSpace } from './textScan';

type Slot =
  | 'zero' // stands alone
  | 'unit' // 1-9
  | 'teen' // 10-19
  | 'ten' // 20-90
  | 'hundred' // 100-900
  | 'small' // "десяток", "сотня": multiplies a unit ("два десятка")
  | 'scale' // thousand, million, billion
  | 'mult' // "полтора": 1.5, only before a scale
  | 'alone'; // collectives ("двое") and "both": never part of a compound

interface Entry {
  value: number;
  slot: Slot;
  ordinal?: boolean;
  /** a plural that, leading its number, means "thousands", "hundreds": a lower bound, not a count */
  vagueAlone?: boolean;
  /** only a number inside a compound ("семью" alone is "family"; "тыс" alone is no figure) */
  weak?: boolean;
  /** a form that is a numeral in Belarusian only (Russian "другой" means "other") */
  beOnly?: boolean;
  /** an abbreviation whose full stop belongs to the token */
  abbreviation?: boolean;
}

/** the words folded lately (fold): a page repeats its numerals, and folding one costs four replaces */
const FOLDED = new Map<string, string>();
/** Folds the spelling variants a numeral is written in to one key. */
function fold(word: string): string {
  let folded = FOLDED.get(word);
  if (folded === undefined) {
    if (FOLDED.size >= 4096) FOLDED.clear(); // bounded: a page of many different words cannot grow it forever
    FOLDED.set(word, (folded = foldNew(word)));
  }
  return folded;
}
function foldNew(word: string): string {
  let w = word.toLowerCase();
  if (/[ёіiўь\u00AD\u0301]/.test(w)) {
    w = w
      .replace(/[\u00AD\u0301]/g, '')
      .replace(/ё/g, 'е')
      .replace(/[іi]/g, 'и')
      .replace(/ў/g, 'у')
      // taraškievica softens с, з, ц before a soft consonant: "дзьве", "шэсьць", "чацьвёрты"
      .replace(/([сзц])ь(?=[бвгджзклмнпрстфхцчшщ])/g, '$1');
  }
  return w;
}

const LEXICON = new Map<string, Entry>();
/** every form as listed, in its standard spelling (tests check the pre-test lets each through) */
const listed: string[] = [];
export const NUMERAL_FORMS: readonly string[] = listed;

function add(forms: string, value: number, slot: Slot, flags: Omit<Entry, 'value' | 'slot'> = {}): void {
  for (const form of forms.split(' ')) {
    listed.push(form);
    const key = fold(form);
    const known = LEXICON.get(key);
    // the languages share forms ("сто", "пятая"): listed twice, a form must mean the same
    if (known && (known.value !== value || known.slot !== slot)) throw new Error(`numbersCyrillic: ${form} listed twice`);
    LEXICON.set(key, { value, slot, ...flags });
  }
}

const RU_ORDINAL_ENDINGS = 'ый ой ая ое ого ому ым ом ую ые ых ыми ою'.split(' ');
const BE_ORDINAL_ENDINGS = 'ы ая ае ое ага ога аму ому ым ай ой ую ыя ых ымі аю'.split(' ');

function ordinals(stems: Record<string, number>, endings: string[], slot: Slot, flags: Omit<Entry, 'value' | 'slot'> = {}): void {
  for (const [stem, value] of Object.entries(stems)) add(endings.map((e) => stem + e).join(' '), value, slot, { ordinal: true, ...flags });
}

/** "пять пяти пятью": the nominative in -ь, the oblique cases in -и, the instrumental in -ью */
const ruSoft = (stem: string) => `${stem}ь ${stem}и ${stem}ью`;
/** "пяць пяці пяццю" */
const beSoft = (stem: string) => `${stem}ь ${stem}і ${stem}цю`;

// ---- cardinals: Russian forms, then Belarusian ones
const CARDINALS: Array<[number, Slot, string]> = [
  [0, 'zero', 'ноль нуль ноля нуля нолю нулю нолём нулём ноле нуле нулі'],
  [1, 'unit', 'один одна одно одни одного одной одному одним одном одну одною одних одними адзін адна адно адны аднаго аднае адной аднаму адным адну адною адных аднымі'],
  [2, 'unit', 'два две двух двум двумя дзве дзвюх дзвюм двума дзвюма'],
  [3, 'unit', 'три трёх трём тремя тры трох тром трыма'],
  [4, 'unit', 'четыре четырёх четырём четырьмя чатыры чатырох чатыром чатырма'],
  [5, 'unit', `${ruSoft('пят')} ${beSoft('пяц')}`],
  [6, 'unit', `${ruSoft('шест')} шэсць шасці шасцю`],
  [7, 'unit', 'семь семи сем сямі'],
  [8, 'unit', 'восемь восьми восемью восьмью восем васьмі васьмю восьмю'],
  [9, 'unit', `${ruSoft('девят')} ${beSoft('дзевяц')}`],
  [10, 'teen', `${ruSoft('десят')} ${beSoft('дзесяц')}`],
  [20, 'ten', `${ruSoft('двадцат')} ${beSoft('дваццац')}`],
  [30, 'ten', `${ruSoft('тридцат')} ${beSoft('трыццац')}`],
  [40, 'ten', 'сорок сорока сорак сарака'],
  [50, 'ten', 'пятьдесят пятидесяти пятьюдесятью пяцьдзясят пяцідзесяці пяццюдзесяццю'],
  [60, 'ten', 'шестьдесят шестидесяти шестьюдесятью шэсцьдзясят шасцідзесяці шасцюдзесяццю'],
  [70, 'ten', 'семьдесят семидесяти семьюдесятью семдзесят сямідзесяці сямюдзесяццю'],
  [80, 'ten', 'восемьдесят восьмидесяти восемьюдесятью восьмьюдесятью восемдзесят васьмідзесяці васьмюдзесяццю'],
  [90, 'ten', 'девяносто девяноста дзевяноста'],
  [100, 'hundred', 'сто ста'],
  [200, 'hundred', 'двести двухсот двумстам двумястами двухстах дзвесце двесце двумастамі'],
  [300, 'hundred', 'триста трёхсот трёмстам тремястами трёхстах трыста трохсот тромстам трымастамі трохстах'],
  [400, 'hundred', 'четыреста четырёхсот четырёмстам четырьмястами четырёхстах чатырыста чатырохсот чатыромстам чатырмастамі чатырохстах'],
  [500, 'hundred', 'пятьсот пятисот пятистам пятьюстами пятистах пяцьсот пяцісот пяцістам пяццюстамі пяцістах'],
  [600, 'hundred', 'шестьсот шестисот шестистам шестьюстами шестистах шэсцьсот шасцісот шасцістам шасцюстамі шасцістах'],
  [700, 'hundred', 'семьсот семисот семистам семьюстами семистах семсот сямісот сямістам сямюстамі сямістах'],
  [800, 'hundred', 'восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах восемсот васьмісот васьмістам васьмюстамі васьмістах'],
  [900, 'hundred', 'девятьсот девятисот девятистам девятьюстами девятистах дзевяцьсот дзевяцісот дзевяцістам дзевяццюстамі дзевяцістах'],
];
for (const [value, slot, forms] of CARDINALS) add(forms, value, slot);
// 11-19
['одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат']
  .forEach((stem, i) => add(ruSoft(stem), 11 + i, 'teen'));
['адзінаццац', 'дванаццац', 'трынаццац', 'чатырнаццац', 'пятнаццац', 'шаснаццац', 'сямнаццац', 'васямнаццац', 'дзевятнаццац']
  .forEach((stem, i) => add(beSoft(stem), 11 + i, 'teen'));
// "васемнаццаць": a spelling of eighteen common on Belarusian pages beside the standard "васямнаццаць"
add(beSoft('васемнаццац'), 18, 'teen');
// the instrumental of seven is also "family" (Russian "семью", Belarusian "сям'ю" typed without its apostrophe)
add('семью сямю', 7, 'unit', { weak: true });

// ---- thousands, millions, billions; a plural leading its number is vague ("тысячи людей", "сотни тысяч")
add('тысяча тысячу тысяче тысячей тысячею тысячай тысячаю', 1000, 'scale');
add('тысячи тысячы тысяч тысячам тысячами тысячах', 1000, 'scale', { vagueAlone: true });
add('миллион миллиона миллиону миллионом миллионе мільён мільёна мільёну мільёнам мільёне', 1e6, 'scale');
add('миллионы миллионов миллионам миллионами миллионах мільёны мільёнаў мільёнамі мільёнах', 1e6, 'scale', { vagueAlone: true });
add('миллиард миллиарда миллиарду миллиардом миллиарде мільярд мільярда мільярду мільярдам мільярдзе', 1e9, 'scale');
add('миллиарды миллиардов миллиардам миллиардами миллиардах мільярды мільярдаў мільярдамі мільярдах', 1e9, 'scale', { vagueAlone: true });
add('тыс', 1000, 'scale', { weak: true, abbreviation: true });
add('млн', 1e6, 'scale', { weak: true, abbreviation: true });
add('млрд', 1e9, 'scale', { weak: true, abbreviation: true });
add('сотня сотне сотню сотней сотнею сотняй сотняю', 100, 'small');
add('сотни сотні сотен соцень сотням сотнями сотнямі сотнях сотняў', 100, 'small', { vagueAlone: true });
add('десяток десятка десятку десятком десятке дзясятак дзясятка дзясятку дзясяткам дзесятак дзесятка дзесятку дзесяткам', 10, 'small');
add('десятки десятков десяткам десятками десятках дзясяткі дзясяткаў дзясяткамі дзясятках дзесяткі дзесяткаў дзесяткамі дзесятках', 10, 'small', { vagueAlone: true });
add('полтора полторы полутора паўтара паўтары', 1.5, 'mult');
// "дюжина", "тузін": twelve, said as an approximation, as "десяток" is ten; "полсотни", "паўсотні": fifty
add('дюжина дюжины дюжине дюжину дюжиной тузін тузіна тузіну тузінам тузіне', 12, 'small');
add('дюжин дюжинами тузіны тузінаў тузінамі', 12, 'small', { vagueAlone: true });
add('полсотни полсотня полсотню полусотни полусотне полусотней полусотню паўсотні паўсотня паўсотню паўсотняй', 50, 'small');

// ---- collectives and "both"
const collective = (forms: string, value: number) => add(forms, value, 'alone');
collective('двое двоих двоим двоими дваіх дваім дваімі', 2);
collective('трое троих троим троими траіх траім траімі', 3);
['четвер', 'пятер', 'шестер', 'семер', 'восьмер', 'девятер', 'десятер'].forEach((stem, i) => collective(`${stem}о ${stem}ых ${stem}ым ${stem}ыми`, 4 + i));
['чацв', 'пяц', 'шасц', 'сям', 'васьм', 'дзевяц', 'дзесяц'].forEach((stem, i) => collective(`${stem}ёра ${stem}ярых ${stem}ярым ${stem}ярымі`, 4 + i));
// the Belarusian genitive and accusative of collectives, "сямёх", "пяцёх" ("прызналі яшчэ сямёх чалавек"), both spellings
([['пяцёх', 5], ['шасцёх шасьцёх', 6], ['сямёх', 7], ['васьмёх', 8], ['дзевяцёх', 9], ['дзесяцёх', 10]] as const).forEach(([forms, value]) => collective(forms, value));
collective('оба обе обоих обеих обоим обеим обоими обеими абодва абедзве абодвух абедзвюх абодвум абедзвюм абодвума абедзвюма абое абаіх', 2);

// ---- ordinals
ordinals({ перв: 1, втор: 2, четвёрт: 4, пят: 5, шест: 6, седьм: 7, восьм: 8, девят: 9 }, RU_ORDINAL_ENDINGS, 'unit');
add('третий третья третье третьего третьему третьим третьем третью третьи третьих третьими третьей третьею', 3, 'unit', { ordinal: true });
ordinals({ десят: 10, одиннадцат: 11, двенадцат: 12, тринадцат: 13, четырнадцат: 14, пятнадцат: 15, шестнадцат: 16, семнадцат: 17, восемнадцат: 18, девятнадцат: 19 }, RU_ORDINAL_ENDINGS, 'teen');
ordinals({ двадцат: 20, тридцат: 30, сороков: 40, пятидесят: 50, шестидесят: 60, семидесят: 70, восьмидесят: 80, девяност: 90 }, RU_ORDINAL_ENDINGS, 'ten');
ordinals({ сот: 100, двухсот: 200, трёхсот: 300, четырёхсот: 400, пятисот: 500, шестисот: 600, семисот: 700, восьмисот: 800, девятисот: 900 }, RU_ORDINAL_ENDINGS, 'hundred');
ordinals({ тысячн: 1000, двухтысячн: 2000, миллионн: 1e6 }, RU_ORDINAL_ENDINGS, 'scale');

ordinals({ перш: 1, чацвёрт: 4, пят: 5, шост: 6, сём: 7, восьм: 8, дзявят: 9, дзевят: 9 }, BE_ORDINAL_ENDINGS, 'unit');
add('трэці трэцяя трэцяе трэцяга трэцяму трэцім трэцяй трэцюю трэція трэціх трэцімі трэцяю', 3, 'unit', { ordinal: true });
// "другі" is also "other" in Belarusian, and its feminine and neuter forms are Russian "другая", "другое" ("other")
add('другі другая другое другога другому другім другой другую другія другіх другімі другою', 2, 'unit', { ordinal: true, beOnly: true });
ordinals({ дзясят: 10, дзесят: 10, адзінаццат: 11, дванаццат: 12, трынаццат: 13, чатырнаццат: 14, пятнаццат: 15, шаснаццат: 16, сямнаццат: 17, васямнаццат: 18, дзевятнаццат: 19 }, BE_ORDINAL_ENDINGS, 'teen');
ordinals({ дваццат: 20, трыццат: 30, саракав: 40, пяцідзясят: 50, шасцідзясят: 60, сямідзясят: 70, васьмідзясят: 80, дзевяност: 90 }, BE_ORDINAL_ENDINGS, 'ten');
ordinals({ сот: 100, двухсот: 200, трохсот: 300, чатырохсот: 400, пяцісот: 500, шасцісот: 600, сямісот: 700, васьмісот: 800, дзевяцісот: 900 }, BE_ORDINAL_ENDINGS, 'hundred');
ordinals({ тысячн: 1000, двухтысячн: 2000, мільённ: 1e6 }, BE_ORDINAL_ENDINGS, 'scale');

const LETTER = '\\u0400-\\u04FFiI\\u00AD\\u0301';
const APOSTROPHE = "'’ʼ`´";
/** How every numeral form begins, in any spelling (a test holds every listed form to it). */
const STEMS = 'дюж|туз|полс|па[ўу]с|нол|нул|од[ин]|ад[зн]|дв|дз[вье]|дзя[вс]|тр[аеёиоыэ]|ч[еа]т|чац|пят|пяц|ш[еэао]с|сем|сям|сём|сед|вос|вас|дев|дес|со[рцт]|сар|ст[оа]|тыс|м[иі]л|млн|млрд|перв|перш|втор|друг|пол[ут]|па[ўу]т|об[аео]|аб[оа]|абедз';
/** a word's start: no letter (or a letter and an apostrophe or hyphen) before it */
const WORD_START = `(?<![${LETTER}A-Za-z\\d]|[${LETTER}][${APOSTROPHE}-])`;

/**
 * The pre-test: a text with no word beginning like a numeral, and no digit with a Cyrillic ending, holds no number for
 * this reader. Not global, so `.test` keeps no state; the engine's own "any number here?" test can use it too.
 */
export const CYRILLIC_NUMBER_HINT = new RegExp(`${WORD_START}(?:${STEMS})|\\d\\s*[-‑–]\\s*[\\u0400-\\u04FF]`, 'i');

/** Russian and Belarusian endings a digit takes after a hyphen, and whether they make it an ordinal. */
const DIGIT_ENDINGS: Record<string, boolean> = {};
for (const e of 'й я е ю м го му ой ый ий ая ое ые ых ого ому ом ым ую ыми ы і га ага ае ай аму ымі'.split(' ')) DIGIT_ENDINGS[e] = true;
for (const e of 'х ех ёх ух ох ти ми мя ью мью ці мі'.split(' ')) DIGIT_ENDINGS[e] = false;

/**
 * A word that begins like a numeral, an apostrophe inside it ("сем'і") and hyphenated parts ("пять-шесть") kept
 * together. Only such words are looked up: folding every word of a page costs more than all the rest.
 */
const WORD = new RegExp(`${WORD_START}(?:${STEMS})[${LETTER}]*(?:[${APOSTROPHE}][${LETTER}]+)*(?:[-‑][${LETTER}]+(?:[${APOSTROPHE}][${LETTER}]+)*)*`, 'gi');
const WORD_PART = new RegExp(`[${LETTER}]+(?:[${APOSTROPHE}][${LETTER}]+)*`, 'g');
/**
 * digits, maybe a decimal part, maybe a hyphen and an ending: "32-х", "8-я", "1,2" (only kept before a scale). The
 * forms are those of the pattern
 *   /(?<!\d[.,\u00A0\u202F\u2009 ]?)(\d+)(?:[.,](\d{1,2}))?(?![\d])(?:[-‑–]([\u0400-\u04FF]{1,3})(?![\u0400-\u04FF\w]))?/gu
 * found by nextDigitForm without a match built for each run of digits (tests/unit/numbersCyrillic.test.ts holds it to
 * the pattern).
 */
export interface DigitFormMatch {
  start: number;
  /** the end of the digits */
  digitsEnd: number;
  /** the decimal digits' end, or digitsEnd when there are none */
  decimalsEnd: number;
  /** the match's end: after the ending, when there is one */
  end: number;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isCyrillic = (code: number) => code >= 0x400 && code <= 0x4ff;

/** A Cyrillic letter at `at`, past any spaces: where SCALE_AFTER can match, and only there. */
function letterPastSpaces(text: string, at: number): boolean {
  while (isSpace(text.charCodeAt(at))) at++;
  return isCyrillic(text.charCodeAt(at));
}

/** the match nextDigitForm gives, one object reused: a run of figures made one for each of hundreds of thousands */
const FOUND_FORM: DigitFormMatch = { start: 0, digitsEnd: 0, decimalsEnd: 0, end: 0 };

/**
 * The first digit form at or after `from` (the pattern above, searched from there), or null. The match is one object
 * reused by the next call: read it before calling again.
 */
export function nextDigitForm(text: string, from: number): DigitFormMatch | null {
  const n = text.length;
  for (let p = from; p < n; p++) {
    if (!isDigit(text.charCodeAt(p))) continue;
    // (?<!\d[.,\u00A0\u202F\u2009 ]?): no digit right before, nor a digit and a separator
    const b = text.charCodeAt(p - 1);
    if (isDigit(b) || ((b === 46 || b === 44 || b === 0xa0 || b === 0x202f || b === 0x2009 || b === 32) && isDigit(text.charCodeAt(p - 2)))) continue;
    let digitsEnd = p + 1;
    while (isDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
    // a decimal part of one or two digits, no digit after it
    let decimalsEnd = digitsEnd;
    const c = text.charCodeAt(digitsEnd);
    if ((c === 46 || c === 44) && isDigit(text.charCodeAt(digitsEnd + 1))) {
      const last = isDigit(text.charCodeAt(digitsEnd + 2)) ? digitsEnd + 3 : digitsEnd + 2;
      if (!isDigit(text.charCodeAt(last))) decimalsEnd = last;
    }
    // a hyphen and one to three Cyrillic letters, with no letter of either alphabet, digit or _ after them
    let end = decimalsEnd;
    const h = text.charCodeAt(decimalsEnd);
    if (h === 45 || h === 0x2011 || h === 0x2013) {
      let letters = 0;
      while (letters < 4 && isCyrillic(text.charCodeAt(decimalsEnd + 1 + letters))) letters++;
      const after = text.charCodeAt(decimalsEnd + 1 + letters);
      if (letters >= 1 && letters <= 3 && !(after === 95 || isDigit(after) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122))) end = decimalsEnd + 1 + letters;
    }
    FOUND_FORM.start = p;
    FOUND_FORM.digitsEnd = digitsEnd;
    FOUND_FORM.decimalsEnd = decimalsEnd;
    FOUND_FORM.end = end;
    return FOUND_FORM;
  }
  return null;
}
/** a scale word right after digits: "5 тысяч", "3 тыс.", "1,5 млн" */
const SCALE_AFTER = /[\s\u00A0\u202F\u2009]*([\u0400-\u04FF]+)(?![\u0400-\u04FF\w])(\.?)/uy;
const CYRILLIC = /[\u0400-\u04FF]/;
const SPACE_ONLY = /^[\s\u00A0\u202F\u2009]+$/;

interface Item {
  entry: Entry;
  start: number;
  end: number;
}

const isYear = (value: number) => value >= 1900 && value <= 2100;

/** Numbers in Russian or Belarusian words and Cyrillic digit forms, in text order; plain digits are numbers.ts's. */
export function findCyrillicNumbers(text: string): NumberToken[] {
  if (!CYRILLIC.test(text)) return [];
  const digitForms = /\d/.test(text) ? readDigitForms(text) : [];
  const belarusian = /[іўІЎ]/.test(text);
  // the numeral words in text order; null for a word that begins like one but is not, which ends a run
  const words: Array<Item | null> = [];
  let digitForm = 0; // the digit forms are in text order too: one cursor walks both
  // (an exec loop, not matchAll: a run of figures makes tens of thousands of words, and the iterator's steps cost more
  // than the matches; WORD never matches the empty string, so the two find the same words)
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const start = match.index;
    while (digitForm < digitForms.length && digitForms[digitForm].end <= start) digitForm++;
    // a word inside a digit form ("тысяч" in "5 тысяч") is that form's
    if (digitForm < digitForms.length && digitForms[digitForm].start <= start) {
      words.push(null);
      continue;
    }
    if (!/[-‑]/.test(match[0])) {
      const entry = LEXICON.get(fold(match[0]));
      words.push(entry && (belarusian || !entry.beOnly) ? { entry, start, end: start + match[0].length } : null);
      continue;
    }
    // "пять-шесть" is two numbers; "во-первых", "по-другому", "двух-трёхэтажный" hold none
    const parts = [...match[0].matchAll(WORD_PART)].map((part) => ({ entry: LEXICON.get(fold(part[0])), start: start + part.index, end: start + part.index + part[0].length }));
    if (parts.every((part): part is Item => part.entry !== undefined && (belarusian || !part.entry.beOnly))) words.push(...parts);
    else words.push(null);
  }
  const tokens = digitForms;
  const digitFormCount = digitForms.length;
  let runStart = 0;
  for (let i = 0; i <= words.length; i++) {
    const word = words[i];
    const previous = words[i - 1];
    // a run is numeral words with nothing but spaces between them ("тридцать два"; not "пять-шесть", "два, три")
    if (word && previous && SPACE_ONLY.test(text.slice(previous.end, word.start))) continue;
    if (i > runStart) tokens.push(...parseRun(text, words.slice(runStart, i) as Item[]));
    runStart = word ? i : i + 1;
  }
  // (the digit forms are in text order: only the words' numbers, added after them, need the sort)
  return tokens.length > digitFormCount ? tokens.sort((a, b) => a.start - b.start) : tokens;
}

/** "32-х", "8-я", "2024-го", "5 тысяч", "1,2 тыс.", "1,5 млн"; plain digits and bare decimals are left alone. */
function readDigitForms(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (let match = nextDigitForm(text, 0); match; match = nextDigitForm(text, match.end)) {
    const start = match.start;
    let end = match.end;
    // (no ending and no letter after the digits but past spaces: no scale either, the most common case spared all else)
    if (end === match.decimalsEnd && !letterPastSpaces(text, end)) continue;
    const digits = text.slice(start, match.digitsEnd);
    const decimals = match.decimalsEnd > match.digitsEnd ? text.slice(match.digitsEnd + 1, match.decimalsEnd) : undefined;
    const ending = end > match.decimalsEnd ? text.slice(match.decimalsEnd + 1, end) : undefined;
    let value = Number(decimals ? `${digits}.${decimals}` : digits);
    let ordinal = false;
    if (ending !== undefined) {
      const isOrdinal = DIGIT_ENDINGS[ending.toLowerCase()];
      if (isOrdinal === undefined || decimals) continue;
      ordinal = isOrdinal;
    }
    let scaled = false;
    if (!ordinal) {
      SCALE_AFTER.lastIndex = end;
      const scale = SCALE_AFTER.exec(text);
      const entry = scale && LEXICON.get(fold(scale[1]));
      if (scale && entry && entry.slot === 'scale' && !entry.ordinal) {
        value *= entry.value;
        end = SCALE_AFTER.lastIndex - (entry.abbreviation ? 0 : scale[2].length);
        scaled = true;
      }
    }
    if (ending === undefined && !scaled) continue;
    const yearLike = !scaled && digits.length === 4 && isYear(value);
    out.push({ start, end, text: text.slice(start, end), value: Math.round(value), ordinal: ordinal && !yearLike, yearLike });
  }
  return out;
}

/** Splits a run of numeral words, separated by spaces only, into numbers: "тридцать два", "две тысячи двадцать". */
function parseRun(text: string, run: Item[]): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  while (i < run.length) {
    let total = 0;
    let group = 0;
    let rank = 4; // hundred 3, ten 2, unit/teen 1: each word of a group ranks below the one before it
    let lastScale = Infinity;
    let previous: Slot | null = null;
    let needsScale = false;
    let vague = false;
    // "два десятка", "сотня": a round count, said as an approximation
    let approx = false;
    let ordinal = false;
    let j = i;
    for (; j < run.length && !ordinal; j++) {
      const e = run[j].entry;
      const first = j === i;
      if (e.slot === 'zero' || e.slot === 'alone') {
        if (!first) break;
        group = e.value;
        j++;
        break;
      }
      if (e.slot === 'mult') {
        if (!first) break;
        group = e.value;
        rank = 0.5;
        needsScale = true;
      } else if (e.slot === 'small') {
        if (!(group === 0 || (j === i + 1 && (previous === 'unit' || previous === 'mult')))) break;
        if (first && e.vagueAlone) vague = true;
        else approx = true;
        group = (group || 1) * e.value;
        rank = 0.5;
        needsScale = false;
      } else if (e.slot === 'scale') {
        if (e.value >= lastScale || (group === 0 && total > 0)) break;
        if (first && e.vagueAlone) vague = true;
        total += (group || 1) * e.value;
        group = 0;
        rank = 4;
        lastScale = e.value;
        needsScale = false;
      } else {
        const r = e.slot === 'hundred' ? 3 : e.slot === 'ten' ? 2 : 1;
        if (r >= rank || needsScale || (e.slot === 'teen' && previous === 'ten')) break;
        group += e.value;
        rank = r;
      }
      ordinal = Boolean(e.ordinal);
      previous = e.slot;
    }
    const words = run.slice(i, j);
    i = Math.max(j, i + 1);
    if (needsScale || (words.length === 1 && words[0].entry.weak)) continue;
    const value = Math.round(total + group);
    const start = words[0].start;
    const lastWord = words[words.length - 1];
    const end = lastWord.end + (lastWord.entry.abbreviation && text[lastWord.end] === '.' ? 1 : 0);
    // "две тысячи двадцать четвёртого (года)", "в двухтысячном": a year, read as one, not as an ordinal count
    const yearLike = ordinal && isYear(value);
    out.push({ start, end, text: text.slice(start, end), value, ordinal: ordinal && !yearLike, yearLike, ...(vague ? { vague } : approx ? { approx } : {}) });
  }
  return out;
}

/**
 * numbers.ts's tokens together with this reader's, in text order: a digit token inside a Cyrillic form ("32" in
 * "32-х", "5" in "5 тысяч") gives way to it.
 */
export function mergeCyrillicNumbers(tokens: NumberToken[], cyrillic: NumberToken[]): NumberToken[] {
  if (cyrillic.length === 0) return tokens;
  // both lists are in text order and this reader's tokens do not overlap: one cursor walks them, so a long run of
  // figures is not compared pair by pair
  // (the kept ones merged with this reader's in the same pass, as a stable sort of the kept ones then this reader's
  // would order them: at one start, the kept one first)
  let next = 0;
  let j = 0;
  const merged: NumberToken[] = [];
  for (const t of tokens) {
    while (next < cyrillic.length && cyrillic[next].end <= t.start) next++;
    let covered = false;
    for (let k = next; k < cyrillic.length && cyrillic[k].start < t.end; k++) {
      if (t.start < cyrillic[k].end) {
        covered = true;
        break;
      }
    }
    if (covered) continue;
    while (j < cyrillic.length && cyrillic[j].start < t.start) merged.push(cyrillic[j++]);
    merged.push(t);
  }
  while (j < cyrillic.length) merged.push(cyrillic[j++]);
  return merged;
}
