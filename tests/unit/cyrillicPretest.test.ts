import { describe, expect, it } from 'vitest';
import { hasWordsCy, OTHER_TIME_CY, withoutOptionalLeads } from '../../extension/engine/cyrillic';

describe('the Cyrillic word patterns\' pre-test (hasWordsCy)', () => {
  it('drops an optional group a word opens with, and nothing else', () => {
    expect(withoutOptionalLeads(String.raw`(?:(?:\p{L}+ )?(?:дн\p{L}*|недел\p{L}*) спустя|через (?:\p{L}+ )?дн\p{L}*)`)).toBe(String.raw`(?:(?:дн\p{L}*|недел\p{L}*) спустя|через (?:\p{L}+ )?дн\p{L}*)`);
    // a word that is all optional, a lookahead and a pattern not opening on a group are left as they were
    expect(withoutOptionalLeads('(?:(?:а)?|(?=б)?в)x')).toBe('(?:(?:а)?|(?=б)?в)x');
    expect(withoutOptionalLeads('а(?:б)?')).toBe('а(?:б)?');
  });

  it('still finds a time told from the sentence before, with or without its lead word', () => {
    for (const said of ['шесть дней спустя', 'дней спустя', 'неделю спустя', 'через неделю', 'тры тыдні таму']) expect(hasWordsCy(OTHER_TIME_CY, `их освободили ${said}, 23 человека`)).toBe(true);
    expect(hasWordsCy(OTHER_TIME_CY, 'помиловал 23 человека, из них 5 женщин')).toBe(false);
  });
});
