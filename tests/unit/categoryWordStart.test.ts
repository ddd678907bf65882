import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterOrDigitBefore } from '../../extension/engine/cyrillic';

describe('a category word\'s start, read by character code (letterOrDigitBefore)', () => {
  // the word-start lookbehind of the Cyrillic patterns, as cyrillic.ts writes it
  const START = /(?<![\p{L}\d])/uy;
  const byPattern = (text: string, at: number) => {
    START.lastIndex = at;
    return !START.test(text);
  };

  it('answers as the lookbehind does after every code unit of the Basic Multilingual Plane', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`${c}ж`, `а${c}ж`, `1${c}ж`]) expect(letterOrDigitBefore(text, text.length - 1), `U+${code.toString(16)} in ${JSON.stringify(text)}`).toBe(byPattern(text, text.length - 1));
    }
  });

  it('answers as the lookbehind does at the text\'s start, after surrogate pairs and at any place of any text', () => {
    expect(letterOrDigitBefore('женщин', 0)).toBe(false);
    // a letter outside the plane (MATHEMATICAL BOLD CAPITAL A), a symbol (an emoji) and lone surrogates
    for (const text of ['\u{1d400}ж', '\u{1f600}ж', '\ud835ж', '\udc00ж', 'а\udc00ж']) expect(letterOrDigitBefore(text, text.length - 1)).toBe(byPattern(text, text.length - 1));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 8 }), fc.nat(8), (text, at) => {
      const place = Math.min(at, text.length);
      expect(letterOrDigitBefore(text, place)).toBe(byPattern(text, place));
    }), { numRuns: 5000 });
  });
});
