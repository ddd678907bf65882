/**
 * Read charitably: a figure is flagged only when every reading its sentence permits makes it wrong.
 * Given a discrepancy the judge found, this asks two questions in turn:
 * 1. Is the frame pinned? The slots a flag rests on (event, group, time) must be stated or linked (frame.ts). A figure
 *    of another group, or whose time the engine only assumed, gets `unverifiable` (`not-pinned`).
 * 2. Does another reading hold? The same kind in another round, an earlier total, a sum over consecutive rounds, the
 *    rounds of a period the sentence names. If one does, the figure is `supported`, and the card says which reading
 *    held. A total pinned to now ("bringing the total to 178") allows no earlier reading: its flag stays.
 */
import type { RawClaim } from './extract';
import { agree, factInterval } from './hedges';
import type { KnowledgeIndex } from './knowledge';
import { claimInterval, recentRounds, roundsForClaim, type PageTime } from './rounds';
import { addDays, describeRound } from './time';
import { COMPOSITION_KINDS, type ClaimKind, type Fact, type Judgement, type PardonRound, type Reading, type UnpinnedCode } from './types';

const ROUND_FIGURES = new Set<ClaimKind>(['round_size', ...COMPOSITION_KINDS]);

/** Which slots a flag of this kind rests on. Context figures (terms, sentences, exile) rest on none of the round's. */
function slotsFor(kind: ClaimKind): ('event' | 'group' | 'time')[] {
  if (ROUND_FIGURES.has(kind)) return ['event', 'group', 'time'];
  if (kind === 'running_total') return ['event', 'time'];
  // an ordinal names the round itself: it needs its release, and no other time in its sentence
  if (kind === 'round_ordinal') return ['event'];
  if (kind === 'prisoners_held') return ['group'];
  // ("1,140 are recognised as political prisoners": those held now, unless the sentence says since when)
  if (kind === 'recognised_total') return ['group'];
  return [];
}

/**
 * Facts of a date or a person, which a span in their sentence ("in power since 1994") does not make a sum. The counts
 * since 2020 (recognised, exiled, arrested) are not unpinned by "since 2020" either: that span is their own.
 */
const TIMELESS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['in_power_since', 'years_in_power', 'term_number', 'election_day']);

/** Why the frame cannot carry a flag: its code, the frame rule that left the slot open, and the English. */
export interface Unpinned {
  code: UnpinnedCode;
  rule: string | null;
  words: string;
}

