/**
 * Gives each figure its verdict against the KB, with a one-sentence explanation.
 * Precision first: whenever the KB cannot tell (unknown time, another counting convention,
 * a figure it does not hold), the verdict is `unverifiable`, never `contradicted`.
 */
import type { RawClaim } from './extract';
import { agree, factInterval, type Agreement } from './hedges';
import type { KnowledgeIndex } from './knowledge';
import { claimInterval, roundsForClaim, type PageTime } from './rounds';
import { addDays, describeRound, describeWindow, formatCount, monthName, ORDINAL_WORDS, overlaps } from './time';
import type { ClaimKind, DateWindow, Fact, PardonRound, Verdict } from './types';

export interface Judgement {
  verdict: Verdict;
  expected: string;
  refersTo: string | null;
  factIds: string[];
}

const ROUND_LEVEL: ClaimKind[] = ['round_size', 'round_women', 'round_men', 'round_chronically_ill', 'round_disabled', 'round_over_50', 'round_under_25', 'round_pensioners', 'round_with_children', 'round_ordinal'];
/** figures that only grow over time: a different value at an unknown time is not an error */
const GROWING: ClaimKind[] = ['exiled', 'recognised_since_2020', 'prisoners_held', 'arrested_last_week'];

export function judgeClaim(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): Judgement {
  if (ROUND_LEVEL.includes(claim.kind)) return judgeRoundFigure(claim, time, kb);
  if (claim.kind === 'running_total') return judgeTotal(claim, time, kb);
  if (claim.kind === 'prisoners_held') return judgeHeld(claim, time, kb);
  return judgeContext(claim, time, kb);
}

const verdictOf = (verdict: Verdict, expected: string, facts: Fact[], refersTo: string | null = null): Judgement => ({
  verdict, expected, refersTo, factIds: facts.map((f) => f.id),
});

function attribution(fact: Fact): string {
  const files = fact.provenance?.length ? [...new Set(fact.provenance.map((p) => p.file.slice(0, 3)))] : [...fact.statedIn, ...(fact.basedOn ?? [])];
  const by = fact.attributedTo ? `${fact.attributedTo}, ` : '';
  if (fact.derivedFrom) return `(${by}computed from source${files.length > 1 ? 's' : ''} ${files.join(', ')}: ${fact.derivedFrom})`;
  return `(${by}source${files.length > 1 ? 's' : ''} ${files.join(', ')})`;
}

function holdsForRound(fact: Fact, round: PardonRound): string {
  if (fact.kind === 'round_size') return `${capitalise(describeRound(round))} freed ${fact.value} ${attribution(fact)}.`;
  if (fact.kind === 'round_ordinal') return `The round of ${describeWindow(round.window)} was the ${ORDINAL_WORDS[fact.value]} since July 2024 ${attribution(fact)}.`;
  if (fact.kind === 'running_total') return `After ${describeRound(round)}, ${fact.value} people had been pardoned since July 2024 ${attribution(fact)}.`;
  const who = fact.label.replace(' among them', '');
  return `In ${describeRound(round)}, ${fact.value} of those pardoned ${fact.value === 1 ? 'was' : 'were'} ${who} ${attribution(fact)}.`;
}

function judgeRoundFigure(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): Judgement {
  if (time.beyondHorizon) return verdictOf('unverifiable', `The page is dated ${time.published}, after the KB's horizon (${kb.horizon}); the KB holds no rounds after that.`, []);
  if (time.beforeStart) return verdictOf('unverifiable', `The page is dated ${time.published}, before the first round the KB knows (July 2024).`, []);
  const target = roundsForClaim(claim, time, kb);
  if (!target) return verdictOf('unverifiable', 'The KB cannot tell which round of pardons this figure is about.', []);
  const facts = target.rounds.map((r) => kb.roundFact(claim.kind, r.round)).filter((f): f is Fact => Boolean(f));
  const refersTo = target.rounds.map(describeRound).join(' or ');
  if (facts.length === 0) return verdictOf('unverifiable', `The sources give no figure for ${labelOf(claim.kind, kb)} in ${refersTo}.`, [], refersTo);
  const roundOf = (fact: Fact) => target.rounds.find((r) => r.round === fact.round)!;
  const match = facts.find((f) => agree(claimInterval(claim), factInterval(f.value, null)) === 'match');
  if (match) return verdictOf('supported', holdsForRound(match, roundOf(match)), [match], describeRound(roundOf(match)));
  if (claim.kind === 'round_ordinal' && claim.countsDecrees) {
    return verdictOf('unverifiable', `The page counts decrees; the sources count rounds, and ${holdsForRound(facts[0], roundOf(facts[0])).replace(/^The/, 'the')}`, facts, refersTo);
  }
  if (target.passing && target.rounds.length > 1 && !claim.monthCue) {
    return verdictOf('unverifiable', `The KB cannot tell which earlier round this figure is about; none of them matches it.`, [], refersTo);
  }
  return verdictOf('contradicted', facts.map((f) => holdsForRound(f, roundOf(f))).join(' '), facts, refersTo);
}

