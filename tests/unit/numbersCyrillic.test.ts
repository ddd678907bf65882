/**
 * Numbers in Russian and Belarusian text (extension/engine/numbersCyrillic.ts): words in every case and gender,
 * collectives, ordinals, vague plurals and the Cyrillic digit forms, with their spans. The example phrases are our own;
 * the real pages are read from ../shared at test time and skipped when absent.
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, type NumberToken } from '../../extension/engine/numbers';
import { CYRILLIC_NUMBER_HINT, findCyrillicNumbers, mergeCyrillicNumbers, nextDigitForm, NUMERAL_FORMS } from '../../extension/engine/numbersCyrillic';
import { LABEL_FILES, readLabels, readRealPage, REAL_PAGES_DIR } from '../../scripts/evaluateReal';

/** [token text, value, flags]: 'o' ordinal, 'y' year-like, 'v' vague */
type Expected = [string, number, string?];

/** The tokens found, each checked to stand where its text first occurs after the previous one. */
function read(text: string): Expected[] {
  let from = 0;
  return findCyrillicNumbers(text).map((t) => {
    expect(t.start, `${t.text} in "${text}"`).toBe(text.indexOf(t.text, from));
    from = t.end;
    const flags = `${t.ordinal ? 'o' : ''}${t.yearLike ? 'y' : ''}${t.vague ? 'v' : ''}`;
    return flags ? [t.text, t.value, flags] : [t.text, t.value];
  });
}

const table = (cases: Array<[string, Expected[]]>) => {
  for (const [text, expected] of cases) expect(read(text), text).toEqual(expected);
};