/** Why the frame cannot carry a flag, or null when it can. */
export function unpinned(claim: RawClaim, kb: KnowledgeIndex, time?: PageTime): Unpinned | null {
  const frame = claim.frame();
  const why = (code: UnpinnedCode, rule: string | null, words: string): Unpinned => ({ code, rule, words: rule ? `${words} (${rule})` : words });
  if (frame.asked) return why('asked', null, 'the sentence asks, it does not state');
  // ("hundreds were pardoned", "помиловали сотни": a plural that bounds no count closely enough to be wrong)
  if (claim.hedge?.vague) return why('vague-plural', null, 'the figure is a vague plural, not a count');
  // ("На мінулых выбарах, 9 жніўня, …", "at the previous election": another election's day than the one the KB holds)
  if (claim.kind === 'election_day' && frame.time.value === 'earlier') return why('earlier-election', frame.time.rule, 'the sentence speaks of an earlier election');
  if (frame.event.value === 'other') return why('other-event', frame.event.rule, 'the sentence speaks of a release that did not happen or came by other means');
  if (claim.kind === 'prisoners_held' && frame.time.value === 'period') return why('held-over-period', frame.time.rule, 'the count runs over a period');
  // ("Восьмая хваля. 20 чалавек, …", "The eighth wave: 20 people": a timeline's heading names the round of the item it
  // heads, with no verb of its own; "Першую групу вызвалілі без указа": the first, with no time of its own, is the series'
  // start recalled)
  // ("the third release after the September deal": an ordinal told from an earlier release counts from it, or names it)
  if (claim.kind === 'round_ordinal' && frame.time.value === 'earlier') return why('ordinal-other-start', frame.time.rule, 'the ordinal counts from another start than the KB\'s rounds');
  if (claim.kind === 'round_ordinal' && frame.time.certainty === 'defaulted' && (frame.event.certainty !== 'stated' || claim.value === 1)) return why('unstated-time', frame.time.rule, 'nothing in the sentence says which time it counts');
  // "the first round since mid-September": an ordinal counted from another start than the KB's
  const start = Number(kb.kb.calendar?.start.month.slice(5, 7) ?? kb.rounds[0]?.month.slice(5, 7));
  if (claim.kind === 'round_ordinal' && frame.countsFrom && (frame.countsFrom.part || frame.countsFrom.month !== start)) return why('ordinal-other-start', null, 'the ordinal counts from another start than the KB\'s rounds');
  if (claim.kind === 'round_size' && frame.group.value === 'part') return why('part-of-release', frame.group.rule, 'the figure counts a part of the release');
  if (ROUND_FIGURES.has(claim.kind) && time && namesAnotherDay(claim, time)) return why('other-day', null, 'the sentence names another day of the week than the page\'s');
  // ("Of that second group, eight …": which group, the sentence before told; it need not be the page's round)
  if (frame.time.rule === 'that-group') return why('earlier-group', frame.time.rule, 'the figure counts a group the text named before');
  // ("The 15 were met by volunteers": a group the text named before, perhaps a part of a release, with no verb of release
  // of its own; its first mention is where a wrong figure is flagged; "the 33 pardoned on Thursday" stays judged)
  // (a whole its part is taken of, "11 of the 20 are women", is the release itself)
  if (claim.kind === 'round_size' && frame.time.rule === 'definite-group' && frame.event.certainty !== 'stated' && !claim.rule.endsWith('whole-of-a-part')) return why('earlier-group', frame.time.rule, 'the figure names a group the text named before');
  // a figure over a span the sentence names is not the KB's figure of one time, whatever it counts
  // ("за 2025 год помилованы 187", "342 of them this year": a year's total, and the year is its own span)
  // (a count from a month the sentence names is judged by the KB's count from that month, judge.ts)
  if (frame.time.value === 'period' && !TIMELESS.has(claim.kind) && !(claim.kind === 'running_total' && (claim.scope === 'this-year' || claim.sinceMonth)) && (frame.time.rule !== 'since-start' || ROUND_FIGURES.has(claim.kind) || claim.kind === 'round_ordinal' || claim.kind === 'running_total')) return why('period', frame.time.rule, 'the sentence speaks of a period');
  // "1,336 at the end of September": a count dated by its sentence, not the page's
  // ("Год таму, у канцы снежня 2024-га, іх было 1 265": a look-back that names its month dates the count too)
  // ("В конце 2024 года «Весна» насчитывала 1265": a look-back that names its year, frame.ts; "тогда насчитывал 1336": a
  // time told before, which the sentence does not name)
  if (claim.kind === 'prisoners_held' && (frame.time.rule === 'month-cue' || frame.time.rule === 'year-cue' || frame.time.rule === 'look-back' || frame.time.rule === 'look-back-to-a-year')) return why('dated-count', frame.time.rule, 'the count is dated by its sentence');
  // ("12 of the 18 were women": the whole a part is counted of, when it is a release's size the KB holds, says which
  // release and which time)
  // (the page's round, or one of the month before it: a far older whole may be another group of that size)
  const wholeNamesRound = claim.wholeOf !== undefined && !!time?.main && recentRounds(time.main, kb).some((r) => kb.roundFact('round_size', r.round)?.value === claim.wholeOf);
  for (const slot of slotsFor(claim.kind)) {
    const s = frame[slot];
    if (wholeNamesRound) continue;
    if (slot === 'group' && s.value === 'other') return why('other-group', s.rule, 'the figure counts another group');
    if (slot === 'group' && claim.kind === 'prisoners_held' && s.value === 'part') return why('part-of-prisoners', s.rule, 'the figure counts a part of the prisoners');
    if (s.certainty === 'defaulted' && !(slot === 'group' && claim.kind === 'prisoners_held')) {
      return why(`unstated-${slot}`, s.rule, `nothing in the sentence says which ${slot === 'time' ? 'time' : slot === 'event' ? 'release' : 'people'} it counts`);
    }
  }
  return null;
}

/**
 * "В субботу освободили 123" on a Tuesday's page: a day of the week other than the page's or the one before it is
 * another day than the news's
 */
function namesAnotherDay(claim: RawClaim, time: PageTime): boolean {
  if (claim.weekday === undefined || !time.published) return false;
  const published = time.published;
  const weekday = (day: string, plus: number) => (new Date(`${day}T12:00:00Z`).getUTCDay() + plus + 7) % 7;
  // the page's day or the one before; the day of the page's release or the one after (a decree, then the walk out)
  const allowed = [weekday(published, 0), weekday(published, -1)];
  const day = time.main && dayOf(time.main);
  if (day) allowed.push(weekday(day, 0), weekday(day, 1));
  return !allowed.includes(claim.weekday);
}

