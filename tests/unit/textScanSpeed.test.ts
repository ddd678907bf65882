import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cy from '../../extension/engine/cyrillic';
import { endsOnCyrillic, lastMarkBefore, lastNonSpaceCode, opensOnDigit, testOfLastText } from '../../extension/engine/textScan';

describe('testOfLastText: a sentence\'s pattern answered once for its figures', () => {
  it('answers as the pattern does, whatever the order of the texts asked', () => {
    const pattern = /\b(?:in total|so far)\b/;
    const tested = testOfLastText(pattern);
    const texts = ['in total 5', 'in total 5', 'none here', 'so far 3', 'none here', 'none here', 'in total 5', ''];
    for (const text of texts) expect(tested(text)).toBe(pattern.test(text));
    fc.assert(fc.property(fc.array(fc.constantFrom('a so far', 'b', 'so far', 'in total', 'x in totals', '')), (seq) => seq.every((text) => tested(text) === pattern.test(text))));
  });

  it('refuses a pattern that keeps a lastIndex', () => {
    expect(() => testOfLastText(/a/g)).toThrow();
    expect(() => testOfLastText(/a/y)).toThrow();
  });
});

describe('lastMarkBefore: the pre-test of a pattern ending in a mark and white space', () => {
  const pattern = /[—–:]\s*$/u;
  it('is true wherever the pattern matches the slice (and then only where it does)', () => {
    const alphabet = [' ', '\u00A0', '\u2003', '\n', '—', '–', ':', '-', 'а', 'x', '1', '\uFEFF', '\u200B', ','];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((a) => a.join('')), fc.nat(12), fc.nat(12), (text, x, y) => {
      const from = Math.min(x, y, text.length);
      const to = Math.min(Math.max(x, y), text.length);
      return lastMarkBefore(text, from, to, '—–:') === pattern.test(text.slice(from, to));
    }), { numRuns: 5000 });
  });

  it('agrees with \\s for every code unit after the mark', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `с начала года:${String.fromCharCode(c)}`;
      expect(lastMarkBefore(text, 0, text.length, '—–:'), `U+${c.toString(16)}`).toBe(pattern.test(text));
    }
  });
});

describe('opensOnDigit: the gate before the tests that need a word right after a figure', () => {
  it('is /^\\s*\\d/ for every code unit, after any spaces', () => {
    for (let c = 0; c < 0x10000; c++) {
      for (const text of [String.fromCharCode(c), ` \u00A0${String.fromCharCode(c)}x`]) expect(opensOnDigit(text), `U+${c.toString(16)}`).toBe(/^\s*\d/.test(text));
    }
    expect(opensOnDigit('')).toBe(false);
    expect(opensOnDigit('   ')).toBe(false);
  });

  it('leaves out only texts the word patterns after a figure cannot match', () => {
    const patterns = [cy.PEOPLE_AFTER_CY, cy.NEW_PRISONERS_AFTER_CY, cy.DURATION_AFTER_CY, cy.DATE_AFTER_CY];
    const pieces = [' ', '\u00A0', '1', '23', '-', '—', 'человек', 'новых', 'палітвязняў', 'дней', 'января', 'из', 'з', ',', 'а'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join('')), (text) => !opensOnDigit(text) || patterns.every((p) => !p.test(text))), { numRuns: 3000 });
  });
});

describe('endsOnCyrillic: the gate before the tests that need a Cyrillic word right before a figure', () => {
  it('is /[\\u0400-\\u04FF]\\s*$/ for every code unit, before any spaces', () => {
    for (let c = 0; c < 0x10000; c++) {
      for (const text of [String.fromCharCode(c), `x${String.fromCharCode(c)} \u00A0`]) expect(endsOnCyrillic(text), `U+${c.toString(16)}`).toBe(/[\u0400-\u04FF]\s*$/.test(text));
    }
    expect(endsOnCyrillic('')).toBe(false);
    expect(endsOnCyrillic('  ')).toBe(false);
  });
});

describe('lastNonSpaceCode: the character the end-anchored patterns before a figure are gated on', () => {
  it('is the last character /\\S\\s*$/ finds, for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `ab${String.fromCharCode(c)}\u2003 \n`;
      const found = /(\S)\s*$/.exec(text);
      expect(lastNonSpaceCode(text), `U+${c.toString(16)}`).toBe(found ? found[1].charCodeAt(0) : -1);
    }
    expect(lastNonSpaceCode('')).toBe(-1);
    expect(lastNonSpaceCode(' \t')).toBe(-1);
  });
});