describe('findCyrillicNumbers: cardinals', () => {
  it('reads Russian cardinals in every case and gender, and their compounds', () => {
    table([
      ['один из них, одна женщина, одно решение', [['один', 1], ['одна', 1], ['одно', 1]]],
      ['у одного, к одной, по одному, с одним, об одних', [['одного', 1], ['одной', 1], ['одному', 1], ['одним', 1], ['одних', 1]]],
      ['два брата и две сестры, у двух, к двум, с двумя', [['два', 2], ['две', 2], ['двух', 2], ['двум', 2], ['двумя', 2]]],
      ['три дня, трёх, трех, трём, трем, тремя', [['три', 3], ['трёх', 3], ['трех', 3], ['трём', 3], ['трем', 3], ['тремя', 3]]],
      ['четыре, четырёх, четырех, четырьмя', [['четыре', 4], ['четырёх', 4], ['четырех', 4], ['четырьмя', 4]]],
      ['пять, пяти, пятью; девятнадцать, девятнадцати', [['пять', 5], ['пяти', 5], ['пятью', 5], ['девятнадцать', 19], ['девятнадцати', 19]]],
      ['восемь, восьми; одиннадцать; двенадцати', [['восемь', 8], ['восьми', 8], ['одиннадцать', 11], ['двенадцати', 12]]],
      ['двадцать, двадцати, двадцатью; сорок, сорока', [['двадцать', 20], ['двадцати', 20], ['двадцатью', 20], ['сорок', 40], ['сорока', 40]]],
      ['пятьдесят, пятидесяти; девяносто, девяноста', [['пятьдесят', 50], ['пятидесяти', 50], ['девяносто', 90], ['девяноста', 90]]],
      ['сто, ста; двести, двухсот; триста, трёхсот; пятьсот, пятисот; девятьсот', [
        ['сто', 100], ['ста', 100], ['двести', 200], ['двухсот', 200], ['триста', 300], ['трёхсот', 300], ['пятьсот', 500], ['пятисот', 500], ['девятьсот', 900],
      ]],
      ['Помиловали тридцать два человека', [['тридцать два', 32]]],
      ['среди тридцати двух осуждённых', [['тридцати двух', 32]]],
      ['всего двести двадцать семь человек', [['двести двадцать семь', 227]]],
      ['с двадцатью семью заключёнными', [['двадцатью семью', 27]]],
      ['тысяча двести семьдесят восемь политзаключённых', [['тысяча двести семьдесят восемь', 1278]]],
      ['одна тысяча триста; сто двадцать тысяч пятьсот; девятьсот девяносто девять тысяч девятьсот девяносто девять', [
        ['одна тысяча триста', 1300], ['сто двадцать тысяч пятьсот', 120500], ['девятьсот девяносто девять тысяч девятьсот девяносто девять', 999999],
      ]],
      ['тысяча, тысячу, пять тысяч, две тысячи, миллион двести тысяч', [['тысяча', 1000], ['тысячу', 1000], ['пять тысяч', 5000], ['две тысячи', 2000], ['миллион двести тысяч', 1200000]]],
      ['Ноль', [['Ноль', 0]]],
    ]);
  });

  it('reads Belarusian cardinals in every case and gender, and their compounds', () => {
    table([
      ['адзін, адна, адно, аднаго, адной', [['адзін', 1], ['адна', 1], ['адно', 1], ['аднаго', 1], ['адной', 1]]],
      ['два, дзве, двух, дзвюх; тры, трох; чатыры, чатырох', [['два', 2], ['дзве', 2], ['двух', 2], ['дзвюх', 2], ['тры', 3], ['трох', 3], ['чатыры', 4], ['чатырох', 4]]],
      ['пяць, пяці; шэсць, шасці; сем, сямі; восем, васьмі', [['пяць', 5], ['пяці', 5], ['шэсць', 6], ['шасці', 6], ['сем', 7], ['сямі', 7], ['восем', 8], ['васьмі', 8]]],
      ['дзевяць, дзевяці; дзесяць, дзесяці; адзінаццаць; дзевятнаццаць', [['дзевяць', 9], ['дзевяці', 9], ['дзесяць', 10], ['дзесяці', 10], ['адзінаццаць', 11], ['дзевятнаццаць', 19]]],
      ['дваццаць, дваццаці; трыццаць, трыццаці; сорак, сарака', [['дваццаць', 20], ['дваццаці', 20], ['трыццаць', 30], ['трыццаці', 30], ['сорак', 40], ['сарака', 40]]],
      ['пяцьдзясят, пяцідзесяці; шэсцьдзясят; семдзесят; восемдзесят; дзевяноста', [['пяцьдзясят', 50], ['пяцідзесяці', 50], ['шэсцьдзясят', 60], ['семдзесят', 70], ['восемдзесят', 80], ['дзевяноста', 90]]],
      ['сто, ста; дзвесце, двухсот; трыста, чатырыста, пяцьсот', [['сто', 100], ['ста', 100], ['дзвесце', 200], ['двухсот', 200], ['трыста', 300], ['чатырыста', 400], ['пяцьсот', 500]]],
      ['тысяча, тысячы, тысяч; паўтары тысячы', [['тысяча', 1000], ['тысячы', 1000, 'v'], ['тысяч', 1000, 'v'], ['паўтары тысячы', 1500]]],
      ['вызвалілі трыццаць два чалавекі, з іх трыццаці двух', [['трыццаць два', 32], ['трыццаці двух', 32]]],
      ['дзвесце дваццаць сем чалавек', [['дзвесце дваццаць сем', 227]]],
      ['тысяча дзвесце семдзесят восем', [['тысяча дзвесце семдзесят восем', 1278]]],
    ]);
  });

  it('reads collectives and "both" in their cases', () => {
    table([
      ['двое, трое, четверо, пятеро, шестеро, семеро', [['двое', 2], ['трое', 3], ['четверо', 4], ['пятеро', 5], ['шестеро', 6], ['семеро', 7]]],
      ['у двоих, у троих, четверых', [['двоих', 2], ['троих', 3], ['четверых', 4]]],
      ['двое, трое, чацвёра, пяцёра, дваіх, траіх', [['двое', 2], ['трое', 3], ['чацвёра', 4], ['пяцёра', 5], ['дваіх', 2], ['траіх', 3]]],
      ['Оба вышли, обе вернулись; абодва, абедзве', [['Оба', 2], ['обе', 2], ['абодва', 2], ['абедзве', 2]]],
    ]);
  });
});