/** Rounds the page's time allows: those begun by its date (all, on an undated page). */
function roundsUpTo(time: PageTime, kb: KnowledgeIndex): PardonRound[] {
  const last = time.main?.round;
  if (last !== undefined) return kb.rounds.filter((r) => r.round <= last);
  if (time.published) return kb.rounds.filter((r) => r.window.from <= time.published!);
  return kb.rounds;
}

function matchesValue(claim: RawClaim, value: number): boolean {
  return agree(claimInterval(claim), factInterval(value, null), 0, claim.hedge) === 'match';
}

/** A reading under which the KB holds the figure true: what it is (types.ts), its English, the facts it rests on. */
export interface HeldReading {
  reading: Reading;
  words: string;
  facts: Fact[];
}

/** Another reading of the figure that the KB holds true, or null. */
export function otherReading(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): HeldReading | null {
  const rounds = roundsUpTo(time, kb);
  const t = claim.frame().time;
  const pinnedNow = t.value === 'now' && t.certainty === 'stated';
  // the sentence leaves room for another round or a sum only when it does not tie the figure to the day's news
  // ("the 25 freed were all Belarusians": a group the report has named, which may be an earlier release it recalled)
  const recalledGroup = claim.kind === 'round_size' && t.rule === 'definite-group';
  const open = t.certainty === 'defaulted' || t.value === 'period' || t.value === 'earlier' || recalledGroup || namesAnotherDay(claim, time);
  // "X and 13 others": with the one to three people the sentence names, the round's size
  // ("Kalesnikava and 113 others were taken to Ukraine": the same for a part of the release)
  if (ROUND_FIGURES.has(claim.kind) && claim.frame().group.rule === 'and-others') {
    // (the latest releases, or those of the month the sentence names: "freed in June with 13 others")
    for (const r of (claim.monthCue ? roundsForClaim(claim, time, kb)?.rounds : null) ?? rounds.slice(-3)) {
      for (const fact of kb.roundFacts(claim.kind, r.round).filter((f) => !claim.subject || !f.subject || f.subject === claim.subject)) {
        const named = fact.value - claim.value;
        if (named >= 1 && named <= 3) {
          return { reading: { code: 'and-others', round: r.round, named }, words: `those besides the ${named === 1 ? 'person' : `${named} people`} named, in ${describeRound(r)}`, facts: [fact] };
        }
      }
    }
  }
  // "pardoned 14 foreigners": the round's size said of a group the sentence names may be that group's count
  // ("freed 20 political prisoners": those of the round a rights group recognises)
  // ("two women with many children": those of the narrower group)
  const namedGroup = claim.namedGroup ?? claim.qualifiedBy ?? (claim.kind === 'round_size' && claim.frame().basis.rule === 'political-prisoners-named' ? 'round_political' : undefined);
  if ((claim.kind === 'round_size' || claim.qualifiedBy) && namedGroup) {
    for (const r of roundsForClaim(claim, time, kb)?.rounds ?? []) {
      const fact = kb.roundFacts(namedGroup, r.round).find((f) => matchesValue(claim, f.value));
      if (fact) return { reading: { code: 'named-group', round: r.round }, words: `the count of the group the sentence names, in ${describeRound(r)}`, facts: [fact] };
    }
  }
  // "in November, he pardoned 32": a month named without its year may be that month of an earlier year
  const cue = claim.monthCue;
  if (!cue?.heading) {
    const sameMonth = sameMonthEarlier(claim, rounds, kb);
    if (sameMonth) return sameMonth;
  }
  // "Лукашенко помиловал двух священников" on a page about the 31 freed two days later, "Lukashenka pardoned 23" in a
  // report that recalls January: a figure only linked to the day's news may be an earlier release or one of the same days
  // (a round's size only: a part counted of a whole the sentence names is that whole's round)
  if (claim.kind === 'round_size' && !open && t.certainty === 'linked' && claim.frame().group.rule === 'the-release' && time.main) {
    // (a report recalls earlier releases in the same words as the day's: any earlier round, unless a weekday pins the
    // sentence to the day's news; then a month back, or rounds the KB dates only by a window, of the same month)
    const mainDay = dayOf(time.main);
    const mainMonth = time.main.month;
    const sameDays = (round: PardonRound) => {
      const day = dayOf(round);
      // (not for a round word, "two dozen", near almost any size; nor a release outside the pardons for "pardoned")
      if (claim.weekday === undefined && round.round < time.main!.round && claim.hedge?.cls !== 'approx' && !(round.pardon === false && claim.frame().basis.value === 'pardon')) return true;
      return mainDay !== undefined && day !== undefined ? day >= addDays(mainDay, -31) && day <= addDays(mainDay, 7) : round.month === mainMonth;
    };
    for (const r of rounds.filter((round) => round.round !== time.main!.round && sameDays(round))) {
      const fact = kb.roundFacts(claim.kind, r.round).find((f) => matchesValue(claim, f.value));
      if (fact) return { reading: { code: 'other-round', round: r.round }, words: `the figure of ${describeRound(r)}, an earlier release the report may recall`, facts: [fact] };
    }
  }
  if (ROUND_FIGURES.has(claim.kind) && open) {
    // ("Two weeks earlier, on 5 March, … 12 were women": a month the sentence names keeps the other rounds to that month)
    // (the latest such round first: "a fortnight ago, 18" is March's 18, not July 2024's)
    // ("twelve of the 18 pardoned on 5 March": a part of the round its whole names, no other)
    const ofWhole = (round: PardonRound) => claim.wholeOf === undefined || kb.roundFact('round_size', round.round)?.value === claim.wholeOf;
    for (const r of (cue?.month && !cue.relative ? rounds.filter((round) => monthsOf(round).includes(cue.month!) && (cue.year === undefined || round.window.from.startsWith(String(cue.year)) || round.window.to.startsWith(String(cue.year)))) : rounds).filter(ofWhole).slice().reverse()) {
      const fact = kb.roundFacts(claim.kind, r.round).find((f) => matchesValue(claim, f.value));
      if (fact) return { reading: { code: 'other-round', round: r.round }, words: `the figure of ${describeRound(r)}`, facts: [fact] };
    }
  }
  // "the 20th release since July 2024": outlets that number every release of several people count the deals too
  if (claim.kind === 'round_ordinal' && !claim.countsDecrees) {
    // (the judge accepts every convention of the KB's whatever the sentence says, and the same goes here: a sentence
    // that counts within the year is tried only within it)
    for (const r of roundsForClaim(claim, time, kb)?.rounds ?? []) {
      for (const inYear of claim.countsInYear ? [true] : [false, true]) {
        if (withDealsOrdinal(r, kb, inYear) !== claim.value) continue;
        return { reading: { code: 'counted-with-deals', round: r.round, inYear }, words: `the place of ${describeRound(r)} among all releases of several people, deals included${inYear ? ', within its year' : ''}`, facts: kb.roundFacts('round_ordinal', r.round).slice(0, 1) };
      }
    }
  }
  // "In all, 52 people walked free", "Всего на свободу вышли 52 человека": a total's word with no span (no "since",
  // no year) may count one release whole; only the release the sentence is about, and never a total said to be reached
  if (claim.kind === 'running_total' && claim.scope === 'unspecified' && t.rule !== 'total-now') {
    for (const r of roundsForClaim(claim, time, kb)?.rounds ?? []) {
      const size = kb.roundFact('round_size', r.round);
      if (size && matchesValue(claim, size.value)) return { reading: { code: 'round-counted-whole', round: r.round }, words: `the size of ${describeRound(r)}, counted whole`, facts: [size] };
    }
  }
  // "Всего с июля помилованы 227" in a bulletin of 31 December about the round of early December: the total now, on the
  // page's date, may count a round after the page's own that the KB's knowledge allows before that date (its window
  // opens before it: the early rounds' windows are wide, so a total of a round that in fact came later is taken too;
  // flagging a true total would be worse)
  if (claim.kind === 'running_total' && claim.scope !== 'other' && time.main && time.published) {
    for (const r of kb.rounds.filter((round) => round.round > time.main!.round && round.window.from <= time.published!)) {
      const fact = kb.roundFact('running_total', r.round);
      if (fact && matchesValue(claim, fact.value)) return { reading: { code: 'total-by-page-date', round: r.round }, words: `the total on the page's date, after ${describeRound(r)}`, facts: [fact] };
    }
  }
  // ("Агулам на волю ўжо выйшлі 269", "so far 269 have walked free": a size said of the time now may be a total the KB
  // holds for the page's round from another start, the year's or a month's)
  if (claim.kind === 'round_size' && time.main && t.value === 'now') {
    const total = kb.roundFacts('running_total', time.main.round).find((f) => matchesValue(claim, f.value));
    if (total) return { reading: { code: 'earlier-total', round: time.main.round, counter: false }, words: `the total after ${describeRound(time.main)}${total.since ? ` counted since ${total.since}` : ''}`, facts: [total] };
  }
  // ("Lukashenka has pardoned 330 people so far": a total said of the time now may leave out the releases agreed in talks,
  // or be a rights group's count from another start, "605" since 2020; each a counter's figure the KB holds or sums)
  if (claim.kind === 'running_total' && pinnedNow && time.main && (claim.scope === 'unspecified' || claim.scope === 'since-july' || claim.scope === 'this-year')) {
    const counted = otherCountersTotal(claim, time.main, rounds, kb);
    if (counted) return counted;
  }
  // "Opinion: 207 freed, 1,300 still inside": a size that is the total after the page's round is that total
  if (claim.kind === 'round_size' && time.main) {
    // (the KB's own total, since the releases began; not a year's or another counter's)
    const total = kb.roundFact('running_total', time.main.round);
    if (total && matchesValue(claim, total.value)) return { reading: { code: 'earlier-total', round: time.main.round, counter: false }, words: `the total after ${describeRound(time.main)}`, facts: [total] };
  }
  if (claim.kind === 'round_size' || claim.kind === 'running_total') {
    // (a total said to leave out the day's release is the total after the round or two before it, and no sum)
    if (claim.kind === 'running_total' && t.rule === 'without-the-news') {
      for (const r of rounds.slice(-3, -1)) {
        const fact = kb.roundFacts('running_total', r.round).find((f) => matchesValue(claim, f.value));
        if (fact) return { reading: { code: 'earlier-total', round: r.round, counter: false }, words: `the total after ${describeRound(r)}`, facts: [fact] };
      }
      return null;
    }
    if (claim.kind === 'running_total' && !pinnedNow) {
      // a counter's tally lags by a round at most; any other unpinned total may be any earlier one
      for (const r of t.rule === 'counter-tally' ? rounds.slice(-2) : rounds) {
        const fact = kb.roundFacts('running_total', r.round).find((f) => matchesValue(claim, f.value));
        if (fact) return { reading: { code: 'earlier-total', round: r.round, counter: t.rule === 'counter-tally' }, words: `the total after ${describeRound(r)}`, facts: [fact] };
      }
    }
    // "over the summer four decrees pardoned 115", "97 in September": the sum of consecutive rounds
    // "67 in September": the rounds of the month the sentence names, together
    // ("this month alone, 145": the month's rounds up to the page's)
    const thisMonth = claim.monthCue?.relative === 'this-month' && time.main ? rounds.filter((r) => r.month === time.main!.month) : null;
    const named = claim.monthCue && t.certainty === 'stated' ? thisMonth ?? roundsForClaim(claim, time, kb)?.rounds ?? [] : null;
    // ("In 2024 the releases came every few weeks. In September, 67 were freed": a month without its year may be that
    // month of an earlier year, its rounds together)
    const cue = claim.monthCue;
    const earlierYears = named && cue?.month && cue.year === undefined && !cue.relative && !cue.heading
      ? sameMonthByYear(cue.month, rounds).filter((group) => !group.every((r) => named.includes(r))) : [];
    if (named && (named.length > 1 || earlierYears.length)) {
      for (const group of [named, ...earlierYears].filter((g) => g.length > 1)) {
        const sum = consecutiveSum(claim, group, kb, 'named-month');
        if (sum) return sum;
      }
    } else if (t.value === 'period' || t.value === 'earlier') {
      const sum = consecutiveSum(claim, rounds, kb, 'period');
      if (sum) return sum;
    } else if (open || (claim.kind === 'running_total' && !pinnedNow)) {
      // a sentence that names no period allows only a sum up to the page's own round ("126 freed" over the latest
      // releases): any run of twenty-odd rounds adds up to almost any figure
      const sum = consecutiveSum(claim, rounds, kb, 'up-to-page-round');
      if (sum) return sum;
    }
  }
  return null;
}

