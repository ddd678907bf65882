/** Time decides verdicts: the engine on short pages written for these tests. */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../extension/engine/analyze';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { roundsCurrentOn } from '../../extension/engine/time';
import type { Claim, PageSection } from '../../extension/engine/types';

const check = (text: string, published: string | null = null) => analyzePage({ text, published, hasHeadline: true }, kb);
const verdictOf = (claims: Claim[], span: string) => {
  const claim = claims.find((c) => c.span === span);
  if (!claim) throw new Error(`no claim "${span}" in ${JSON.stringify(claims.map((c) => c.span))}`);
  return claim.verdict;
};

const ROUND_SEVEN = 'Belarus pardons 29 political prisoners\nLukashenko pardoned 29 political prisoners, among them 11 women and 18 men.';

describe('running totals', () => {
  it('are judged against the total after the round the page reports on', () => {
    expect(verdictOf(check(`${ROUND_SEVEN} It was the seventh round, bringing the total pardoned this year to 207.`).claims, '207')).toBe('supported');
    expect(verdictOf(check(`${ROUND_SEVEN} It was the seventh round, bringing the total pardoned this year to 178.`).claims, '178')).toBe('outdated');
    expect(verdictOf(check(`${ROUND_SEVEN} It was the seventh round, bringing the total pardoned this year to 190.`).claims, '190')).toBe('contradicted');
  });

  it('explain an outdated total with both rounds and both figures', () => {
    const claim = check(`${ROUND_SEVEN} That brings the total freed since July to 178.`).claims.find((c) => c.span === '178')!;
    expect(claim.expected).toMatch(/178 was the total after the sixth round .*this report is about the seventh round .*207/);
    expect(claim.sources.length).toBeGreaterThan(1);
  });

  it('counted from 2020 are another convention: unverifiable, never contradicted', () => {
    const page = check(`${ROUND_SEVEN} Since 2020, the authorities have released 450 political prisoners in all.`);
    expect(verdictOf(page.claims, '450')).toBe('unverifiable');
  });

  it('"this year" in a 2025 report on a round that may fall in 2025 is not judged', () => {
    const page = check('Belarus frees 20 more\nLukashenko pardoned 20 prisoners; 11 of the 20 are women. This year, he has pardoned 20 political prisoners in total.', '2025-01-10');
    expect(page.round).toBe(8);
    expect(page.claims.filter((c) => c.kind === 'running_total').map((c) => c.verdict)).toEqual(['unverifiable']);
  });

  it('"more than 225" since July agrees with 227', () => {
    const page = check('Belarus frees 20 more\nLukashenko ordered the release of 20 prisoners; 14 of them are chronically ill. Since July, he has pardoned more than 225 political prisoners.');
    expect(verdictOf(page.claims, 'more than 225')).toBe('supported');
  });
});

describe('the calendar comes from the KB', () => {
  it('where the count of rounds starts is the KB\'s, not the engine\'s', () => {
    const shifted = structuredClone(kb);
    shifted.calendar = { ...shifted.calendar!, start: { ...shifted.calendar!.start, words: 'the first round of June 2024' } };
    const page = analyzePage({ text: 'Belarus frees 32\nLukashenko pardoned 32 political prisoners this year, bringing the total this year to 178.', published: '2024-11-21', hasHeadline: true }, shifted);
    expect(page.claims.find((c) => c.span === '178')?.expected).toContain('since the first round of June 2024');
  });
});

describe('Belarusian months', () => {
  it('"маюць" (they have) is not May: the figures before it keep their round', () => {
    const page = check('Лукашэнка памілаваў яшчэ 20 чалавек\nАляксандр Лукашэнка памілаваў дваццаць асуджаных. Сярод вызваленых адзінаццаць жанчын, 14 маюць хранічныя хваробы, а 10 выхоўваюць дзяцей.', '2025-01-17');
    expect(page.claims.map((c) => [c.span, c.kind, c.verdict])).toEqual([
      ['20', 'round_size', 'supported'], ['дваццаць', 'round_size', 'supported'], ['адзінаццаць', 'round_women', 'supported'],
      ['14', 'round_chronically_ill', 'supported'], ['10', 'round_with_children', 'supported'],
    ]);
  });
});

