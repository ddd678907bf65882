import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers, nextDigits, parseNumberWords } from '../../extension/engine/numbers';

const values = (text: string) => findNumbers(text).map((t) => [t.text, t.value, t.ordinal]);

describe('findNumbers', () => {
  it('reads digit groupings of every style as the same value', () => {
    expect(values('1,300 and 1.300 and 1\u00a0300 and 1\u202f300 and 1300')).toEqual([
      ['1,300', 1300, false], ['1.300', 1300, false], ['1\u00a0300', 1300, false], ['1\u202f300', 1300, false], ['1300', 1300, false],
    ]);
  });

  it('does not fuse neighbouring figures or decimals into one number', () => {
    expect(values('24 men and 8 women')).toEqual([['24', 24, false], ['8', 8, false]]);
    expect(findNumbers('inflation of 2.5 percent').map((t) => t.value)).toEqual([]);
  });

  it('reads numbers written as words, compounds included', () => {
    expect(values('thirty-two people, eight women, two hundred and twenty-seven in all')).toEqual([
      ['thirty-two', 32, false], ['eight', 8, false], ['two hundred and twenty-seven', 227, false],
    ]);
  });

  it('reads ordinals in words and digits, keeping the article out of the span', () => {
    expect(values('a seventh term after the sixth round and the 8th wave')).toEqual([
      ['seventh', 7, true], ['sixth', 6, true], ['8th', 8, true],
    ]);
  });

  it('marks plain four-digit years so they are not read as counts', () => {
    expect(findNumbers('in 2024, 1,994 people').map((t) => t.yearLike)).toEqual([true, false]);
  });

  it('rejects word sequences that are not numbers', () => {
    expect(parseNumberWords('a man')).toBeNull();
    expect(parseNumberWords('sixth seven')).toBeNull();
    expect(parseNumberWords('a hundred')).toEqual({ value: 100, ordinal: false });
  });
});

describe('nextDigits', () => {
  /** the pattern nextDigits stands for (numbers.ts) */
  const DIGITS = /(?<![\d.,\u00A0\u202F\u2009])(\d{1,3}(?:[,.\u00A0\u202F\u2009 ]\d{3})+|\d(?:[\u00AD\u200B-\u200D\u2060]?\d)*)(?![\d]|[.,]\d)(st|nd|rd|th)?\b/g;
  const byPattern = (text: string) => [...text.matchAll(DIGITS)].map((m) => [m.index, m.index + m[1].length, m.index + m[0].length]);
  const byScan = (text: string) => {
    const out: number[][] = [];
    for (let m = nextDigits(text, 0); m; m = nextDigits(text, m.end)) out.push([m.start, m.numberEnd, m.end]);
    return out;
  };
  const chars = ['0', '1', '2', '3', '9', ',', '.', ' ', '\u00A0', '\u202F', '\u2009', '\u00AD', '\u200B', '\u200D', '\u2060', 's', 't', 'n', 'd', 'r', 'h', 'x', '_', '-', 'я', '\n'];

  it('finds what the pattern finds, where it finds it', () => {
    for (const text of ['1,300 and 1.300, 1\u00a0300, 12,345,678th, 7th, 21st-century, 1\u00AD2x, 1\u00AD2\u00AD3nd', '2.5 1,30 1, 300 99,999.1 1st_ 3rdx 2 th', '']) {
      expect(byScan(text)).toEqual(byPattern(text));
    }
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join('')), (text) => {
      expect(byScan(text)).toEqual(byPattern(text));
    }), { numRuns: 20_000 });
  });

  it('gives each figure the value of its digits alone', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join('')), (text) => {
      for (const t of findNumbers(text)) expect(t.value).toBe(Number(t.text.replace(/(?:st|nd|rd|th)$/, '').replace(/[^\d]/g, '')));
    }), { numRuns: 5_000 });
  });
});
