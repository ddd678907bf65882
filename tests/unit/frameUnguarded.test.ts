import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topLevelAlternatives, unguardedOf, unguardedSpans } from '../../extension/engine/frame';

const L = '(?<![\\p{L}\\d])';

/** the spans matchSpans reads with the unguarded twin: its places, those after a letter or a digit passed over */
const unguardedSpansOf = (pattern: RegExp, text: string) => unguardedSpans(unguardedOf(pattern)!, text);
function patternSpans(pattern: RegExp, text: string): [number, number][] {
  const g = new RegExp(pattern.source, 'gu');
  return [...text.matchAll(g)].map((m) => [m.index, m.index + m[0].length]);
}

describe('the frame patterns\' scan without their word-start lookbehinds (unguardedOf)', () => {
  it('splits a pattern at its top-level bars only', () => {
    expect(topLevelAlternatives('a|(?:b|c)|[|\\]]d|e\\|f')).toEqual(['a', '(?:b|c)', '[|\\]]d', 'e\\|f']);
    expect(topLevelAlternatives('abc')).toEqual(['abc']);
  });

  it('takes only the patterns whose every alternative opens with the lookbehind, and no other', () => {
    expect(unguardedOf(new RegExp(`${L}(?:of them|among them)(?![\\p{L}])`, 'u'))?.source).toBe('(?:of them|among them)(?![\\p{L}])');
    expect(unguardedOf(new RegExp(`${L}a b|${L}c`, 'u'))?.source).toBe('a b|c');
    expect(unguardedOf(new RegExp(`${L}a|c`, 'u'))).toBeNull();
    expect(unguardedOf(new RegExp(`${L}a${L}b`, 'u'))).toBeNull();
    expect(unguardedOf(new RegExp(`${L}a`, 'iu'))).toBeNull();
  });

  it('finds the spans the pattern finds, in any text', () => {
    const patterns = [
      new RegExp(`${L}(?:of them|among them|из них|з іх|\\p{L}+ alone|a|b)(?![\\p{L}])`, 'u'),
      new RegExp(`${L}since (?:the )?\\d+|${L}(?:over|during) the summer|${L}за|${L}\\p{L}*ab`, 'u'),
    ];
    const pieces = ['of them', 'among them', 'из них', 'з іх', 'a', 'b', 'ab', 'x', ' ', '1', 'за', 'since the 5', 'over the summer', '\u{1d400}', '\u{1f600}', '\ud835', '-', 'q alone', 'ё'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (list) => {
      const text = list.join('');
      for (const pattern of patterns) expect(unguardedSpansOf(pattern, text)).toEqual(patternSpans(pattern, text));
    }), { numRuns: 3000 });
  });
});
