/**
 * Finds figures in text: digits in any grouping style, numbers written as words, and ordinals; Russian and
 * Belarusian words come from numbersCyrillic.ts.
 */
import type { NumberToken } from './numberToken';
import { findCyrillicNumbers, mergeCyrillicNumbers } from './numbersCyrillic';
import { isSpace } from './textScan';

export type { NumberToken } from './numberToken';

/** Vague plurals as the least they can mean. */
const VAGUE = /\b(?:tens of thousands|hundreds of thousands|thousands|hundreds|dozens)\b/gi;
const VAGUE_VALUES: Record<string, number> = { 'tens of thousands': 10_000, 'hundreds of thousands': 100_000, thousands: 1000, hundreds: 100, dozens: 12 };

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
};

/**
 * Digits: "1,300", "1.300", "1 300" (with a normal, no-break or thin space), "1300", "7th".
 * A group separator is only accepted before exactly three digits, so "2.5" or "24 men" never fuse.
 * The figures are those of the pattern
 *   /(?<![\d.,\u00A0\u202F\u2009])(\d{1,3}(?:[,.\u00A0\u202F\u2009 ]\d{3})+|\d(?:[\u00AD\u200B-\u200D\u2060]?\d)*)(?![\d]|[.,]\d)(st|nd|rd|th)?\b/g
 * found by nextDigits, which tries its alternatives in the pattern's order without building a match for each figure
 * (a run of figures made the matches most of the reading's cost). tests/unit/numbers.test.ts holds it to the pattern.
 */
export interface DigitsMatch {
  start: number;
  /** the end of the figure's digits and separators (the pattern's first group) */
  numberEnd: number;
  /** the end of the match: after "st", "nd", "rd" or "th" when one follows */
  end: number;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
/** \w of a pattern without the u and i flags */
const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
/** a group separator: [,.\u00A0\u202F\u2009 ] */
const isGroupSeparator = (code: number) => code === 44 || code === 46 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 32;
/** a mark some sites put inside figures: [\u00AD\u200B-\u200D\u2060] */
const isInnerMark = (code: number) => code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060;

/**
 * The pattern's match ending its figure at `at`, or -1: (?![\d]|[.,]\d), then an ordinal's letters and a word's
 * edge, or a word's edge right there.
 */
function digitsEndAt(text: string, at: number): number {
  const c = text.charCodeAt(at); // NaN past the end: no character
  if (isDigit(c) || ((c === 44 || c === 46) && isDigit(text.charCodeAt(at + 1)))) return -1;
  const d = text.charCodeAt(at + 1);
  if ((c === 115 && d === 116) || (c === 110 && d === 100) || (c === 114 && d === 100) || (c === 116 && d === 104)) {
    // "st", "nd", "rd", "th", then an edge (else the edge right after the digits, which a letter never leaves)
    return isWordChar(text.charCodeAt(at + 2)) ? -1 : at + 2;
  }
  return isWordChar(c) ? -1 : at;
}

/** the match nextDigits gives, one object reused: a run of figures made one for each of hundreds of thousands */
const FOUND_DIGITS: DigitsMatch = { start: 0, numberEnd: 0, end: 0 };
function foundDigits(start: number, numberEnd: number, end: number): DigitsMatch {
  FOUND_DIGITS.start = start;
  FOUND_DIGITS.numberEnd = numberEnd;
  FOUND_DIGITS.end = end;
  return FOUND_DIGITS;
}

/**
 * The first figure in digits at or after `from` (the pattern above, searched from there), or null. The match is one
 * object reused by the next call: read it before calling again.
 */
export function nextDigits(text: string, from: number): DigitsMatch | null {
  const n = text.length;
  for (let p = from; p < n; p++) {
    if (!isDigit(text.charCodeAt(p))) continue;
    if (p > 0) {
      const b = text.charCodeAt(p - 1);
      if (isDigit(b) || b === 44 || b === 46 || b === 0xa0 || b === 0x202f || b === 0x2009) continue;
    }
    // first alternative: one to three digits (the most first), then groups of a separator and three digits (the most first)
    let lead = 1;
    while (lead < 3 && isDigit(text.charCodeAt(p + lead))) lead++;
    for (let d = lead; d >= 1; d--) {
      let groups = 0;
      for (let at = p + d; isGroupSeparator(text.charCodeAt(at)) && isDigit(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2)) && isDigit(text.charCodeAt(at + 3)); at += 4) groups++;
      for (let k = groups; k >= 1; k--) {
        const numberEnd = p + d + 4 * k;
        const end = digitsEndAt(text, numberEnd);
        if (end >= 0) return foundDigits(p, numberEnd, end);
      }
    }
    // second alternative: a digit, then digits each maybe after a mark; the longest first, then shorter (it may end
    // after any of its digits)
    let longest = p + 1;
    for (;;) {
      if (isDigit(text.charCodeAt(longest))) longest++;
      else if (isInnerMark(text.charCodeAt(longest)) && isDigit(text.charCodeAt(longest + 1))) longest += 2;
      else break;
    }
    for (let numberEnd = longest; numberEnd > p; numberEnd--) {
      if (!isDigit(text.charCodeAt(numberEnd - 1))) continue;
      const end = digitsEndAt(text, numberEnd);
      if (end >= 0) return foundDigits(p, numberEnd, end);
    }
  }
  return null;
}