describe('findCyrillicNumbers: ordinals', () => {
  it('reads Russian ordinals in every case and gender, compounds included', () => {
    table([
      ['первый, первая, первое, первого, первой, первом', [['первый', 1, 'o'], ['первая', 1, 'o'], ['первое', 1, 'o'], ['первого', 1, 'o'], ['первой', 1, 'o'], ['первом', 1, 'o']]],
      ['второй, второго; третий, третья, третье, третьего', [['второй', 2, 'o'], ['второго', 2, 'o'], ['третий', 3, 'o'], ['третья', 3, 'o'], ['третье', 3, 'o'], ['третьего', 3, 'o']]],
      ['четвёртый, четвертая, пятый', [['четвёртый', 4, 'o'], ['четвертая', 4, 'o'], ['пятый', 5, 'o']]],
      ['шестой, шестая, шестое, шестого', [['шестой', 6, 'o'], ['шестая', 6, 'o'], ['шестое', 6, 'o'], ['шестого', 6, 'o']]],
      ['седьмой, седьмая, седьмое; восьмой, восьмая, восьмое', [['седьмой', 7, 'o'], ['седьмая', 7, 'o'], ['седьмое', 7, 'o'], ['восьмой', 8, 'o'], ['восьмая', 8, 'o'], ['восьмое', 8, 'o']]],
      ['девятый, десятый, двадцатый, сороковой, сотый', [['девятый', 9, 'o'], ['десятый', 10, 'o'], ['двадцатый', 20, 'o'], ['сороковой', 40, 'o'], ['сотый', 100, 'o']]],
      ['это уже восьмая волна помилований', [['восьмая', 8, 'o']]],
      ['двадцать первый раз; сто двадцать пятой', [['двадцать первый', 21, 'o'], ['сто двадцать пятой', 125, 'o']]],
    ]);
  });

  it('reads Belarusian ordinals in every case and gender', () => {
    table([
      ['першы, першая, першае, першага, першыя', [['першы', 1, 'o'], ['першая', 1, 'o'], ['першае', 1, 'o'], ['першага', 1, 'o'], ['першыя', 1, 'o']]],
      ['другі, другая хваля; трэці, трэцяя', [['другі', 2, 'o'], ['другая', 2, 'o'], ['трэці', 3, 'o'], ['трэцяя', 3, 'o']]],
      ['чацвёрты, пяты, шосты, шостая, шостае', [['чацвёрты', 4, 'o'], ['пяты', 5, 'o'], ['шосты', 6, 'o'], ['шостая', 6, 'o'], ['шостае', 6, 'o']]],
      ['сёмы, сёмая, сёмае, восьмы, восьмая', [['сёмы', 7, 'o'], ['сёмая', 7, 'o'], ['сёмае', 7, 'o'], ['восьмы', 8, 'o'], ['восьмая', 8, 'o']]],
      ['дзявяты, дзясяты; дваццаць першы', [['дзявяты', 9, 'o'], ['дзясяты', 10, 'o'], ['дваццаць першы', 21, 'o']]],
    ]);
  });

  it('reads a year written as an ordinal as a year, not as a count', () => {
    table([
      ['в две тысячи двадцать четвёртом году', [['две тысячи двадцать четвёртом', 2024, 'y']]],
      ['у дзве тысячы дваццаць чацвёртым годзе', [['дзве тысячы дваццаць чацвёртым', 2024, 'y']]],
    ]);
  });

  it('leaves Russian "другой" (other) alone, while Belarusian "другая" is second', () => {
    table([
      ['другая сторона, другое дело, другого', []],
      ['другая хваля памілаванняў', [['другая', 2, 'o']]],
    ]);
  });
});

describe('findCyrillicNumbers: digits in Cyrillic forms, vague plurals', () => {
  it('reads digits with case endings, the ending kept in the token', () => {
    table([
      ['более 32-х человек, 30-ти, 18-ти', [['32-х', 32], ['30-ти', 30], ['18-ти', 18]]],
      ['7-е помилование, 8-я группа, 8-й раз', [['7-е', 7, 'o'], ['8-я', 8, 'o'], ['8-й', 8, 'o']]],
      ['с 1994-го года, в 2024-м году', [['1994-го', 1994, 'y'], ['2024-м', 2024, 'y']]],
      ['25-летний, 3-4 человека', []],
      // the ending of a grouped figure is not read onto its last group
      ['к 1 200-м, 1\u00a0300-х', []],
    ]);
  });

  it('reads digits before a thousand or a million as the whole figure', () => {
    table([
      ['около 5 тысяч человек', [['5 тысяч', 5000]]],
      ['для 3 тыс. осуждённых', [['3 тыс.', 3000]]],
      ['1,2 тыс. и 1,5 млн', [['1,2 тыс.', 1200], ['1,5 млн', 1500000]]],
      ['пять тыс. рублей', [['пять тыс.', 5000]]],
      ['инфляция 2,5 процента', []],
    ]);
  });

  it('reads plurals of hundreds and thousands as a lower bound, but not after a count', () => {
    table([
      ['сотни тысяч, десятки, тысячи людей', [['сотни тысяч', 100000, 'v'], ['десятки', 10, 'v'], ['тысячи', 1000, 'v']]],
      ['две тысячи, две сотни, два десятка', [['две тысячи', 2000], ['две сотни', 200], ['два десятка', 20]]],
      ['полторы тысячи, полтора десятка, полтора года', [['полторы тысячи', 1500], ['полтора десятка', 15]]],
    ]);
  });
});

