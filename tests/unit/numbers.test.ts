import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumberWords } from '../../extension/engine/numbers';

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
