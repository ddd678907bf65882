/**
 * Which round of pardons a page reports on, and which round a figure mentioned in passing refers to.
 * The page's date narrows the choice; its figures (size, composition, ordinal, total) decide it.
 */
import type { MonthCue, RawClaim } from './extract';
import { agree, factInterval, intervalOf } from './hedges';
import type { KnowledgeIndex } from './knowledge';
import { addDays, roundsCurrentOn } from './time';
import type { PageSection, PardonRound } from './types';

export interface PageTime {
  /** the round the page reports on, when the figures or the date single it out */
  main: PardonRound | null;
  /** rounds that may be current at the page's date (all rounds when the page has no usable date) */
  candidates: PardonRound[];
  /** the page is dated after the KB's horizon, or before its first round */
  beyondHorizon: boolean;
  beforeStart: boolean;
  published: string | null;
  basis: string | null;
}

const ROUND_KINDS = new Set(['round_women', 'round_men', 'round_chronically_ill', 'round_disabled', 'round_over_50', 'round_under_25', 'round_pensioners', 'round_with_children']);

/** A figure's allowed range: speakers in direct quotes round freely ("let go of 30" for 31). */
export function claimInterval(claim: RawClaim) {
  const quotedRound = claim.inQuote && !claim.hedge && claim.value >= 10 && claim.value % 10 === 0;
  return intervalOf(claim.value, quotedRound ? { text: 'quoted round figure', cls: 'approx' } : claim.hedge);
}

function matches(claim: RawClaim, value: number | undefined): boolean {
  return value !== undefined && agree(claimInterval(claim), factInterval(value, null)) === 'match';
}

/** `pool`: the rounds to choose from instead of those current on the date (an undated entry of a dated page). */
export function identifyRound(claims: RawClaim[], published: string | null, kb: KnowledgeIndex, pool?: PardonRound[]): PageTime {
  const beyondHorizon = published !== null && published > kb.horizon;
  const beforeStart = published !== null && published < kb.start;
  const dated = published !== null && !beforeStart;
  const candidates = dated ? (pool ?? roundsCurrentOn(published, kb.rounds)).filter((r) => !beyondHorizon || plausiblyCurrent(r, published)) : beforeStart ? [] : kb.rounds;
  const base = { candidates, beyondHorizon, beforeStart, published };
  if (candidates.length === 0) return { ...base, main: null, basis: beyondHorizon ? `dated ${published}, after what the KB knows (${kb.horizon})` : null };

  const scores = candidates.map((round) => ({ round, score: 0, evidence: [] as string[], make: { agree: 0, differ: 0 } }));
  for (const claim of claims) {
    // "this month" is the report's own month: evidence for its round like an undated figure
    if ((claim.monthCue && claim.monthCue.relative !== 'this-month' && !ofOwnMonth(claim.monthCue, published)) || claim.otherTime) continue;
    // (a figure of no kind below gains no round anything: spared the rounds)
    const roundKind = ROUND_KINDS.has(claim.kind);
    if (!(claim.kind === 'round_size' || roundKind || (claim.kind === 'round_ordinal' && !claim.countsDecrees) || (claim.kind === 'running_total' && claim.scope !== 'other'))) continue;
    const lead = claim.position === 'body' ? 1 : 1.5;
    // (the claim's range, worked out once for all the rounds)
    const interval = claimInterval(claim);
    const agrees = (value: number | undefined) => value !== undefined && agree(interval, factInterval(value, null)) === 'match';
    for (const entry of scores) {
      const r = entry.round.round;
      let gain = 0;
      if (claim.kind === 'round_size' && agrees(kb.roundFact('round_size', r)?.value)) gain = 3 * lead;
      else if (roundKind) {
        const fact = kb.roundFact(claim.kind, r);
        if (fact) gain = agrees(fact.value) ? 2 : -1;
        if (fact) entry.make[gain > 0 ? 'agree' : 'differ']++;
      } else if (claim.kind === 'round_ordinal' && !claim.countsDecrees && claim.value === r) gain = 1;
      else if (claim.kind === 'running_total' && claim.scope !== 'other' && agrees(kb.roundFact('running_total', r)?.value)) gain = 1;
      entry.score += gain;
      // (the basis names four figures at most: a page of thousands is spared the others' words)
      if (gain > 0 && entry.evidence.length < 4) entry.evidence.push(`${claim.span.trim()} (${claim.kind.replace('round_', '')})`);
    }
  }
  scores.sort((a, b) => b.score - a.score || b.round.round - a.round.round);
  const [best, second] = scores;
  const dateNote = dated ? `its date (${published})` : null;
  // after the horizon a round the KB never saw may be the page's: only its figures can name a known one
  if (candidates.length === 1 && dated && !pool && !beyondHorizon) {
    return { ...base, main: candidates[0], basis: [dateNote, best.evidence.length ? `its figures: ${best.evidence.slice(0, 4).join(', ')}` : null].filter(Boolean).join(' and ') };
  }
  // after the horizon, rounds the KB never saw look like the ones it knows (some women, the ill, "the
  // eighth" as an outlet counts): only the round's size, or a make-up that agrees in every figure given, names one
  const namesKnownRound = !beyondHorizon
    || claims.some((c) => c.kind === 'round_size' && !c.otherTime && matches(c, kb.roundFact('round_size', best.round.round)?.value))
    || (best.make.agree >= 2 && best.make.differ === 0);
  if (best.score >= 2 && (!second || best.score > second.score) && namesKnownRound) {
    return { ...base, main: best.round, basis: [dateNote, `its figures: ${best.evidence.slice(0, 4).join(', ')}`].filter(Boolean).join(' and ') };
  }
  return { ...base, main: null, basis: dateNote };
}