describe('findCyrillicNumbers: spelling and boundaries', () => {
  it('reads ё or е, і or и (and a Latin i), taraškievica, capitals, stress marks and soft hyphens', () => {
    table([
      ['Четырёх и четырех', [['Четырёх', 4], ['четырех', 4]]],
      ['адзiн (Latin i), пяцi', [['адзiн', 1], ['пяцi', 5]]],
      ['дзьве тысячы, шэсьць, чацьвёрты', [['дзьве тысячы', 2000], ['шэсьць', 6], ['чацьвёрты', 4, 'o']]],
      ['ДВАДЦАТЬ ДВА, Тридцать', [['ДВАДЦАТЬ ДВА', 22], ['Тридцать', 30]]],
      ['восе\u0301мь, трид\u00adцать', [['восе\u0301мь', 8], ['трид\u00adцать', 30]]],
    ]);
  });

  it('keeps numbers apart when something other than a space stands between them', () => {
    table([
      ['пять-шесть человек', [['пять', 5], ['шесть', 6]]],
      ['два, три', [['два', 2], ['три', 3]]],
      ['один два', [['один', 1], ['два', 2]]],
    ]);
  });

  it('does not read words that only contain a number stem', () => {
    table([
      ["семья, сям'я, сем'і, свою семью, пятница, пятніца", []],
      ['одинокий, единство, адзінства, первоначальный, сорочка, сотрудник, стол', []],
      ['тройка, пятёрка, двойной, трёхэтажный, пятилетний, семилетка, тысячелетие', []],
      ['во-первых, во-вторых, в-третьих, па-першае, по-другому', []],
      ['сторона, стали, состав, треть, четверть, тыс, млн', []],
    ]);
  });

  it('passes text with no Cyrillic numeral untouched and quickly gives up on English', () => {
    expect(findCyrillicNumbers('Thirty-two people, 1,300 prisoners, the 7th round')).toEqual([]);
    expect(CYRILLIC_NUMBER_HINT.test('Thirty-two people, 1,300 prisoners')).toBe(false);
    expect(CYRILLIC_NUMBER_HINT.test('помиловал тридцать')).toBe(true);
  });

  it('lets every listed form through the pre-test and reads it alone', () => {
    // forms that are numbers only inside a compound or in Belarusian text are read alone there
    const compoundOnly = new Set(['семью', 'сямю', 'тыс', 'млн', 'млрд', 'полтора', 'полторы', 'полутора', 'паўтара', 'паўтары']);
    const unread = NUMERAL_FORMS.filter((form) => {
      if (!CYRILLIC_NUMBER_HINT.test(form)) return true;
      if (compoundOnly.has(form)) return false;
      const tokens = findCyrillicNumbers(form.startsWith('друг') ? `${form} і` : form);
      return tokens.length !== 1 || tokens[0].text !== form;
    });
    expect(NUMERAL_FORMS.length).toBeGreaterThan(1000);
    expect(unread).toEqual([]);
  });
});

describe('mergeCyrillicNumbers', () => {
  it('lets a Cyrillic form replace the plain digits inside it, in text order', () => {
    const text = 'около 5 тысяч, из них 32-х, ещё 14 и восьмая';
    const merged = mergeCyrillicNumbers(findNumbers(text), findCyrillicNumbers(text));
    expect(merged.map((t) => [t.text, t.value])).toEqual([['5 тысяч', 5000], ['32-х', 32], ['14', 14], ['восьмая', 8]]);
  });
});

const PIECES = [
  'тридцать', 'два', 'двух', 'тысячи', 'тыс.', 'млн', '5', '1,2', '32-х', '8-я', '-', '‑', '–', ' ', '\u00a0', ',', '.', "'", '’',
  'семью', 'сем', 'і', 'i', 'полтора', 'сотни', 'двое', 'первый', 'другая', 'во', 'пять', 'шесть', 'сто', 'ё', '\u0301', '\u00ad', '2024',
];