describe('other countries on a page about Belarus', () => {
  it("another country's political prisoners are not read as a Belarusian round", () => {
    const page = check('Neighbours watch the releases\nBelarus pardoned 20 political prisoners. In Nicaragua, 135 political prisoners were released and flown abroad on Monday.', '2024-12-30');
    expect(page.claims.map((c) => c.span)).toEqual(['20']);
  });
});

describe('the page date', () => {
  it('narrows the round: a July 2024 page about 18 pardoned is the first round', () => {
    const page = check('Belarus pardons 18\nLukashenko pardoned 18 political prisoners on Wednesday.', '2024-07-04');
    expect(page.round).toBe(1);
    expect(verdictOf(page.claims, '18')).toBe('supported');
  });

  it('after the horizon: new rounds are unverifiable and say so; stale totals are outdated', () => {
    const page = check('Belarus pardons 16\nLukashenko pardoned 16 political prisoners. The total freed since July 2024 now exceeds 900, though the old tally of 178 is still quoted.', '2026-06-01');
    const round = page.claims.find((c) => c.span === '16')!;
    expect([round.verdict, round.reason]).toEqual(['unverifiable', 'beyond-horizon']);
    expect(round.expected).toContain('after what the KB knows');
    expect(verdictOf(page.claims, '178')).toBe('outdated');
    // a total over what the KB last knew may hold rounds it never saw: never contradicted
    expect(page.claims.find((c) => c.span.includes('900'))).toMatchObject({ verdict: 'unverifiable', reason: 'beyond-horizon' });
    // one the KB's last total already meets is true whatever came after: totals only grow
    expect(check('Belarus frees 16\nSince July 2024, more than 800 political prisoners have been pardoned in all.', '2026-06-01').claims.find((c) => c.span.includes('800'))?.verdict).toBe('supported');
  });

  it("after the horizon: a known round the page's figures name is still judged, a wrong figure in it flagged", () => {
    const page = check('Belarus frees 250 more\nLukashenko pardoned 250 political prisoners after talks with the US envoy; 15 of them were taken to Lithuania.', '2026-04-05');
    expect(page.round).toBe(26);
    expect(page.claims.map((c) => [c.span, c.verdict])).toEqual([['250', 'supported'], ['250', 'supported'], ['15', 'supported']]);
    // a size the KB's last round does not have may be a round it never saw: not judged
    expect(check('Belarus frees 260 more\nLukashenko pardoned 260 political prisoners after talks with the US envoy.', '2026-04-05').claims[0]).toMatchObject({ verdict: 'unverifiable', reason: 'beyond-horizon' });
  });

  it("within the KB's time, a round after 2024 is judged like any other: its size, its make-up, its ordinal, this year's total", () => {
    const page = check('Lukashenko pardons 42 before Victory Day\nLukashenko pardoned 42 people, 18 of them women. It was the third round of pardons this year. In total, 80 people have been pardoned this year.', '2025-05-08');
    expect(page.round).toBe(14);
    expect(page.claims.map((c) => [c.span, c.kind, c.verdict])).toEqual([
      ['42', 'round_size', 'supported'], ['42', 'round_size', 'supported'], ['18', 'round_women', 'supported'], ['third', 'round_ordinal', 'supported'], ['80', 'running_total', 'supported'],
    ]);
    const wrong = check('Lukashenko pardons 45 before Victory Day\nLukashenko pardoned 45 people before Victory Day.', '2025-05-08');
    expect(wrong.claims.find((c) => c.span === '45')).toMatchObject({ verdict: 'contradicted' });
  });

  it('names a source by outlet and date, and a round after 2024 by its day', () => {
    const page = check('Lukashenko pardons 22 before the New Year\nLukashenko pardoned 22 people on Tuesday.', '2025-12-31');
    const claim = page.claims.find((c) => c.span === '22')!;
    expect(claim.verdict).toBe('supported');
    expect(claim.expected).toMatch(/the pardon of 30 December 2025/i);
    expect(claim.expected).toMatch(/BelTA, 30 Dec 2025|News\.by, 30 Dec 2025/);
    expect(claim.expected).not.toMatch(/\b(?:k1[34]|202|rp:)\b/);
    // the card's and the popup's sources line: outlets and dates, never files
    expect(claim.citations).toEqual(expect.arrayContaining(['BelTA, 30 Dec 2025', 'News.by, 30 Dec 2025']));
    expect(claim.citations.some((c) => /\.txt$|^rp:|\//.test(c))).toBe(false);
    const seed = check('Belarus pardons 29 political prisoners\nLukashenko pardoned 29 political prisoners, among them 11 women and 18 men.', '2024-12-10').claims[0];
    expect(seed.citations).toEqual(['seed report on the seventh round, Nov–Dec 2024']);
  });

  it("after the horizon: a known round the page's figures name is still judged (2024 rounds)", () => {
    const page = check('Belarus frees 20 more\nLukashenko pardoned 20 political prisoners, 11 of them women and 9 men; 14 have chronic illnesses and 12 have children.', '2025-01-10');
    expect(page.round).toBe(8);
    expect(verdictOf(page.claims, '11')).toBe('supported');
    expect(page.claims.find((c) => c.span === '12')).toMatchObject({ verdict: 'contradicted', reason: 'kb-differs' });
  });

  it('a month named without a year is the latest such month up to the page, or, as a reading the card names, that month of an earlier year', () => {
    const page = check('Belarus frees 52 prisoners\nIn July, 19 political prisoners were pardoned, the rights group said.', '2025-09-12');
    // July 2025's decree freed 16, July 2024's release 18: 19 is neither
    expect(page.claims.find((c) => c.span === '19')).toMatchObject({ verdict: 'contradicted' });
    const lastYear = check('Belarus frees 52 prisoners\nIn July, 18 political prisoners were pardoned, the rights group said.', '2025-09-12');
    expect(lastYear.claims.find((c) => c.span === '18')).toMatchObject({ verdict: 'supported', expected: expect.stringMatching(/^Read as the figure of the first round \(July 2024\)/) });
    const early = check('Belarus frees 23 prisoners\nIn July, 18 political prisoners were pardoned, the rights group said.', '2025-01-28');
    expect(verdictOf(early.claims, '18')).toBe('supported');
  });

  it('before the first round: pardon figures are unverifiable', () => {
    const page = check('Belarus pardons 37\nLukashenko pardoned 37 political prisoners.', '2023-05-01');
    expect(verdictOf(page.claims, '37')).toBe('unverifiable');
  });

  it('roundsCurrentOn keeps every round that may be the latest on a day', () => {
    expect(roundsCurrentOn('2024-09-20', kb.rounds).map((r) => r.round)).toEqual([3, 4]);
    expect(roundsCurrentOn('2024-10-15', kb.rounds).map((r) => r.round)).toEqual([4]);
    expect(roundsCurrentOn('2024-12-10', kb.rounds).map((r) => r.round)).toEqual([6, 7, 8]);
  });
});

describe('prisoner counts', () => {
  const roundSix = 'Belarus pardons 32\nLukashenko pardoned 32 political prisoners: 24 men and eight women.';

  it('agree when within the counts of the time, hedges included', () => {
    expect(verdictOf(check(`${roundSix} Viasna says 1,278 political prisoners remain behind bars.`).claims, '1,278')).toBe('supported');
    expect(verdictOf(check(`${roundSix} Over 1,200 political prisoners remain in jail.`).claims, 'Over 1,200')).toBe('supported');
    expect(verdictOf(check(`${roundSix} Nearly 1,300 political prisoners remain in jail.`).claims, 'Nearly 1,300')).toBe('supported');
  });

  it('far from every count of the time are contradicted; close ones only unverifiable', () => {
    expect(verdictOf(check(`${roundSix} Some 2,100 political prisoners remain in jail.`).claims, 'Some 2,100')).toBe('contradicted');
    expect(verdictOf(check(`${roundSix} Exactly 1,390 political prisoners remain in jail.`).claims, '1,390')).toBe('unverifiable');
  });

  it('from a time the KB does not cover are unverifiable', () => {
    expect(verdictOf(check('Belarus: rights groups count 1,500 political prisoners\nViasna says 1,500 political prisoners remain behind bars.', '2023-03-01').claims, '1,500')).toBe('unverifiable');
    expect(verdictOf(check('Belarus: rights groups count political prisoners\nViasna says 1,500 political prisoners remain behind bars.').claims, '1,500')).toBe('unverifiable');
  });
});

describe('rounds mentioned in passing', () => {
  const roundSix = 'Belarus pardons 32\nLukashenko pardoned 32 political prisoners: 24 men and eight women.';

  it('are judged against the round their month names', () => {
    expect(verdictOf(check(`${roundSix} In August, 30 people were pardoned.`).claims, '30')).toBe('supported');
    expect(verdictOf(check(`${roundSix} In August, 35 people were pardoned.`).claims, '35')).toBe('contradicted');
    expect(verdictOf(check(`${roundSix} Earlier this month, 31 prisoners were freed.`).claims, '31')).toBe('supported');
    expect(verdictOf(check(`${roundSix} In mid-September, 37 were pardoned and in early September 30.`).claims, '37')).toBe('supported');
  });

  it('a decree count is judged as the KB counts decrees: the seventh round was the sixth decree (July 2024 was a release)', () => {
    const page = check(`${ROUND_SEVEN} It is the sixth pardon decree signed since July.`);
    expect(verdictOf(page.claims, 'sixth')).toBe('supported');
    // a decree count the KB does not hold for the round is not judged: decrees may be counted from elsewhere
    expect(verdictOf(check(`${ROUND_SEVEN} It is the ninth pardon decree signed since July.`).claims, 'ninth')).toBe('unverifiable');
  });

  it('a plainly wrong ordinal is contradicted', () => {
    expect(verdictOf(check(`${ROUND_SEVEN} This is the fourth round of pardons since July.`).claims, 'fourth')).toBe('contradicted');
  });
});

describe('topic', () => {
  it('another country\'s amnesty is not about the topic', () => {
    expect(check('Azerbaijan pardons 154 prisoners\nPresident Aliyev pardoned 154 prisoners on Monday.').topic).toBe(false);
  });

  it('Belarus news without pardon or prisoner figures yields no claims', () => {
    const page = check('Belarus raises pensions\nThe government of Belarus raised pensions by 7% for 2.4 million pensioners, officials in Minsk said.');
    expect(page.claims).toEqual([]);
  });

  it('a pardon of foreign nationals is not a round of political-prisoner pardons', () => {
    const page = check('Belarus frees Japanese national\nLukashenko pardoned a Japanese national and two Lithuanian citizens convicted of espionage; political prisoners remain.');
    expect(page.claims).toEqual([]);
  });

  it('recognises transliterations of names the exact stems miss', () => {
    expect(check('Łukaszenka ułaskawił\nPresident Lukaschenko pardoned 32 political prisoners.').topic).toBe(true);
  });
});

describe('pages of several entries (live blogs over weeks, teasers)', () => {
  /** Entries joined into one page, each a section with the date given (or none). */
  const blog = (published: string | null, entries: [string | null, string][]) => {
    let text = 'Live: Belarus frees political prisoners';
    const sections: PageSection[] = [];
    for (const [date, entry] of entries) {
      text += '\n';
      sections.push({ start: text.length, end: text.length + entry.length, published: date });
      text += entry;
    }
    return analyzePage({ text, published, hasHeadline: true, sections }, kb);
  };
  const round7 = 'Lukashenko pardoned 29 political prisoners, among them 11 women and 18 men.';
  const round8 = 'Lukashenko pardoned 20 more prisoners; 11 are women and 14 are chronically ill.';
  const round5 = 'Lukashenko pardoned 31 people, 17 of them chronically ill and three with disabilities.';

  it('judge each entry against the round its own figures name, dated or not', () => {
    for (const dates of [[null, null, null], ['2025-01-13', '2024-12-12', '2024-11-15']]) {
      const page = blog('2024-11-14', [[dates[0], round8], [dates[1], round7], [dates[2], round5]]);
      expect(page.claims.map((c) => c.verdict)).toEqual(page.claims.map(() => 'supported'));
      // the page names no one round of its own
      expect([page.round, page.byEntry]).toEqual([null, true]);
    }
  });

  it('still flag an entry whose figures do not fit the round they name', () => {
    const page = blog('2024-11-14', [['2025-01-13', 'Of the 20 freed today, 12 are women.'], [null, round7], [null, round5]]);
    expect(verdictOf(page.claims, '12')).toBe('contradicted');
  });

  it('an entry\'s own date rules out rounds that had not begun', () => {
    expect(verdictOf(blog('2024-11-14', [[null, round8], [null, round5]]).claims, '20')).toBe('supported');
    expect(verdictOf(blog('2024-11-14', [['2024-09-05', round8], [null, round5]]).claims, '20')).toBe('unverifiable');
  });

  it('on a page about several rounds, an entry that names none is not judged against any one of them', () => {
    const page = blog('2024-12-30', [[null, round8], [null, round7], [null, 'Seventeen are chronically ill, the list shows.']]);
    expect(verdictOf(page.claims, 'Seventeen')).toBe('unverifiable');
  });

  it('on a page about one round, entries share its round: a wrong total in an entry of its own is still flagged', () => {
    const page = blog('2024-12-12', [[null, round7], [null, 'That brings the total freed since July to 190.']]);
    expect(verdictOf(page.claims, '190')).toBe('contradicted');
    expect([page.round, page.byEntry]).toEqual([7, false]);
  });

  it('a single article is still judged as a whole: a size no round holds is flagged against its round', () => {
    const page = check(`Belarus frees 20 more\n${round8} Lukashenko pardoned 27 political prisoners.`, '2025-01-10');
    expect(page.round).toBe(8);
    expect(verdictOf(page.claims, '27')).toBe('contradicted');
  });
});

describe('a figure repeated on a page', () => {
  // the same value and kind in two sentences: the verdict of the first must not be lent to the second, whose own
  // frame may leave it open (here a period: "over the summer")
  const page = "Lukashenka pardons 31 political prisoners\nBelarus's leader pardoned 31 people convicted of extremism, his press service said on Thursday.\n";
  it('is judged by its own sentence: a wrong figure pinned to the day is flagged, the same figure over a period is not', () => {
    const claims = check(`${page}The press service said 35 people were pardoned on Thursday.\nOver the summer, 35 people were freed.`, '2024-11-21').claims.filter((c) => c.value === 35);
    expect(claims.map((c) => c.verdict)).toEqual(['contradicted', 'unverifiable']);
  });
  it('shares a plain match: the round repeated in a live blog is supported each time', () => {
    const claims = check(`${page}Update: 31 people were pardoned.\nUpdate: 31 people were pardoned.`, '2024-11-21').claims.filter((c) => c.value === 31);
    expect(claims.length).toBeGreaterThanOrEqual(3);
    expect(claims.every((c) => c.verdict === 'supported')).toBe(true);
  });
});

describe('a page that names only people the country jailed', () => {
  // (our own pages: a review that names Statkevich and Babaryka and never the country, its leader or a town)
  const review = (figure: string) => `Статкевич остаётся в колонии, Бабарико на свободе\nВ декабре по помилованию на свободу вышли ${figure} человек, сообщили правозащитники.`;

  it('is checked: a figure its own sentence dates is judged', () => {
    const page = analyzePage({ text: review('123'), published: '2025-12-20', hasHeadline: true }, kb);
    expect(page.topic).toBe(true);
    expect(verdictOf(page.claims, '123')).toBe('supported');
  });

  it('does not take its headline or lede for a round\'s news: an undated figure there is not flagged', () => {
    const text = 'Бабарико и Статкевич: помилованы 61 человек\nОбзор за год о политзаключённых.';
    const page = analyzePage({ text, published: '2025-12-20', hasHeadline: true }, kb);
    expect(page.claims.filter((c) => c.verdict === 'contradicted' || c.verdict === 'outdated')).toEqual([]);
    // the same headline on a page that names the country is the day's news, and judged so
    const named = analyzePage({ text: `${text} В Беларуси.`, published: '2025-12-20', hasHeadline: true }, kb);
    expect(named.claims.find((c) => c.value === 61)?.verdict).toBe('contradicted');
  });
});