const WORD_PARTS = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TENS), 'hundred', 'thousand', 'hundredth', 'thousandth'];
const WORD = `(?:${WORD_PARTS.sort((a, b) => b.length - a.length).join('|')})`;
/** "thirty-two", "two hundred and twenty-seven", "a hundred", "sixth" */
const WORDS = new RegExp(`\\b(?:a\\s+)?${WORD}(?:(?:[\\s-]+|\\s+and\\s+)${WORD})*\\b`, 'gi');

/** Cheap pre-test: most sentences have no number words, and the full word pattern is costly. */
const NUMBER_WORD_HINT = /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|first|second|third|fifth|eighth|ninth|twelfth|tieth)/i;

export function findNumbers(text: string): NumberToken[] {
  return mergeCyrillicNumbers(findDigitsAndEnglishWords(text), findCyrillicNumbers(text));
}

function findDigitsAndEnglishWords(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (let match = nextDigits(text, 0); match; match = nextDigits(text, match.end)) {
    const start = match.start;
    // the figure's digits, read past its group separators and the soft hyphens and zero-width marks some sites put
    // inside figures (all its other characters): the value Number() gives the digits alone, up to twelve of them
    let value = 0;
    let digits = 0;
    for (let at = start; at < match.numberEnd; at++) {
      const code = text.charCodeAt(at);
      if (isDigit(code)) {
        value = value * 10 + (code - 48);
        digits++;
      }
    }
    if (digits > 12) continue;
    tokens.push({
      start,
      end: match.end,
      text: text.slice(start, match.end),
      value,
      ordinal: match.end !== match.numberEnd,
      yearLike: digits === 4 && match.numberEnd - start === 4 && value >= 1900 && value <= 2100,
    });
  }
  mergeSpacedThousands(text, tokens);
  // (the figures in digits are in text order: a text with no other kind of number is spared the sort)
  let added = false;
  const vague: NumberToken[] = [];
  if (/thousands|hundreds|dozens/i.test(text)) {
    for (const match of text.matchAll(VAGUE)) {
      vague.push({ start: match.index, end: match.index + match[0].length, text: match[0], value: VAGUE_VALUES[match[0].toLowerCase()], ordinal: false, yearLike: false, vague: true });
    }
    tokens.push(...vague);
    added = vague.length > 0;
  }
  if (/dozen\b/i.test(text)) added = readDozens(text, tokens) || added;
  if (!NUMBER_WORD_HINT.test(text)) return added ? tokens.sort((a, b) => a.start - b.start) : tokens;
  let nextVague = 0;
  for (const match of text.matchAll(WORDS)) {
    let phrase = match[0];
    let offset = 0;
    let parsed = parseNumberWords(phrase);
    if (!parsed && /^a\s/i.test(phrase)) {
      // "a seventh term": the article belongs to the sentence, not the number
      offset = phrase.search(/\s\S/) + 1;
      phrase = phrase.slice(offset);
      parsed = parseNumberWords(phrase);
    }
    if (!parsed) continue;
    const start = match.index + offset;
    // "hundreds of thousands" was read as a vague plural above
    // (the words come in text order, so one cursor walks the vague plurals)
    while (nextVague < vague.length && vague[nextVague].end <= start) nextVague++;
    if (nextVague < vague.length && vague[nextVague].start <= start) continue;
    // "two dozen" was read whole by readDozens
    if (/^\s+dozen\b/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8))) continue;
    tokens.push({ start, end: match.index + match[0].length, text: text.slice(start, match.index + match[0].length), value: parsed.value, ordinal: parsed.ordinal, yearLike: false });
    added = true;
  }
  return added ? tokens.sort((a, b) => a.start - b.start) : tokens;
}

