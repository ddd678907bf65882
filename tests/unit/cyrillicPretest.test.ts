import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsAfterLastStop, hasWordsCy, HELD_CY, notWordBetweenCy, OTHER_TIME_CY, PARDON_BEFORE_CY, PARDON_CY, withoutOptionalLeads } from '../../extension/engine/cyrillic';

describe('the Cyrillic word patterns\' pre-test (hasWordsCy)', () => {
  it('drops an optional group a word opens with, and nothing else', () => {
    expect(withoutOptionalLeads(String.raw`(?:(?:\p{L}+ )?(?:дн\p{L}*|недел\p{L}*) спустя|через (?:\p{L}+ )?дн\p{L}*)`)).toBe(String.raw`(?:(?:дн\p{L}*|недел\p{L}*) спустя|через (?:\p{L}+ )?дн\p{L}*)`);
    // a word that is all optional, a lookahead and a pattern not opening on a group are left as they were
    expect(withoutOptionalLeads('(?:(?:а)?|(?=б)?в)x')).toBe('(?:(?:а)?|(?=б)?в)x');
    expect(withoutOptionalLeads('а(?:б)?')).toBe('а(?:б)?');
  });

  it('drops a word\'s leading edge (the text\'s start or a non-letter), in a group the word opens with too, unless repeated', () => {
    expect(withoutOptionalLeads(String.raw`(?:(?:^|[^\p{L}])(?:из|з)\s+\d)`)).toBe(String.raw`(?:(?:из|з)\s+\d)`);
    expect(withoutOptionalLeads(String.raw`(?:(?:а|(?:^|[^\p{L}])б)в|г)`)).toBe(String.raw`(?:(?:а|б)в|г)`);
    // a repeated edge or group, and a word that is the edge alone, are left as they were
    const kept = String.raw`(?:(?:^|[^\p{L}])+а|(?:^|[^\p{L}])|(?:а|(?:^|[^\p{L}])б){2}в)`;
    expect(withoutOptionalLeads(kept)).toBe(kept);
  });

  it('drops a lookbehind a word opens with, not one that is the whole word', () => {
    expect(withoutOptionalLeads(String.raw`(?:(?:а|(?<!\bб[^,]{0,40})(?:в|г))д)`)).toBe(String.raw`(?:(?:а|(?:в|г))д)`);
    const kept = String.raw`(?:(?<!б)|(?=в)г)`;
    expect(withoutOptionalLeads(kept)).toBe(kept);
  });

  it('answers as the pattern does for a pattern whose words open with an edge', () => {
    const newYear = /(?:новогодн\p{L}* указ|(?:^|[^\p{L}])(?:под|на) новый год)/u;
    for (const text of ['под новый год помиловали 20', 'указ под новый год', 'заподновый год', 'в новый год', 'новогодний указ', 'новый год']) expect(hasWordsCy(newYear, text)).toBe(newYear.test(text));
  });

  it('still finds a time told from the sentence before, with or without its lead word', () => {
    for (const said of ['шесть дней спустя', 'дней спустя', 'неделю спустя', 'через неделю', 'тры тыдні таму']) expect(hasWordsCy(OTHER_TIME_CY, `их освободили ${said}, 23 человека`)).toBe(true);
    expect(hasWordsCy(OTHER_TIME_CY, 'помиловал 23 человека, из них 5 женщин')).toBe(false);
  });

  it('looks for words that must reach the end only past the last digit or stop, and answers as the pattern does', () => {
    expect(endsAfterLastStop(PARDON_BEFORE_CY.source)).toBe(true);
    // (not where the words could hold a digit or a stop, or the tail is another)
    for (const pattern of [PARDON_CY, HELD_CY, OTHER_TIME_CY, /(?<![\p{L}\d])(?:указ \d+|[^а]к)[^\d.;!?]{0,45}$/u, /(?:а.б)[^\d.;!?]{0,45}$/u, /(?:аб)[^\d.;]{0,45}$/u]) {
      expect(endsAfterLastStop(pattern.source)).toBe(false);
    }
    const pieces = ['помиловал ', 'помиловали', 'освободил ', 'еще ', 'ещё', 'вызваліў ', 'на волю выйшлі ', ' ', '1', '23', '.', ';', '!', '?', ',', '—', 'а', 'указ ', 'x'];
    const wordsBeforeFigure = /(?<![\p{L}\d])(?:по\p{L}*ли|указ(?: о)? помиловании)(?![\p{L}])[^\d.;!?]{0,12}$/u;
    expect(endsAfterLastStop(wordsBeforeFigure.source)).toBe(true);
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join('')), (text) => {
      expect(hasWordsCy(PARDON_BEFORE_CY, text)).toBe(PARDON_BEFORE_CY.test(text));
      expect(hasWordsCy(wordsBeforeFigure, text)).toBe(wordsBeforeFigure.test(text));
    }), { numRuns: 5_000 });
  });
});

describe('where a category\'s words stop being reachable (notWordBetweenCy)', () => {
  // categoryAfterCy's pattern, as written there
  const NOT_WORD = /[^\s\p{L},«»"'’—–-]/u;
  const byPattern = (text: string) => {
    const at = text.search(NOT_WORD);
    return at < 0 ? text.length : at;
  };

  it('answers as the pattern does for every code unit, alone and between letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `аб ${ch}`, `${ch}в`, `мужчын, ${ch}${ch}`]) expect(notWordBetweenCy(text)).toBe(byPattern(text));
    }
  });

  it('answers as the pattern does for random text of letters, marks, digits and astral characters', () => {
    const pieces = ['а', 'ў', 'і', 'ё', 'z', 'Q', ' ', '\u00a0', '\u2009', ',', '«', '»', '"', "'", '’', '—', '–', '-', '.', '1', ';', '\u0482', '\u0483', 'é', 'ß', '\u4e2d', '\u{1d400}', '\u{1f600}', '\ud835', '\udc00', '\u200b', '\u3000', '\ufeff', 'ʼ'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(notWordBetweenCy(text)).toBe(byPattern(text));
    }), { numRuns: 3000 });
  });
});