function judgeTotal(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): Judgement {
  const totals = kb.rounds.map((r) => ({ round: r, fact: kb.roundFact('running_total', r.round)! })).filter((t) => t.fact);
  if (claim.scope === 'other') return verdictOf('unverifiable', 'This total counts from another starting point; the KB counts pardons since July 2024.', []);
  const agreeing = (value: number) => agree(claimInterval(claim), factInterval(value, null));
  const latest = totals[totals.length - 1];
  if (time.beyondHorizon) {
    const stale = totals.find((t) => t.round !== latest.round && agreeing(t.fact.value) === 'match');
    if (stale) return verdictOf('outdated', `${stale.fact.value} was the total after ${describeRound(stale.round)}; by ${latest.round.window.to} it was ${latest.fact.value}, and the page is dated ${time.published}.`, [stale.fact, latest.fact]);
    return verdictOf('unverifiable', `The page is dated ${time.published}, after the KB's horizon (${kb.horizon}), when the total since July 2024 was ${latest.fact.value} ${attribution(latest.fact)}.`, [latest.fact]);
  }
  if (time.beforeStart) return verdictOf('unverifiable', `The page is dated ${time.published}, before the first round the KB knows (July 2024).`, []);
  // a total tied to a month ("by the end of August", a table row) is the total after that month's round
  if (claim.monthCue && claim.monthCue.relative !== 'this-month') {
    const bound = roundsForClaim(claim, time, kb);
    if (!bound) return verdictOf('unverifiable', 'The KB cannot place the month this total refers to.', []);
    const candidates = totals.filter((t) => bound.rounds.includes(t.round));
    const hit = candidates.find((t) => agreeing(t.fact.value) === 'match');
    if (hit) return verdictOf('supported', holdsForRound(hit.fact, hit.round), [hit.fact], describeRound(hit.round));
    return verdictOf('contradicted', candidates.map((t) => holdsForRound(t.fact, t.round)).join(' '), candidates.map((t) => t.fact), bound.rounds.map(describeRound).join(' or '));
  }
  const current = time.main ? [time.main] : time.published ? time.candidates : [];
  if (current.length === 0) return verdictOf('unverifiable', 'The KB cannot tell which round of pardons this page is about, so it cannot judge a running total.', []);
  const currentTotals = totals.filter((t) => current.includes(t.round));
  const refersTo = current.map(describeRound).join(' or ');
  if (claim.scope === 'this-year' && time.published?.startsWith('2025') && current.some((r) => r.window.to >= '2025-01-01')) {
    return verdictOf('unverifiable', `"This year" in a 2025 page may count only 2025's pardons; the KB counts since July 2024.`, [], refersTo);
  }
  const match = currentTotals.find((t) => agreeing(t.fact.value) === 'match');
  if (match) return verdictOf('supported', holdsForRound(match.fact, match.round), [match.fact], describeRound(match.round));
  const first = Math.min(...current.map((r) => r.round));
  const stale = totals.find((t) => t.round.round < first && agreeing(t.fact.value) === 'match');
  const now = currentTotals[currentTotals.length - 1];
  if (stale) {
    return verdictOf('outdated', `${stale.fact.value} was the total after ${describeRound(stale.round)}; this report is about ${describeRound(now.round)}, after which the total was ${now.fact.value} ${attribution(now.fact)}.`, [now.fact, stale.fact], refersTo);
  }
  if (currentTotals.some((t) => agreeing(t.fact.value) === 'unclear')) return verdictOf('unverifiable', holdsForRound(now.fact, now.round), [now.fact], refersTo);
  return verdictOf('contradicted', currentTotals.map((t) => holdsForRound(t.fact, t.round)).join(' '), currentTotals.map((t) => t.fact), refersTo);
}

/** When the page's figures were meant to be true: its date, else the round it reports on. */
function pageWindow(time: PageTime): DateWindow | null {
  if (time.published) return { from: addDays(time.published, -20), to: time.published };
  return time.main?.window ?? null;
}

function describeHeld(fact: Fact): string {
  const hedge = fact.hedge ? `${fact.hedge.text} ` : '';
  return `${hedge}${formatCount(fact.value)} in ${describeWindow(fact.window!)} (${fact.attributedTo ?? 'sources'}, ${fact.statedIn.join(', ')})`;
}