/** The figure of a round in the month the sentence names without its year, in any year up to the page's round. */
function sameMonthEarlier(claim: RawClaim, rounds: PardonRound[], kb: KnowledgeIndex): HeldReading | null {
  const cue = claim.monthCue;
  if (!ROUND_FIGURES.has(claim.kind) || !cue?.month || cue.year !== undefined || cue.relative) return null;
  // (the frame, the costly part, asked only where a round of that month holds the figure: most figures match none)
  for (const r of rounds) {
    if (!monthsOf(r).includes(cue.month)) continue;
    const fact = kb.roundFacts(claim.kind, r.round).find((f) => matchesValue(claim, f.value));
    if (fact) return claim.frame().time.rule !== 'month-cue' ? null : { reading: { code: 'other-round', round: r.round }, words: `the figure of ${describeRound(r)}`, facts: [fact] };
  }
  return null;
}

/** A round's place among the releases of more than one person (decrees and deals alike), since the first or within its year. */
function withDealsOrdinal(round: PardonRound, kb: KnowledgeIndex, inYear: boolean): number {
  const year = round.window.from.slice(0, 4);
  return kb.rounds.filter((r) => r.round <= round.round && (!inYear || r.window.from.startsWith(year)) && (kb.roundFact('round_size', r.round)?.value ?? 0) > 1).length;
}