/** A dateline or "on November 21" in a page of that month: the page's own news, not a look back. */
function ofOwnMonth(cue: MonthCue, published: string | null): boolean {
  return cue.month !== null && published !== null && cue.month === Number(published.slice(5, 7)) && !cue.relative;
}

/** After the horizon, a known round can still be a page's news for a month after it may have happened. */
function plausiblyCurrent(round: PardonRound, published: string): boolean {
  return published <= addDays(round.window.to, 30);
}

/**
 * The time of each claim on a page of several entries (a live blog running over weeks, a list of teasers):
 * an entry whose own figures single out a round is judged against that round, not the page's.
 * An entry with a date of its own is placed by that date; an undated one may be about any round begun by
 * the page's date (a live blog's date may be its first day or its last). An entry whose figures do not
 * decide keeps the page's round when the page is about one round; on a page about several, its time is
 * unknown and it is judged as an undated page is. Claims and sections are in page order.
 */
export function timesBySection(claims: RawClaim[], sections: PageSection[] | undefined, page: PageTime, kb: KnowledgeIndex): PageTime[] {
  const times = claims.map(() => page);
  if (!sections || sections.length < 2 || page.beforeStart) return times;
  const begun = page.published ? kb.rounds.filter((r) => r.window.from <= page.published!) : undefined;
  const entries: { first: number; last: number; dated: boolean; own: PageTime }[] = [];
  let first = 0;
  for (const section of sections) {
    while (first < claims.length && claims[first].start < section.start) first++;
    let last = first;
    while (last < claims.length && claims[last].start < section.end) last++;
    if (last === first) continue;
    const dated = Boolean(section.published) && section.published !== page.published;
    const own = dated ? identifyRound(claims.slice(first, last), section.published, kb) : identifyRound(claims.slice(first, last), page.published, kb, begun);
    entries.push({ first, last, dated, own });
    first = last;
  }
  const decided = new Set(entries.map((e) => e.own.main?.round).filter((r) => r !== undefined));
  const unplaced: PageTime = { ...page, main: null, candidates: kb.rounds, published: null, basis: null };
  for (const { first, last, dated, own } of entries) {
    let time = own;
    if (!own.main) {
      // entries about several rounds: the page has no round of its own to fall back on
      if (decided.size > 1) time = dated ? own : unplaced;
      else if (!dated) time = page;
      else if (page.main && own.candidates.includes(page.main)) time = { ...own, main: page.main, basis: page.basis };
    }
    for (let i = first; i < last; i++) times[i] = time;
  }
  return times;
}

/**
 * "Восьмая группа — 20 человек, из них 11 женщин, 14 с хроническими заболеваниями" in a December bulletin about the
 * seventh round too: a sentence whose own figures fit another round current at the page's date, in two figures or
 * more, and the page's round (if it has one) in fewer, is about that round; its figures are judged against it. (One figure alone,
 * "pardoned 20", stays with the page's round: a changed figure may equal another round's by chance.)
 */
export function timesBySentence(claims: RawClaim[], times: PageTime[], kb: KnowledgeIndex): PageTime[] {
  const out = times.slice();
  // (one time per page time and round: judgements are cached by their time, and a live blog repeats its sentences)
  const switched = new Map<PageTime, Map<PardonRound, PageTime>>();
  let first = 0;
  while (first < claims.length) {
    let last = first + 1;
    while (last < claims.length && claims[last].sentence.start === claims[first].sentence.start) last++;
    const time = times[first];
    // (a dated page only: undated, every round is a candidate, and a sentence's figures would pick among all of them)
    if (last - first >= 2 && time.published !== null && time.candidates.length >= 2 && !time.beyondHorizon) {
      const sentence = claims.slice(first, last);
      const own = identifyRound(sentence, time.published, kb, time.candidates);
      // (on a page whose figures split between two rounds, and so has none of its own, the same holds)
      const ownFits = own.main && own.main !== time.main ? fits(sentence, own.main, kb) : 0;
      if (own.main && ownFits >= 2 && (!time.main || fits(sentence, time.main, kb) < ownFits)) {
        let byRound = switched.get(time);
        if (!byRound) switched.set(time, (byRound = new Map()));
        let sentenceTime = byRound.get(own.main);
        if (!sentenceTime) byRound.set(own.main, (sentenceTime = { ...time, main: own.main, basis: `its sentence's figures (${own.basis})` }));
        for (let i = first; i < last; i++) if (times[i] === time) out[i] = sentenceTime;
      }
    }
    first = last;
  }
  return out;
}