describe('findCyrillicNumbers: properties', () => {
  it('every token is the text at its offsets; tokens are in order and never overlap', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const tokens = findCyrillicNumbers(t);
        let end = 0;
        for (const token of tokens) {
          expect(token.text).toBe(t.slice(token.start, token.end));
          expect(token.start).toBeGreaterThanOrEqual(end);
          expect(Number.isInteger(token.value)).toBe(true);
          end = token.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

const RU_BE_LABELS = LABEL_FILES[1];
describe.skipIf(!existsSync(RU_BE_LABELS) || !existsSync(REAL_PAGES_DIR))('findCyrillicNumbers on the real Russian and Belarusian pages', () => {
  it('reads every labelled figure written in Cyrillic (words, "5 тысяч") with its span and value', () => {
    const labels = readLabels([RU_BE_LABELS], []);
    const checked: string[] = [];
    const missed: string[] = [];
    for (const [file, entry] of labels) {
      // set-aside pages are a check on rules written without them: no test reads their figures one by one
      if (entry.heldOut) continue;
      const page = readRealPage(REAL_PAGES_DIR, file);
      const tokens = findCyrillicNumbers(page.body);
      for (const token of tokens) expect(token.text).toBe(page.body.slice(token.start, token.end));
      for (const label of entry.labels) {
        // figures that are claims; a number inside a compound word ("two-month") that is no claim need not be a token
        if (label.kind === 'not_a_claim' || !/[\u0400-\u04FF]/.test(page.body.slice(label.start, label.end))) continue;
        checked.push(`${file} @${label.start}`);
        if (!tokens.some((t) => t.start === label.start && t.end === label.end && t.value === label.value)) missed.push(`${file} @${label.start} ${label.value}`);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(15);
    expect(missed).toEqual([]);
  });
});

describe('nextDigitForm', () => {
  /** the pattern nextDigitForm stands for (numbersCyrillic.ts) */
  const DIGIT_FORM = /(?<!\d[.,\u00A0\u202F\u2009 ]?)(\d+)(?:[.,](\d{1,2}))?(?![\d])(?:[-‑–]([\u0400-\u04FF]{1,3})(?![\u0400-\u04FF\w]))?/gu;
  const byPattern = (text: string) => [...text.matchAll(DIGIT_FORM)].map((m) => [m.index, m[1], m[2], m[3], m.index + m[0].length]);
  const byScan = (text: string) => {
    const out: unknown[][] = [];
    for (let m = nextDigitForm(text, 0); m; m = nextDigitForm(text, m.end)) {
      out.push([m.start, text.slice(m.start, m.digitsEnd), m.decimalsEnd > m.digitsEnd ? text.slice(m.digitsEnd + 1, m.decimalsEnd) : undefined, m.end > m.decimalsEnd ? text.slice(m.decimalsEnd + 1, m.end) : undefined, m.end]);
    }
    return out;
  };
  const chars = ['0', '1', '7', ',', '.', ' ', '\u00A0', '\u202F', '\u2009', '-', '‑', '–', 'х', 'я', 'г', 'о', 'a', 'Z', '_', '\n', '😀'];

  it('finds what the pattern finds, where it finds it', () => {
    for (const text of ['32-х, 8-я, 1,2 тыс., 5 тысяч, 2024-го, 12,345-ый, 1.23, 7-abc, 7-ага, 3–х', '']) expect(byScan(text)).toEqual(byPattern(text));
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join('')), (text) => {
      expect(byScan(text)).toEqual(byPattern(text));
    }), { numRuns: 20_000 });
  });

  it('reads the same forms over hostile runs of digits and letters', () => {
    const chars2 = ['1', '2', ' ', ',', '.', '-', 'т', 'ы', 'с', 'я', 'ч', 'х', 'м', 'л', 'н', '\u00A0'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars2), { maxLength: 50 }).map((a) => a.join('')), (text) => {
      expect(findCyrillicNumbers(text).every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
    }), { numRuns: 2_000 });
  });
});

describe('mergeCyrillicNumbers, one pass', () => {
  /** the merge as it was first written: the covered digit tokens dropped, the rest sorted in with a stable sort */
  const reference = (tokens: NumberToken[], cyrillic: NumberToken[]) => cyrillic.length === 0 ? tokens
    : [...tokens.filter((t) => !cyrillic.some((c) => t.start < c.end && c.start < t.end)), ...cyrillic].sort((a, b) => a.start - b.start);
  const token = (start: number, length: number, text: string): NumberToken => ({ start, end: start + length, text, value: 1, ordinal: false, yearLike: false });
  /** tokens in text order, none overlapping, from the gaps before them and their lengths */
  const tokensOf = (spans: [number, number][], tag: string) => {
    let at = 0;
    return spans.map(([gap, length], i) => token((at += gap), length, `${tag}${i}`)).map((t) => ((at = t.end), t));
  };

  it('keeps what the reference keeps, in its order', () => {
    const spans = fc.array(fc.tuple(fc.nat(4), fc.integer({ min: 1, max: 5 })), { maxLength: 12 });
    fc.assert(fc.property(spans, spans, (digitSpans, cyrillicSpans) => {
      const digits = tokensOf(digitSpans, 'd');
      const cyrillic = tokensOf(cyrillicSpans, 'c');
      expect(mergeCyrillicNumbers(digits, cyrillic).map((t) => t.text)).toEqual(reference(digits, cyrillic).map((t) => t.text));
    }), { numRuns: 5_000 });
  });
});