/** The day of a round the KB dates to the day (its window one day long), else none. */
function dayOf(round: PardonRound): string | undefined {
  return round.window.from === round.window.to ? round.window.from : undefined;
}

/** The calendar months (1–12) a round's window touches. */
/** (each window's months worked out once: asked of every round for each figure that names a month; read, never changed) */
/** (kept by the round itself: a key string made for each round asked cost more than the months) */
const MONTHS_OF_ROUND = new WeakMap<PardonRound, number[]>();
function monthsOf(round: PardonRound): number[] {
  let months = MONTHS_OF_ROUND.get(round);
  if (months === undefined) MONTHS_OF_ROUND.set(round, (months = monthsOfWindow(round)));
  return months;
}
function monthsOfWindow(round: PardonRound): number[] {
  const months: number[] = [];
  const [fromYear, fromMonth] = round.window.from.split('-').map(Number);
  const [toYear, toMonth] = round.window.to.split('-').map(Number);
  for (let y = fromYear, m = fromMonth; y < toYear || (y === toYear && m <= toMonth); m === 12 ? (y++, m = 1) : m++) months.push(m);
  return months;
}

/** The rounds whose window touches a calendar month, one list per year the window opens in. */
function sameMonthByYear(month: number, rounds: PardonRound[]): PardonRound[][] {
  const byYear = new Map<string, PardonRound[]>();
  for (const r of rounds.filter((round) => monthsOf(round).includes(month))) {
    const year = r.window.from.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), r]);
  }
  return [...byYear.values()];
}