/** "a dozen", "two dozen", "half a dozen": a round count said as an approximation ("dozens" is a vague plural) */
const DOZEN = /\b(half\s+a|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+dozen\b(?!s)/gi;
const DOZEN_MULTIPLIERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function readDozens(text: string, tokens: NumberToken[]): boolean {
  let read = false;
  for (const match of text.matchAll(DOZEN)) {
    const word = match[1].toLowerCase();
    const value = word.startsWith('half') ? 6 : 12 * DOZEN_MULTIPLIERS[word];
    tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0], value, ordinal: false, yearLike: false, approx: true });
    read = true;
  }
  return read;
}

/**
 * "1, 300" as some pages set 1,300: a group of one to three digits, a comma and a space, then exactly three digits,
 * with no list around them and no month or possessive before ("July 1, 300 people" is a date and a count).
 */
function mergeSpacedThousands(text: string, tokens: NumberToken[]): void {
  // merged from the end, so that "1, 300, 400" reads as it always has: the pairs are chosen first, from the end, and
  // the list is then compacted in place, once, where any was (splicing each pair out of a long run of figures would
  // cost the run's length every time)
  let pairs: Uint8Array | null = null; // pairs[i]: tokens[i - 1] and tokens[i] are one figure
  for (let i = tokens.length - 1; i >= 1; i--) {
    const a = tokens[i - 1];
    const b = tokens[i];
    // (the comma and space between them first: most pairs of figures have none, and are spared the patterns)
    const mergeable = !(b.start - a.end !== 2 || text.charCodeAt(a.end) !== 44 || a.ordinal || b.ordinal || a.yearLike || !/^\d{1,2}$/.test(a.text) || !/^\d{3}$/.test(b.text) || text.slice(a.end, b.start) !== ', ')
      && !(commaAfterDigitBefore(text, a.start) || commaThenDigitAfter(text, b.end) || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start))
        // "Counting Thursday's 52, 389 have been pardoned": a possessive's figure, then the next
        || /['’]s\s+$/.test(text.slice(Math.max(0, a.start - 4), a.start)));
    if (!mergeable) continue;
    (pairs ??= new Uint8Array(tokens.length))[i] = 1;
    i--; // a is part of the merged figure
  }
  if (!pairs) return;
  let w = 0;
  for (let r = 0; r < tokens.length; r++) {
    const a = tokens[r];
    if (r + 1 < tokens.length && pairs[r + 1]) {
      const b = tokens[++r];
      tokens[w++] = { start: a.start, end: b.end, text: text.slice(a.start, b.end), value: a.value * 1000 + b.value, ordinal: false, yearLike: false };
    } else tokens[w++] = a;
  }
  tokens.length = w;
}

/** A digit and a comma, then only spaces, right before `at` ("2, 1, 300" is a list): read backwards, not by a regex over all the text before. */
function commaAfterDigitBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 1 && text[i] === ',' && /\d/.test(text[i - 1]);
}

/** A comma, maybe spaces, then a digit right at `at` ("1, 300, 400" is a list). */
function commaThenDigitAfter(text: string, at: number): boolean {
  if (text[at] !== ',') return false;
  let i = at + 1;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i < text.length && /\d/.test(text[i]);
}

/** Parses number words; null when the phrase is not a well-formed number. */
export function parseNumberWords(phrase: string): { value: number; ordinal: boolean } | null {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  let total = 0;
  let current = 0;
  let ordinal = false;
  let sawNumber = false;
  if (words[0] === 'a') {
    const multiplier: string | undefined = words[1];
    if (multiplier !== 'hundred' && multiplier !== 'thousand') return null;
    words.shift();
  }
  for (const word of words) {
    if (ordinal) return null; // nothing may follow an ordinal word
    if (word in UNITS) current += UNITS[word];
    else if (word in TENS) current += TENS[word];
    else if (word in ORDINAL_UNITS) { current += ORDINAL_UNITS[word]; ordinal = true; }
    else if (word in ORDINAL_TENS) { current += ORDINAL_TENS[word]; ordinal = true; }
    else if (word === 'hundred' || word === 'hundredth') { current = (current || 1) * 100; ordinal = word.endsWith('th'); }
    else if (word === 'thousand' || word === 'thousandth') { total += (current || 1) * 1000; current = 0; ordinal = word.endsWith('th'); }
    else return null;
    sawNumber = true;
  }
  if (!sawNumber) return null;
  return { value: total + current, ordinal };
}
