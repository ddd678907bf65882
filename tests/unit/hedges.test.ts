import { describe, expect, it } from 'vitest';
import { agree, factInterval, hedgeBefore, intervalOf } from '../../extension/engine/hedges';

const claim = (before: string, value: number) => intervalOf(value, hedgeBefore(before));

describe('hedges', () => {
  it('recognises the hedges news copy uses', () => {
    for (const [text, cls] of [['over ', 'lowerStrict'], ['more than ', 'lowerStrict'], ['at least ', 'lower'], ['nearly ', 'near'], ['an estimated ', 'approx'], ['approximately ', 'approx'], ['some ', 'approx'], ['fewer than ', 'upper']]) {
      expect(hedgeBefore(`they said ${text}`)?.cls).toBe(cls);
    }
    expect(hedgeBefore('they said ')).toBeNull();
  });

  it('"over 1,200" agrees with 1,278', () => {
    expect(agree(claim('over ', 1200), factInterval(1278, null), 0, hedgeBefore('over '))).toBe('match');
  });

  it('"approximately 1,300" agrees with counts from 1,253 to 1,300', () => {
    for (const count of [1253, 1278, 1300]) expect(agree(claim('approximately ', 1300), factInterval(count, null))).toBe('match');
  });

  it('"more than 225" agrees with 227 but not with 207', () => {
    expect(agree(claim('more than ', 225), factInterval(227, null))).toBe('match');
    expect(agree(claim('more than ', 225), factInterval(207, null))).toBe('mismatch');
  });

  it('"nearly 3,600" agrees with itself and not with 4,000', () => {
    const nearly = hedgeBefore('nearly ');
    expect(agree(claim('nearly ', 3600), factInterval(3600, nearly))).toBe('match');
    expect(agree(claim('nearly ', 4000), factInterval(3600, nearly))).toBe('mismatch');
  });

  it('an exact small count must be exact', () => {
    expect(agree(claim('', 33), factInterval(32, null))).toBe('mismatch');
    expect(agree(claim('', 32), factInterval(32, null))).toBe('match');
  });

  it('a literally true but far-off lower bound is unclear, never a mismatch', () => {
    expect(agree(claim('more than ', 100), factInterval(1278, null), 0, hedgeBefore('more than '))).toBe('unclear');
  });

  it('close counts from different monitors fall in the fuzzy zone', () => {
    expect(agree(claim('', 1320), factInterval(1278, null), 0.05)).toBe('unclear');
    expect(agree(claim('', 1600), factInterval(1278, null), 0.05)).toBe('mismatch');
  });
});