type SumOver = Extract<Reading, { code: 'sum' }>['over'];

function consecutiveSum(claim: RawClaim, rounds: PardonRound[], kb: KnowledgeIndex, over: SumOver): HeldReading | null {
  const sizes = rounds.map((r) => kb.roundFact('round_size', r.round));
  if (over === 'up-to-page-round') return sumUpToLatest(claim, rounds, sizes);
  for (let i = 0; i < sizes.length; i++) {
    let sum = 0;
    for (let j = i; j < sizes.length; j++) {
      const fact = sizes[j];
      if (!fact) break;
      sum += fact.value;
      if (j > i && matchesValue(claim, sum)) return sumReading(rounds, sizes as Fact[], i, j, sum, over);
      if (sum > claimInterval(claim).hi) break;
    }
  }
  return null;
}

/** A total now that another counter gives: pardons by decree alone up to the page's round, or a total of another start. */
function otherCountersTotal(claim: RawClaim, main: PardonRound, rounds: PardonRound[], kb: KnowledgeIndex): HeldReading | null {
  const upTo = rounds.filter((r) => r.round <= main.round);
  // (only where the sentence counts decrees: another sum tried on every total would let a wrong one through by chance)
  for (const means of claim.frame().basis.value === 'decree' && claim.scope !== 'this-year' ? [['decree'], ['decree', 'single']] : []) {
    const counted = upTo.filter((r) => means.includes(r.means ?? ''));
    const facts = counted.map((r) => kb.roundFact('round_size', r.round)).filter((f): f is Fact => f !== undefined);
    const sum = facts.reduce((total, f) => total + f.value, 0);
    if (facts.length === counted.length && facts.length > 1 && matchesValue(claim, sum)) {
      return { reading: { code: 'decrees-only-total', round: main.round, sum }, words: `the people pardoned by decree alone up to ${describeRound(main)} (${sum})`, facts };
    }
  }
  const everyRelease = everyReleaseTotal(claim, main, upTo, kb);
  if (everyRelease) return everyRelease;
  if (claim.scope !== 'unspecified') return null;
  // (a count from a year before the releases began, as rights groups keep theirs since 2020; a year's own total or a
  // month's count is judged by its own scope)
  const other = kb.roundFacts('running_total', main.round).find((f) => f.since !== undefined && /^\d{4}$/.test(f.since) && matchesValue(claim, f.value));
  return other ? { reading: { code: 'other-start-total', round: main.round, since: other.since! }, words: `the count since ${other.since} after ${describeRound(main)}`, facts: [other] } : null;
}