function judgeHeld(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): Judgement {
  const all = kb.factsOfKind('prisoners_held');
  const coverage = { from: all.reduce((m, f) => (f.window!.from < m ? f.window!.from : m), '9999'), to: all.reduce((m, f) => (f.window!.to > m ? f.window!.to : m), '0000') };
  const window = pageWindow(time);
  if (time.beyondHorizon || time.beforeStart || (window && !overlaps(window, { from: addDays(coverage.from, -20), to: coverage.to }))) {
    return verdictOf('unverifiable', `The KB's counts of political prisoners cover ${describeWindow(coverage)} only; this page is from another time (${time.published ?? 'undated'}).`, []);
  }
  const inTime = window ? all.filter((f) => overlaps(f.window!, { from: addDays(window.from, -20), to: addDays(window.to, 20) })) : all;
  const facts = inTime.length ? inTime : all;
  const results = facts.map((fact) => ({ fact, agreement: agree(claimInterval(claim), factInterval(fact.value, fact.hedge), 0.05, claim.hedge) }));
  const listing = () => facts.map(describeHeld).join('; ');
  // of the counts that agree, cite the closest: the page most likely repeats that one
  const distance = (f: Fact) => Math.abs(f.value - claim.value) * 1000 + (window ? daysBetweenCentres(f.window!, window) : 0);
  const supporting = results.filter((r) => r.agreement === 'match').sort((a, b) => distance(a.fact) - distance(b.fact))[0];
  if (supporting) return verdictOf('supported', `Political prisoners still held: ${describeHeld(supporting.fact)}.`, [supporting.fact]);
  if (!window) return verdictOf('unverifiable', `The page's time is unknown; the KB's counts are ${listing()}.`, facts);
  if (results.some((r) => r.agreement === 'unclear')) return verdictOf('unverifiable', `Close to, but not within, the counts of the time: ${listing()}.`, facts);
  return verdictOf('contradicted', `Counts of political prisoners at the time: ${listing()}.`, facts);
}

function daysBetweenCentres(a: DateWindow, b: DateWindow): number {
  const centre = (w: DateWindow) => (Date.parse(w.from) + Date.parse(w.to)) / 2;
  return Math.abs(centre(a) - centre(b)) / 86_400_000;
}

function judgeContext(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): Judgement {
  let facts = kb.factsOfKind(claim.kind);
  if (claim.kind === 'sentence_years') facts = facts.filter((f) => f.subject === claim.subject);
  if (claim.kind === 'term_number' && claim.term) facts = facts.filter((f) => f.subject === claim.term);
  if (facts.length === 0) return verdictOf('unverifiable', `The KB holds no figure for ${labelOf(claim.kind, kb)}${claim.subject ? ` (${claim.subject})` : ''}.`, []);
  const shown = (f: Fact) => (f.kind === 'election_day' ? `${f.value} ${monthName(1)} 2025` : f.kind === 'in_power_since' ? String(f.value) : formatCount(f.value));
  const describe = (f: Fact) => `${capitalise(f.label)}: ${f.hedge ? `${f.hedge.text} ` : ''}${shown(f)} ${attribution(f)}.`;
  const results: { fact: Fact; agreement: Agreement }[] = facts.map((fact) => {
    if (claim.kind === 'election_day' && claim.month !== 1) return { fact, agreement: 'mismatch' };
    const zone = GROWING.includes(claim.kind) ? 0.05 : 0;
    return { fact, agreement: agree(claimInterval(claim), factInterval(fact.value, fact.hedge), zone, claim.hedge) };
  });
  const supporting = results.find((r) => r.agreement === 'match');
  if (supporting) return verdictOf('supported', describe(supporting.fact), [supporting.fact]);
  if (claim.kind === 'term_number' && !claim.term) return verdictOf('unverifiable', `The KB cannot tell which term is meant. ${facts.map(describe).join(' ')}`, facts);
  if (results.some((r) => r.agreement === 'unclear')) return verdictOf('unverifiable', facts.map(describe).join(' '), facts);
  const timed = facts.filter((f) => f.window);
  const window = pageWindow(time);
  if (GROWING.includes(claim.kind) && (!window || timed.some((f) => !overlaps(f.window!, { from: addDays(window.from, -30), to: addDays(window.to, 30) })))) {
    return verdictOf('unverifiable', `This figure changes over time and the page's time differs from the KB's. ${facts.map(describe).join(' ')}`, facts);
  }
  return verdictOf('contradicted', facts.map(describe).join(' '), facts);
}

function labelOf(kind: ClaimKind, kb: KnowledgeIndex): string {
  return kb.kb.facts.find((f) => f.kind === kind)?.label ?? kind.replace(/_/g, ' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