/** How many of a sentence's undated figures equal the round's own (its size, make-up or place in the count). */
function fits(claims: RawClaim[], round: PardonRound, kb: KnowledgeIndex): number {
  return claims.filter((c) => !c.otherTime && !c.monthCue && (c.kind === 'round_size' || ROUND_KINDS.has(c.kind) || (c.kind === 'round_ordinal' && !c.countsDecrees))
    && (c.kind === 'round_ordinal' ? c.value === round.round : matches(c, kb.roundFact(c.kind, round.round)?.value))).length;
}

/**
 * The rounds a figure refers to: those its month cue names ("in August", "earlier this month"),
 * earlier rounds when the sentence looks back, else the round the page reports on.
 * Null when the KB cannot tell.
 */
export interface ClaimRounds {
  rounds: PardonRound[];
  /** mentioned in passing (a month cue, a look back): any of the rounds may be meant */
  passing: boolean;
  /** the page's round is unknown and the figure is judged against each round current at its date */
  unanimous?: boolean;
}

export function roundsForClaim(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): ClaimRounds | null {
  if (claim.monthCue && claim.monthCue.relative !== 'this-month') {
    const rounds = roundsForMonthCue(claim.monthCue, time, kb);
    return rounds.length ? { rounds, passing: true } : null;
  }
  if (!time.main) return null;
  // ("12 of the 18 were women" on a page about the 250 freed two weeks later: the part of the round the whole names, one
  // of the month before the page's)
  const main = time.main;
  if (claim.wholeOf !== undefined && kb.roundFact('round_size', main.round)?.value !== claim.wholeOf) {
    const ofWhole = recentRounds(main, kb).filter((r) => r.round < main.round && kb.roundFact('round_size', r.round)?.value === claim.wholeOf).pop();
    if (ofWhole) return { rounds: [ofWhole], passing: false };
  }
  if (claim.otherTime && !matchesMain(claim, time.main, kb)) {
    const earlier = kb.rounds.filter((r) => r.round < time.main!.round);
    return earlier.length ? { rounds: earlier, passing: true } : null;
  }
  return { rounds: [time.main], passing: false };
}

/** The page's round and those of the month before it. */
export function recentRounds(main: PardonRound, kb: KnowledgeIndex): PardonRound[] {
  return kb.rounds.filter((r) => r.round <= main.round && r.window.to >= addDays(main.window.from, -31));
}

function matchesMain(claim: RawClaim, main: PardonRound, kb: KnowledgeIndex): boolean {
  return matches(claim, kb.roundFact(claim.kind, main.round)?.value);
}

function roundsForMonthCue(cue: MonthCue, time: PageTime, kb: KnowledgeIndex): PardonRound[] {
  const main = time.main;
  // a month with no year is the latest such month up to the page's own: placed only when the page is dated
  if (!main && !time.published) return [];
  if (time.beforeStart) return [];
  const anchorMonth = main?.month ?? time.published!.slice(0, 7);
  if (cue.relative === 'earlier-this-month') return kb.rounds.filter((r) => r.month === anchorMonth && (!main || r.round < main.round));
  if (cue.relative === 'this-month') return kb.rounds.filter((r) => r.month === anchorMonth);
  if (cue.relative === 'last-month') return kb.rounds.filter((r) => r.month === previousMonth(anchorMonth));
  if (cue.month === null) return [];
  // "in July" on a page of September 2025 is July 2025, a month the KB may know nothing of
  const anchorYear = Number(anchorMonth.slice(0, 4));
  const year = cue.year ?? (cue.month <= Number(anchorMonth.slice(5)) ? anchorYear : anchorYear - 1);
  const month = `${year}-${String(cue.month).padStart(2, '0')}`;
  // a round no source dates to a month may be in any month of its window
  const inMonth = kb.rounds.filter((r) => r.month === month || (r.monthGiven === false && r.window.from.slice(0, 7) <= month && month <= r.window.to.slice(0, 7)));
  const inPart = cue.part ? inMonth.filter((r) => r.part === cue.part) : [];
  return inPart.length ? inPart : inMonth;
}

function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}