/**
 * "597 people freed since July 2024": a count of the freed (not of the pardoned) may take in every release, the one-person
 * releases and the others outside the pardons the KB's own total leaves out, from the total's start (the releases' first
 * month, or its year's January).
 */
function everyReleaseTotal(claim: RawClaim, main: PardonRound, upTo: PardonRound[], kb: KnowledgeIndex): HeldReading | null {
  // (those releases were no pardons: a count of the pardoned leaves them out)
  const basis = claim.frame().basis.value;
  if (basis === 'pardon' || basis === 'decree') return null;
  const kbTotal = kb.roundFacts('running_total', main.round).find((f) => f.since === (claim.scope === 'this-year' ? `${main.window.from.slice(0, 4)}-01` : '2024-07'));
  if (!kbTotal || (claim.scope === 'this-year' && claim.scopeYear !== undefined && String(claim.scopeYear) !== main.window.from.slice(0, 4))) return null;
  const counted = upTo.filter((r) => r.window.from >= kbTotal.since!);
  const facts = counted.map((r) => kb.roundFact('round_size', r.round)).filter((f): f is Fact => f !== undefined);
  const sum = facts.reduce((total, f) => total + f.value, 0);
  if (facts.length < counted.length || sum === kbTotal.value || !matchesValue(claim, sum)) return null;
  return { reading: { code: 'every-release-total', round: main.round, sum }, words: `everyone freed up to ${describeRound(main)}, the one-person releases too (${sum})`, facts };
}

/** The longest run of rounds ending at the latest whose sizes add up to the figure: one pass back from the latest. */
function sumUpToLatest(claim: RawClaim, rounds: PardonRound[], sizes: (Fact | undefined)[]): HeldReading | null {
  const last = sizes.length - 1;
  const hi = claimInterval(claim).hi;
  let sum = 0;
  let found: { from: number; sum: number } | null = null;
  for (let i = last; i >= 0 && sizes[i] && sum <= hi; i--) {
    sum += sizes[i]!.value;
    if (i < last && matchesValue(claim, sum)) found = { from: i, sum };
  }
  return found && sumReading(rounds, sizes as Fact[], found.from, last, found.sum, 'up-to-page-round');
}

function sumReading(rounds: PardonRound[], sizes: Fact[], from: number, to: number, sum: number, over: SumOver): HeldReading {
  const facts = sizes.slice(from, to + 1);
  const values = facts.map((f) => f.value);
  return {
    reading: { code: 'sum', over, from: rounds[from].round, to: rounds[to].round, values, sum },
    words: `the sum of ${describeRound(rounds[from])} to ${describeRound(rounds[to])} (${values.join(' + ')} = ${sum})`,
    facts,
  };
}

/**
 * A figure the sentence says may be a part of what the KB counts, and that is smaller: not wrong, though not checked.
 * (More than the whole stays judged.)
 */
function fewerThanItsWhole(claim: RawClaim, kb: KnowledgeIndex, judged: Judgement): Unpinned | null {
  const facts = judged.factIds.map((id) => kb.fact(id));
  if (!facts.length) return null;
  // "freed more than 400 this year" against 343 pardons: an open count of releases (deals, ends of terms) may exceed
  // the pardons the KB counts, never fall short of them; an exact total stays judged (seed 004's "has released a total
  // of 115" against 146, and any total changed in a copy of a source)
  const frame = claim.frame();
  const openBound = claim.hedge?.cls === 'lower' || claim.hedge?.cls === 'lowerStrict';
  if (claim.kind === 'running_total' && openBound && frame.basis.value === 'release' && facts.every((f) => f.value < claim.value)) {
    return { code: 'released-not-pardoned', rule: frame.basis.rule, words: 'the total counts releases, and the KB counts pardons' };
  }
  // "In July, 20 prisoners were released" against 18 pardoned by decree: a month's releases may count people freed
  // days after a pardon of the month before, or by other means (ends of terms), which the KB does not count; a release
  // the KB counts as such (a deal's, a single pardon's day) and a figure the sentence calls a pardon stay judged
  if (claim.kind === 'round_size' && frame.basis.rule === 'release-word' && frame.time.rule === 'month-cue' && claim.monthCue?.month && !claim.monthCue.dated
    && facts.every((f) => f.kind === 'round_size' && kb.rounds.find((r) => r.round === f.round)?.means === 'decree')) {
    return { code: 'month-releases', rule: 'release-word', words: 'the sentence counts a month\'s releases, and the KB counts the pardons of a decree' };
  }
  // "freed 40 political prisoners" when 52 were freed: a rights group's list may leave out some of those freed (people
  // jailed for other crimes, foreigners), so fewer is not wrong; more than the release (the largest it may be) is
  const hi = claimInterval(claim).hi;
  if (claim.kind === 'round_size' && frame.basis.rule === 'political-prisoners-named' && largestFreed(facts) > hi) {
    return { code: 'recognised-among-freed', rule: 'political-prisoners-named', words: 'the figure may count only those of the freed whom rights groups recognise as political prisoners' };
  }
  // "18 человек, из них 15 — политзаключённые" against 15 convicted of "extremism": rights groups' political prisoners
  // among the freed are another count than the state's articles, and no more than all those freed
  if (claim.kind === 'round_political' && (claim.rule === 'cy-political-of-them' || claim.rule === 'en-political-of-them')) {
    const sizes = facts.flatMap((f) => (f.round === undefined ? [] : kb.roundFacts('round_size', f.round)));
    if (sizes.length && sizes.every((f) => f.value >= hi)) return { code: 'recognised-among-freed', rule: claim.rule, words: 'the figure may count only those of the freed whom rights groups recognise as political prisoners' };
  }
  // "two women with many children" when five women were freed: those in both groups may be fewer than either
  if (claim.qualifiedBy && facts.every((f) => f.kind === claim.kind && f.value > hi)) {
    return { code: 'narrower-group', rule: `qualified-by:${claim.qualifiedBy}`, words: 'the figure counts only those who also belong to another group the sentence names' };
  }
  return null;
}

/** The largest round judged against, or 0 when they are not sizes (a figure that may be a part of the release it names). */
function largestFreed(facts: Fact[]): number {
  return facts.every((f) => f.kind === 'round_size') ? Math.max(...facts.map((f) => f.value)) : 0;
}

/**
 * A discrepancy reconsidered: kept only when the frame is pinned and no other reading holds. Verdicts that are not
 * discrepancies pass through unchanged.
 */
export function reconsider(claim: RawClaim, time: PageTime, kb: KnowledgeIndex, judged: Judgement): Judgement {
  // ("August: a pardon decree (30)" on a page of December 2025, when no release came that August: the month of an
  // earlier year, a list's heading too, when its figure is the one named)
  const placedNowhere = judged.verdict === 'unverifiable' && judged.reason === 'unknown-round';
  if (judged.verdict !== 'contradicted' && judged.verdict !== 'outdated' && !placedNowhere) return judged;
  const other = placedNowhere ? sameMonthEarlier(claim, roundsUpTo(time, kb), kb) : otherReading(claim, time, kb);
  if (placedNowhere && !other) return judged;
  if (other) {
    return {
      verdict: 'supported',
      reason: other.facts.length > 1 ? 'computed-sum' : 'kb-match',
      expected: `Read as ${other.words}, the figure is what the KB holds. ${judged.expected}`,
      refersTo: judged.refersTo,
      factIds: other.facts.map((f) => f.id),
      // the discrepancy's own finding (its facts), with the reading that overrode it
      finding: { ...judged.finding, reading: other.reading },
    };
  }
  // "X and 17 others" when the round freed 14, "pardoned 27 Belarusian citizens" when it freed 23: a part larger
  // than its whole is wrong on every reading
  const partRule = claim.frame().group.rule;
  const exceeds = (partRule === 'and-others' || partRule === 'named-group') && judged.factIds.length > 0
    && judged.factIds.every((id) => kb.fact(id).kind === 'round_size' && (partRule === 'and-others' ? kb.fact(id).value <= claim.value : kb.fact(id).value < claimInterval(claim).lo));
  const why = fewerThanItsWhole(claim, kb, judged) ?? (exceeds ? null : unpinned(claim, kb, time));
  if (why) {
    return {
      verdict: 'unverifiable', reason: 'not-pinned', expected: `Not checked: ${why.words}. ${judged.expected}`, refersTo: judged.refersTo, factIds: judged.factIds,
      finding: { ...judged.finding, unpinned: { code: why.code, rule: why.rule } },
    };
  }
  return judged;
}
