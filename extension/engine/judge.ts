/**
 * Gives each figure its verdict against the KB, with a one-sentence explanation.
 * Precision first: whenever the KB cannot tell (unknown time, another counting convention,
 * a figure it does not hold), the verdict is `unverifiable`, never `contradicted`.
 */
import type { RawClaim } from './extract';
import { agree, factInterval, vagueAgrees, type Agreement } from './hedges';
import type { KnowledgeIndex } from './knowledge';
import { reconsider } from './readings';
import { claimInterval, roundsForClaim, type PageTime } from './rounds';
import { addDays, describeDay, describeRound, describeWindow, formatCount, monthName, ORDINAL_WORDS, overlaps } from './time';
import { COMPOSITION_KINDS, type ClaimKind, type DateWindow, type Fact, type Finding, type FindingCode, type Judgement, type PardonRound, type Verdict, type VerdictReason } from './types';

export type { Judgement };

const ROUND_LEVEL: ClaimKind[] = ['round_size', ...COMPOSITION_KINDS, 'round_ordinal'];

/**
 * What a reader is told when the page is dated after what the KB knows: the KB is complete only up to the earliest
 * date its latest report can have been written (docs/knowledge.md).
 */
export function horizonNote(time: PageTime, kb: KnowledgeIndex): string {
  const page = time.published ? `The page is dated ${time.published}, after what the KB knows` : 'The page was written after what the KB knows';
  return `${page}: it is complete up to ${describeDay(kb.horizon)}, the earliest its latest report can date from`;
}
/** figures counted by several groups, each with its own estimate */
const ESTIMATES: ClaimKind[] = ['arrested_crackdown', 'exiled'];
/** figures that only grow over time: a different value at an unknown time is not an error */
const GROWING: ClaimKind[] = ['exiled', 'recognised_total', 'prisoners_held', 'arrested_last_week'];

/** A figure's verdict: judged against the reading its frame gives, then reconsidered charitably (readings.ts). */
export function judgeClaim(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): Judgement {
  return reconsidered(claim, time, kb, judgeByKind(claim, time, kb));
}

/** A judgement by kind reconsidered on the claim's own frame: another reading, or why it is not pinned. */
export function reconsidered(claim: RawClaim, time: PageTime, kb: KnowledgeIndex, judged: Judgement): Judgement {
  return detentions(claim, kb, judged) ?? heldReading(claim, time, kb, judged) ?? allTakenThere(claim, time, kb, judged) ?? reconsider(claim, time, kb, judged);
}

/**
 * "52 were driven to the Lithuanian border", "52 вязьні былі вывезеныя ў Літву": where the KB holds no split by place
 * for the release, a count taken to one country that is the release's whole size is that size (all were taken there).
 */
function allTakenThere(claim: RawClaim, time: PageTime, kb: KnowledgeIndex, judged: Judgement): Judgement | null {
  if (claim.kind !== 'round_destination' || judged.verdict !== 'unverifiable' || judged.reason !== 'not-in-kb') return null;
  const whole = judgeClaim({ ...claim, kind: 'round_size', subject: undefined }, time, kb);
  if (whole.verdict !== 'supported' || whole.reason !== 'kb-match') return null;
  const round = kb.rounds.find((r) => whole.factIds.some((id) => kb.fact(id).round === r.round));
  if (!round) return null;
  // (as every reading: the verdict rests on the reading's facts, the finding keeps those of the claim as read)
  // (as reconsider does, the card names the rounds the claim was judged against, the reading's among them)
  return {
    ...whole,
    expected: `Read as the size of ${describeRound(round)}, counted whole, the figure is what the KB holds. ${judged.expected}`,
    refersTo: judged.refersTo,
    finding: { ...judged.finding, reading: { code: 'round-counted-whole', round: round.round } },
  };
}

/** Detentions are not arrests: a count of those detained is another count, whatever its size, unless it matches. */
function detentions(claim: RawClaim, kb: KnowledgeIndex, judged: Judgement): Judgement | null {
  if (claim.kind !== 'arrested_crackdown' || judged.verdict === 'supported' || judged.finding?.code === 'no-figure' || claim.frame().basis.rule !== 'detained') return null;
  const facts = judged.factIds.map((id) => kb.fact(id));
  return verdictOf('unverifiable', 'other-basis', 'detentions', `Detentions are counted apart from arrests. ${facts.map((f) => describeContextFact(f, kb)).join(' ')}`, facts);
}

/** A context fact in a sentence: its label, hedge, value and who gave it. */
function describeContextFact(f: Fact, kb: KnowledgeIndex): string {
  const shown = f.kind === 'election_day' && kb.election ? `${f.value} ${monthName(kb.election.month)} ${kb.election.year}` : f.kind === 'in_power_since' ? String(f.value) : formatCount(f.value);
  return `${capitalise(f.label)}: ${f.hedge ? `${f.hedge.text} ` : ''}${shown} ${attribution(f, kb)}.`;
}

/**
 * "1,140 people are recognised as political prisoners": everyone recognised are those still held too; a count that
 * is wrong as the total since 2020 but is the count held at the page's time is supported, read that way.
 */
function heldReading(claim: RawClaim, time: PageTime, kb: KnowledgeIndex, judged: Judgement): Judgement | null {
  // (and where the KB holds no total since 2020 for the page's time, the count held may still judge it)
  const open = judged.verdict === 'contradicted' || judged.verdict === 'outdated' || (judged.verdict === 'unverifiable' && judged.reason === 'not-in-kb');
  if (claim.kind !== 'recognised_total' || !open || claim.frame().group.certainty !== 'defaulted') return null;
  const held = judgeHeld({ ...claim, kind: 'prisoners_held' }, time, kb);
  if (held.verdict !== 'supported') return null;
  return { ...held, expected: `Read as the count of political prisoners held at the time: ${held.expected}`, finding: { ...held.finding, reading: { code: 'held-count' } } };
}

/**
 * The judgement by the figure's kind, value, hedge and time alone: the same for every claim read alike, so a page's
 * repeated figures can share it (analyze.ts); what rests on the figure's own frame is in reconsidered().
 */
export function judgeByKind(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): Judgement {
  if (ROUND_LEVEL.includes(claim.kind)) return judgeRoundFigure(claim, time, kb);
  if (claim.kind === 'running_total') return judgeTotal(claim, time, kb);
  if (claim.kind === 'prisoners_held') return judgeHeld(claim, time, kb);
  return judgeContext(claim, time, kb);
}

/**
 * A judgement: its English (`expected`, and the rounds judged against named in `refersTo`) and the finding each
 * language writes its own from (the same code, rounds and facts, and whatever else the sentence names in `more`).
 */
function verdictOf(verdict: Verdict, reason: VerdictReason, code: FindingCode, expected: string, facts: Fact[], against: PardonRound[] = [], more: Partial<Finding> = {}): Judgement {
  const factIds = facts.map((f) => f.id);
  const refersTo = against.length ? against.map(describeRound).join(' or ') : null;
  return { verdict, reason, expected, refersTo, factIds, finding: { code, against: against.map((r) => r.round), facts: factIds, ...more } };
}

/** How many sources a card names before it says how many more there are. */
const NAMED_SOURCES = 3;

/** Who gave the figure and where it stands, named as a reader knows the sources: outlet and date. */
export function attribution(fact: Fact, kb: KnowledgeIndex): string {
  const keys = fact.provenance?.length ? fact.provenance.map((p) => p.file) : [...fact.statedIn, ...(fact.basedOn ?? [])];
  const names = [...new Set(keys.map(kb.citeOf))];
  const shown = names.length > NAMED_SOURCES + 1 ? [...names.slice(0, NAMED_SOURCES), `${names.length - NAMED_SOURCES} more`] : names;
  const by = fact.attributedTo ? `${fact.attributedTo}; ` : '';
  if (fact.derivedFrom) return `(${by}computed from ${shown.join('; ')}: ${fact.derivedFrom})`;
  return `(${by}${shown.join('; ')})`;
}

function holdsForRound(fact: Fact, round: PardonRound, kb: KnowledgeIndex): string {
  if (fact.kind === 'round_size') return `${capitalise(describeRound(round))} freed ${fact.value} ${attribution(fact, kb)}.`;
  if (fact.kind === 'round_ordinal') {
    const which = round.window.from === round.window.to ? capitalise(describeRound(round)) : `The round of ${describeWindow(round.window)}`;
    const place = ORDINAL_WORDS[fact.value] ?? `#${fact.value}`;
    const counted = fact.convention === 'decrees' ? `${place} pardon decree since ${kb.since}` : fact.convention === 'in-year' ? `${place} round of ${round.window.from.slice(0, 4)}` : `${place} since ${kb.since}`;
    return `${which} was the ${counted} ${attribution(fact, kb)}.`;
  }
  if (fact.kind === 'running_total') return `After ${describeRound(round)}, ${fact.value} people had been ${fact.basis === 'releases' ? 'freed' : 'pardoned'} ${sinceWords(fact, kb)} ${attribution(fact, kb)}.`;
  const who = fact.label.replace(' among them', '');
  return `In ${describeRound(round)}, ${fact.value} of those pardoned ${fact.value === 1 ? 'was' : 'were'} ${who} ${attribution(fact, kb)}.`;
}

/** Where a total starts, in words: "since July 2024", "in 2025", "since 2020", "since 20 November 2025". */
function sinceWords(fact: Fact, kb: KnowledgeIndex): string {
  const since = fact.since;
  if (!since || since === kb.kb.calendar?.start.month) return `since ${kb.since}`;
  if (/^\d{4}-01$/.test(since)) return `in ${since.slice(0, 4)}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(since)) return `since ${describeDay(since)}`;
  if (/^\d{4}-\d{2}$/.test(since)) return `since ${monthName(Number(since.slice(5, 7)))} ${since.slice(0, 4)}`;
  return `since ${since}`;
}

function judgeRoundFigure(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): Judgement {
  if (time.beforeStart) return verdictOf('unverifiable', 'not-in-kb', 'before-start', `The page is dated ${time.published}, before the first round the KB knows (${kb.since}).`, [], [], { pageDate: time.published });
  const target = roundsForClaim(claim, time, kb) ?? currentRoundsOfLead(claim, time);
  if (!target) {
    if (time.beyondHorizon) return verdictOf('unverifiable', 'beyond-horizon', 'unseen-round', `${horizonNote(time, kb)}; this may be a round the KB has not seen.`, [], [], { pageDate: time.published });
    return verdictOf('unverifiable', 'unknown-round', 'unknown-round', 'The KB cannot tell which round of pardons this figure is about.', []);
  }
  // each round's facts of the kind the sentence allows: accepted alternatives, every ordinal convention, its subject
  const byRound = target.rounds.map((round) => ({ round, facts: factsForClaim(claim, round, kb) })).filter((r) => r.facts.length > 0);
  const refersTo = target.rounds.map(describeRound).join(' or ');
  if (byRound.length === 0) {
    if (claim.kind === 'round_ordinal' && claim.countsDecrees && target.rounds.some((r) => kb.roundFact('round_ordinal', r.round))) {
      const facts = target.rounds.map((r) => kb.roundFact('round_ordinal', r.round)).filter((f): f is Fact => Boolean(f));
      return verdictOf('unverifiable', 'other-basis', 'counts-decrees', `The page counts decrees; the sources count rounds, and ${holdsForRound(facts[0], target.rounds.find((r) => r.round === facts[0].round)!, kb).replace(/^The/, 'the')}`, facts, target.rounds);
    }
    return verdictOf('unverifiable', 'not-in-kb', 'no-round-figure', `The sources give no figure for ${labelOf(claim.kind)} in ${refersTo}.`, [], target.rounds);
  }
  // a round agrees when any accepted figure of it does; it differs only when all of them do
  const judged = byRound.map(({ round, facts }) => {
    const agreements = facts.map((f) => roundAgreement(claim, f.value));
    const best = agreements.includes('match') ? 'match' : agreements.includes('unclear') ? 'unclear' : 'mismatch';
    const shown = best === 'match' ? facts[agreements.indexOf('match')] : facts[0];
    return { round, fact: shown, facts, agreement: best as Agreement };
  });
  const match = judged.find((j) => j.agreement === 'match');
  if (match && (!target.unanimous || judged.length === target.rounds.length && judged.every((j) => j.agreement === 'match'))) {
    // ("pardoned 31 Ukrainian citizens": the release named by its people's country states that count too, when equal)
    const group = claim.namedGroup ? kb.roundFacts(claim.namedGroup, match.round.round).filter((f) => f.value === claim.value) : [];
    return verdictOf('supported', 'kb-match', 'holds', holdsForRound(match.fact, match.round, kb), [match.fact, ...group], [match.round]);
  }
  const shown = judged.map((j) => j.fact);
  const holds = () => judged.map((j) => holdsForRound(j.fact, j.round, kb)).join(' ');
  const undecided = (target.passing && target.rounds.length > 1 && !claim.monthCue)
    || (target.unanimous && (judged.length < target.rounds.length || judged.some((j) => j.agreement !== 'mismatch')));
  if (undecided) return verdictOf('unverifiable', 'unknown-round', 'rounds-differ', 'The KB cannot tell which round this figure is about, and the rounds it might be differ.', [], target.rounds);
  if (judged.some((j) => j.agreement === 'unclear')) return verdictOf('unverifiable', 'unknown-round', 'holds', holds(), shown, target.rounds);
  // decrees counted since the releases began: over that span sources count them differently (a round of two decrees, a
  // release by decree or not), so a count that differs is not judged; within one year it is
  if (claim.kind === 'round_ordinal' && claim.countsDecrees && !claim.countsInYear) {
    return verdictOf('unverifiable', 'other-basis', 'counts-decrees', `The page counts decrees since ${kb.since}, which sources count differently; ${holds().replace(/^The/, 'the')}`, shown, target.rounds);
  }
  // a count of one country's citizens or one destination, when the sentence names none: the KB holds several
  if (judged.some((j) => new Set(j.facts.map((f) => f.subject)).size > 1) && !claim.subject) {
    return verdictOf('unverifiable', 'not-pinned', 'holds', `Not checked: the sentence does not say which country it counts. ${holds()}`, shown, target.rounds, { unpinned: { code: 'which-country', rule: null } });
  }
  return verdictOf('contradicted', 'kb-differs', 'holds', holds(), shown, target.rounds);
}

/**
 * The facts a round holds for the claim's kind: every accepted value (sources that disagree, ordinals counted three
 * ways); for an ordinal of decrees, the decrees' count; for one country's citizens or one destination, that country's.
 */
function factsForClaim(claim: RawClaim, round: PardonRound, kb: KnowledgeIndex): Fact[] {
  let facts = kb.roundFacts(claim.kind, round.round);
  // (decrees counted within the year: the year's decrees, or its rounds where every one was a decree)
  if (claim.kind === 'round_ordinal' && claim.countsDecrees) facts = facts.filter((f) => f.convention === 'decrees' || (claim.countsInYear && f.convention === 'in-year'));
  if (claim.subject && facts.some((f) => f.subject)) facts = facts.filter((f) => !f.subject || sameSubject(f.subject, claim.subject!));
  return facts;
}

const sameSubject = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * A round's figure against what the page claims. "At least 10" for a round of 18 is true as written: an early,
 * partial count, not an error; far beyond the hedge ("over 5" for 37) it is only unclear.
 */
function roundAgreement(claim: RawClaim, value: number): Agreement {
  const agreement = agree(claimInterval(claim), factInterval(value, null), 0, claim.hedge);
  if (agreement !== 'unclear') return agreement;
  const lowerBound = claim.hedge?.cls === 'lower' || claim.hedge?.cls === 'lowerStrict';
  return lowerBound && value >= claim.value && value <= claim.value * 2 ? 'match' : 'unclear';
}

/**
 * A headline reports the news of the day. On a dated page whose round the figures do not single out, a
 * headline figure is judged against every round current at that date: right or wrong for all of them.
 */
function currentRoundsOfLead(claim: RawClaim, time: PageTime): { rounds: PardonRound[]; passing: boolean; unanimous: boolean } | null {
  if (claim.position !== 'headline' || claim.monthCue || claim.otherTime || !time.published || time.beyondHorizon || time.main) return null;
  if (claim.kind === 'round_ordinal' || time.candidates.length === 0) return null;
  return { rounds: time.candidates, passing: false, unanimous: true };
}

/** A round's totals a claim may be read as, by where they start (since July 2024, in one year, since 2020). */
interface RoundTotals { round: PardonRound; facts: Fact[]; fact: Fact }

/**
 * The starts a total may count from, as its sentence scopes it: "since July" the count's start, "this year" (or "in"
 * a year) that year's, an unscoped total either; "since 2020" and the like the other starts the KB holds.
 */
function allowedStarts(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): ((since: string) => boolean) | null {
  const start = kb.kb.calendar?.start.month ?? kb.rounds[0]?.month;
  const years = kb.kb.calendar?.years ?? {};
  const yearStarts = new Set([start, ...Object.values(years).map((y) => y.since)]);
  if (claim.scope === 'since-july') return (since) => since === start;
  if (claim.scope === 'this-year') {
    const year = claim.scopeYear ?? Number((time.published ?? time.main?.window.to ?? '').slice(0, 4)) - (claim.lastYear ? 1 : 0);
    const own = years[String(year)]?.since ?? (year === kb.thisYear ? start : undefined);
    return own ? (since) => since === own : null;
  }
  // "since 2020": the KB's totals from that year, when it holds some; otherwise any other start
  // ("freed more than 800 since 2024": the year the count began holds its start)
  if (claim.scope === 'other') return claim.scopeYear ? (since) => since === String(claim.scopeYear) || (since === start && start.startsWith(String(claim.scopeYear))) : (since) => !yearStarts.has(since);
  return (since) => yearStarts.has(since);
}

function judgeTotal(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): Judgement {
  const allowed = allowedStarts(claim, time, kb);
  const start = kb.kb.calendar?.start.month ?? kb.rounds[0]?.month;
  const sinceOf = (f: Fact) => f.since ?? start;
  const agreeing = (value: number) => agree(claimInterval(claim), factInterval(value, null), 0, claim.hedge);
  const totalsOf = (accept: (since: string) => boolean): RoundTotals[] => kb.rounds.flatMap((round) => {
    const facts = kb.roundFacts('running_total', round.round).filter((f) => (f.basis ?? 'pardons') === 'pardons' && accept(sinceOf(f)));
    const hit = facts.find((f) => agreeing(f.value) === 'match');
    return facts.length ? [{ round, facts, fact: hit ?? facts[0] }] : [];
  });
  const hits = (t: RoundTotals) => t.facts.some((f) => agreeing(f.value) === 'match');
  // the count since the start: what a reader is told the total was
  const main = totalsOf((since) => since === start);
  if (main.length === 0) return verdictOf('unverifiable', 'not-in-kb', 'no-total', 'The KB holds no running total.', []);
  const latest = main[main.length - 1];
  const year = Number((time.published ?? '').slice(0, 4));
  if (!allowed) {
    return verdictOf('unverifiable', 'other-basis', 'this-year', `"This year" in a ${year || 'later'} page may count only that year's pardons; the KB counts since ${kb.since}.`, [], [], { year: year || null });
  }
  const totals = totalsOf(allowed);
  // "с конца ноября помилованы 156", "since late November, 156": a count from the month the sentence names, judged by the
  // KB's count from that month after the page's round, when it holds one
  const fromMonth = claim.scope === 'other' && claim.sinceMonth && time.main
    ? kb.roundFacts('running_total', time.main.round).filter((f) => (f.basis ?? 'pardons') === 'pardons' && Number(f.since?.slice(5, 7)) === claim.sinceMonth) : [];
  if (fromMonth.length) {
    const hit = fromMonth.find((f) => agreeing(f.value) === 'match');
    return verdictOf(hit ? 'supported' : 'contradicted', hit ? 'kb-match' : 'kb-differs', 'holds', holdsForRound(hit ?? fromMonth[0], time.main!, kb), [hit ?? fromMonth[0]], [time.main!]);
  }
  if (claim.scope === 'other' && !totals.some(hits)) return verdictOf('unverifiable', 'other-basis', 'other-start', `This total counts from another starting point or by another measure; the KB counts pardons since ${kb.since}.`, []);
  if (time.beforeStart) return verdictOf('unverifiable', 'not-in-kb', 'before-start', `The page is dated ${time.published}, before the first round the KB knows (${kb.since}).`, [], [], { pageDate: time.published });
  if (time.beyondHorizon && !time.main && !claim.monthCue) return judgeTotalAfterHorizon(claim, time, kb, main, latest);
  // a total tied to a month ("by the end of August", a table row) is the total after that month's round
  if (claim.monthCue && claim.monthCue.relative !== 'this-month') {
    const bound = roundsForClaim(claim, time, kb);
    if (!bound) return verdictOf('unverifiable', time.beyondHorizon ? 'beyond-horizon' : 'unknown-round', 'cannot-place-month', 'The KB cannot place the month this total refers to.', [], [], { pageDate: time.published });
    const candidates = totals.filter((t) => bound.rounds.includes(t.round));
    // (no total of that start after the month's rounds: nothing to judge by, as below)
    if (candidates.length === 0) return verdictOf('unverifiable', 'other-basis', 'no-total-of-start', `The KB holds no total of that start for ${bound.rounds.map(describeRound).join(' or ')}; it counts since ${kb.since}.`, [], [], { rounds: bound.rounds.map((r) => r.round) });
    const hit = candidates.find(hits);
    if (hit) return verdictOf('supported', 'kb-match', 'holds', holdsForRound(hit.fact, hit.round, kb), [hit.fact], [hit.round]);
    return verdictOf('contradicted', 'kb-differs', 'holds', candidates.map((t) => holdsForRound(t.fact, t.round, kb)).join(' '), candidates.map((t) => t.fact), bound.rounds);
  }
  // "В 2024 году помилованы 227" on a later page: a past year's total is the one after that year's last round
  const scopeYear = claim.scopeYear ?? (claim.lastYear && time.published ? Number(time.published.slice(0, 4)) - 1 : undefined);
  const pastYear = claim.scope === 'this-year' && scopeYear && time.published && scopeYear < Number(time.published.slice(0, 4))
    ? totals.filter((t) => t.round.window.from.startsWith(String(scopeYear))) : [];
  if (pastYear.length) {
    const last = pastYear[pastYear.length - 1];
    return verdictOf(hits(last) ? 'supported' : 'contradicted', hits(last) ? 'kb-match' : 'kb-differs', 'holds', holdsForRound(last.fact, last.round, kb), [last.fact], [last.round]);
  }
  const current = time.main ? [time.main] : time.published ? time.candidates : [];
  if (current.length === 0) return verdictOf('unverifiable', 'unknown-round', 'no-page-round', 'The KB cannot tell which round of pardons this page is about, so it cannot judge a running total.', []);
  const currentTotals = totals.filter((t) => current.includes(t.round));
  if (currentTotals.length === 0) return verdictOf('unverifiable', 'other-basis', 'no-total-of-start', `The KB holds no total of that start for ${current.map(describeRound).join(' or ')}; it counts since ${kb.since}.`, [], [], { rounds: current.map((r) => r.round) });
  const match = currentTotals.find(hits);
  if (match) return verdictOf('supported', 'kb-match', 'holds', holdsForRound(match.fact, match.round, kb), [match.fact], [match.round]);
  const first = Math.min(...current.map((r) => r.round));
  // an earlier total that no later round repeats (rounds that pardoned no one leave the total as it was)
  const stale = totals.find((t) => t.round.round < first && hits(t) && !currentTotals.some((c) => c.facts.some((f) => f.value === t.fact.value)));
  const now = currentTotals[currentTotals.length - 1];
  // "earlier, he had pardoned 78 in all": the page itself dates the total before its round
  if (stale && claim.otherTime) return verdictOf('supported', 'kb-match', 'holds', holdsForRound(stale.fact, stale.round, kb), [stale.fact], [stale.round]);
  // "more than 430" when the total is 570: literally true now, though an earlier total matches it too
  const literallyTrueNow = (claim.hedge?.cls === 'lower' || claim.hedge?.cls === 'lowerStrict') && currentTotals.some((t) => t.facts.some((f) => agreeing(f.value) === 'unclear'));
  if (stale && !literallyTrueNow) {
    return verdictOf('outdated', 'earlier-time', 'outdated', `${stale.fact.value} was the total after ${describeRound(stale.round)}; this report is about ${describeRound(now.round)}, after which the total was ${now.fact.value} ${attribution(now.fact, kb)}.`, [now.fact, stale.fact], current);
  }
  if (currentTotals.some((t) => t.facts.some((f) => agreeing(f.value) === 'unclear'))) return verdictOf('unverifiable', 'unknown-round', 'holds', holdsForRound(now.fact, now.round, kb), [now.fact], current);
  return verdictOf('contradicted', 'kb-differs', 'holds', currentTotals.map((t) => holdsForRound(t.fact, t.round, kb)).join(' '), currentTotals.map((t) => t.fact), current);
}

/**
 * A total on a page dated after what the KB knows, whose round it cannot tell: rounds the KB never saw may
 * be in it. Totals only grow, so a figure the KB already knows to have been passed is outdated, and a lower
 * bound the KB's latest total already meets ("over 200") is true whatever came after.
 */
function judgeTotalAfterHorizon(claim: RawClaim, time: PageTime, kb: KnowledgeIndex, totals: RoundTotals[], latest: RoundTotals): Judgement {
  const agreeing = (value: number) => agree(claimInterval(claim), factInterval(value, null), 0, claim.hedge);
  const lowerBound = claim.hedge?.cls === 'lower' || claim.hedge?.cls === 'lowerStrict';
  if (lowerBound && claimInterval(claim).lo <= latest.fact.value) {
    return verdictOf('supported', 'kb-match', 'totals-grow', `By ${describeRound(latest.round)}, ${latest.fact.value} people had been pardoned since ${kb.since} ${attribution(latest.fact, kb)}; totals only grow.`, [latest.fact]);
  }
  // within the time the KB's last round may have happened, its total is the latest the page could know
  if (agreeing(latest.fact.value) === 'match' && time.published! <= latest.round.window.to) {
    return verdictOf('supported', 'kb-match', 'holds', holdsForRound(latest.fact, latest.round, kb), [latest.fact], [latest.round]);
  }
  const stale = agreeing(latest.fact.value) !== 'match' ? totals.find((t) => t.round !== latest.round && agreeing(t.fact.value) === 'match') : undefined;
  if (stale) {
    return verdictOf('outdated', 'earlier-time', 'outdated-after-horizon', `${stale.fact.value} was the total after ${describeRound(stale.round)}; after ${describeRound(latest.round)} it was already ${latest.fact.value}, and the page is dated ${time.published}.`, [stale.fact, latest.fact], [], { pageDate: time.published });
  }
  return verdictOf('unverifiable', 'beyond-horizon', 'total-by-horizon', `${horizonNote(time, kb)}; by then the total since ${kb.since} was ${latest.fact.value} ${attribution(latest.fact, kb)}, and rounds the KB has not seen may have followed.`, [latest.fact], [], { pageDate: time.published });
}

/** When the page's figures were meant to be true: its date, else the round it reports on. */
function pageWindow(time: PageTime): DateWindow | null {
  if (time.published) return { from: addDays(time.published, -20), to: time.published };
  return time.main?.window ?? null;
}

function describeHeld(fact: Fact, kb: KnowledgeIndex): string {
  const hedge = fact.hedge ? `${fact.hedge.text} ` : '';
  return `${hedge}${formatCount(fact.value)} in ${describeWindow(fact.window!)} ${attribution(fact, kb)}`;
}

function judgeHeld(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): Judgement {
  const all = kb.factsOfKind('prisoners_held');
  const coverage = { from: all.reduce((m, f) => (f.window!.from < m ? f.window!.from : m), '9999'), to: all.reduce((m, f) => (f.window!.to > m ? f.window!.to : m), '0000') };
  const window = pageWindow(time);
  // counts change every week: only the KB's counts of the page's own time can judge it
  if (window && !overlaps(window, { from: addDays(coverage.from, -20), to: coverage.to })) {
    return verdictOf('unverifiable', window.to > coverage.to ? 'beyond-horizon' : 'not-in-kb', 'held-coverage', `The KB's counts of political prisoners cover ${describeWindow(coverage)} only; this page is from another time (${time.published ?? 'undated'}).`, [], [], { pageDate: time.published });
  }
  // "down from 1,265 a year earlier", "против 1265 годом ранее": a count of an earlier time, which the sentence does not
  // date: held true where the KB has such a count before the page's weeks, never judged against the page's own
  // ("a year earlier", "годом ранее": the counts of that time, give or take six weeks, judge it as the page's own would)
  if (claim.yardstick && window) {
    const yearBefore = claim.yearEarlier ? { from: addDays(window.from, -365 - 45), to: addDays(window.to, -365 + 45) } : null;
    const earlier = all.filter((f) => (yearBefore ? overlaps(f.window!, yearBefore) : f.window!.from < addDays(window.from, -20)));
    const matching = (f: Fact) => agree(claimInterval(claim), factInterval(f.value, f.hedge), 0.05, claim.hedge);
    const held = earlier.filter((f) => matching(f) === 'match').sort((a, b) => (a.window!.from < b.window!.from ? 1 : -1))[0];
    if (held) return verdictOf('supported', 'kb-match', 'held-earlier', `Political prisoners held earlier: ${describeHeld(held, kb)}.`, [held]);
    if (yearBefore && earlier.length && earlier.every((f) => matching(f) === 'mismatch')) return verdictOf('contradicted', 'kb-differs', 'held-differs', `Counts of political prisoners at the time: ${earlier.map((f) => describeHeld(f, kb)).join('; ')}.`, earlier);
    return verdictOf('unverifiable', 'monitors-differ', 'held-earlier-unknown', `The figure is a count of an earlier time; the KB's counts of earlier times: ${earlier.map((f) => describeHeld(f, kb)).join('; ') || 'none'}.`, earlier);
  }
  const inTime = window ? all.filter((f) => overlaps(f.window!, { from: addDays(window.from, -20), to: addDays(window.to, 20) })) : all;
  const facts = inTime.length ? inTime : all;
  const results = facts.map((fact) => ({ fact, agreement: vagueAgrees(claim.value, claim.hedge, fact.value) ? 'match' as const : agree(claimInterval(claim), factInterval(fact.value, fact.hedge), 0.05, claim.hedge) }));
  const listing = () => facts.map((f) => describeHeld(f, kb)).join('; ');
  // of the counts that agree, cite the closest: the page most likely repeats that one
  const distance = (f: Fact) => Math.abs(f.value - claim.value) * 1000 + (window ? daysBetweenCentres(f.window!, window) : 0);
  const supporting = results.filter((r) => r.agreement === 'match').sort((a, b) => distance(a.fact) - distance(b.fact))[0];
  if (supporting) return verdictOf('supported', 'kb-match', 'held-supported', `Political prisoners still held: ${describeHeld(supporting.fact, kb)}.`, [supporting.fact]);
  if (!window) return verdictOf('unverifiable', 'unknown-time', 'held-unknown-time', `The page's time is unknown; the KB's counts are ${listing()}.`, facts);
  if (results.some((r) => r.agreement === 'unclear')) return verdictOf('unverifiable', 'monitors-differ', 'held-close', `Close to, but not within, the counts of the time: ${listing()}.`, facts);
  // no count of the page's own weeks: the counts of other times cannot say it is wrong
  if (!inTime.length) return verdictOf('unverifiable', 'monitors-differ', 'held-no-count', `The KB holds no count from within three weeks of the page's date; its counts of other times: ${listing()}.`, facts);
  return verdictOf('contradicted', 'kb-differs', 'held-differs', `Counts of political prisoners at the time: ${listing()}.`, facts);
}

function daysBetweenCentres(a: DateWindow, b: DateWindow): number {
  const centre = (w: DateWindow) => (Date.parse(w.from) + Date.parse(w.to)) / 2;
  return Math.abs(centre(a) - centre(b)) / 86_400_000;
}

function judgeContext(claim: RawClaim, time: PageTime, kb: KnowledgeIndex): Judgement {
  // "the sixth pardon decree of the year": the page's round counted among decrees, as the KB's ordinals count them
  if (claim.kind === 'decrees_signed' && time.main) {
    const round = time.main;
    const decreeOrdinal = kb.roundFacts('round_ordinal', round.round).find((f) => (f.convention === 'decrees' || f.convention === 'in-year') && f.value === claim.value);
    if (decreeOrdinal) return verdictOf('supported', 'kb-match', 'holds', holdsForRound(decreeOrdinal, round, kb), [decreeOrdinal], [round]);
  }
  let facts = kb.factsOfKind(claim.kind);
  if (claim.kind === 'sentence_years') facts = facts.filter((f) => f.subject === claim.subject);
  // a count that grows is judged against the KB's counts of the page's own time, when it holds some
  const pageTime = pageWindow(time);
  if (GROWING.includes(claim.kind) && pageTime) {
    const near = { from: addDays(pageTime.from, -30), to: addDays(pageTime.to, 30) };
    const ofTheTime = facts.filter((f) => !f.window || overlaps(f.window, near));
    if (ofTheTime.some((f) => f.window)) facts = ofTheTime;
  }
  // a term is pinned by the election the sentence names (its year), or that its verb and the page's date imply
  const election = claim.kind === 'term_number' ? electionOfTerm(claim, time, kb, facts) : null;
  if (election) facts = facts.filter((f) => f.subject === election);
  // name a person only where the KB holds a figure for them: otherwise say what cannot be judged, naming no one
  if (facts.length === 0) return verdictOf('unverifiable', 'not-in-kb', 'no-figure', `The KB holds no figure for ${labelOf(claim.kind)}.`, []);
  const describe = (f: Fact) => describeContextFact(f, kb);
  const results: { fact: Fact; agreement: Agreement }[] = facts.map((fact) => {
    if (claim.kind === 'election_day' && claim.month !== kb.election?.month) return { fact, agreement: 'mismatch' };
    const zone = GROWING.includes(claim.kind) ? 0.05 : 0;
    if (vagueAgrees(claim.value, claim.hedge, fact.value)) return { fact, agreement: 'match' };
    return { fact, agreement: agree(claimInterval(claim), factInterval(fact.value, fact.hedge), zone, claim.hedge) };
  });
  const supporting = results.find((r) => r.agreement === 'match');
  if (supporting) return verdictOf('supported', 'kb-match', 'context', describe(supporting.fact), [supporting.fact]);
  // detentions are not arrests: another count, whatever its size
  // estimates of arrests and exile differ between counters and grow with time: within a factor of two, another estimate
  if (ESTIMATES.includes(claim.kind) && facts.some((f) => claim.value >= f.value / 2 && claim.value < f.value * 2)) return verdictOf('unverifiable', 'monitors-differ', 'estimates-differ', `Estimates differ between counters and over time. ${facts.map(describe).join(' ')}`, facts);
  // ("some 300,000 were forced to leave" against "at least 13,000": many times the KB's lower bound, a count of something
  // else, all who left; a count a little above it, "26,000", still differs from what the sources say)
  if (ESTIMATES.includes(claim.kind) && facts.some((f) => (f.hedge?.cls === 'lower' || f.hedge?.cls === 'lowerStrict') && claim.value >= f.value * 5)) return verdictOf('unverifiable', 'monitors-differ', 'estimates-differ', `Estimates differ between counters and over time, and the KB's is a lower bound. ${facts.map(describe).join(' ')}`, facts);
  if (claim.kind === 'term_number' && !election) return verdictOf('unverifiable', 'unknown-time', 'unknown-term', `The KB cannot tell which term is meant. ${facts.map(describe).join(' ')}`, facts);
  if (results.some((r) => r.agreement === 'unclear')) return verdictOf('unverifiable', 'monitors-differ', 'context', facts.map(describe).join(' '), facts);
  const timed = facts.filter((f) => f.window);
  const window = pageWindow(time);
  if (GROWING.includes(claim.kind) && (!window || timed.some((f) => !overlaps(f.window!, { from: addDays(window.from, -30), to: addDays(window.to, 30) })))) {
    return verdictOf('unverifiable', 'not-in-kb', 'changes-over-time', `This figure changes over time and the page's time differs from the KB's. ${facts.map(describe).join(' ')}`, facts);
  }
  return verdictOf('contradicted', 'kb-differs', 'context', facts.map(describe).join(' '), facts);
}

/**
 * The election (its year, as the KB's term facts name it) a term figure refers to: the year the sentence names, when
 * the KB holds a term for it; else, from the page's date, the next election for a term sought, the last for one won.
 */
function electionOfTerm(claim: RawClaim, time: PageTime, kb: KnowledgeIndex, facts: Fact[]): string | null {
  const held = new Set(facts.map((f) => f.subject));
  const date = time.published ?? time.main?.window.to;
  // ("seeking a seventh term after claiming another in 2020": a term sought is never an earlier year's)
  const yearPast = claim.term === 'sought' && claim.termYear !== undefined && date !== undefined && claim.termYear < Number(date.slice(0, 4));
  if (claim.termYear && held.has(String(claim.termYear)) && !yearPast) return String(claim.termYear);
  const elections = (kb.kb.calendar?.elections ?? []).filter((e) => held.has(e.date.slice(0, 4)));
  if (!date || !claim.term || elections.length === 0) return null;
  const chosen = claim.term === 'sought' ? elections.find((e) => e.date >= date.slice(0, e.date.length)) : elections.filter((e) => e.date < date.slice(0, e.date.length)).at(-1);
  return chosen?.date.slice(0, 4) ?? null;
}

/** What a kind counts, in words that name no particular person, round or time. */
const KIND_WORDS: Partial<Record<ClaimKind, string>> = {
  round_size: 'people pardoned', round_women: 'women among them', round_men: 'men among them',
  round_chronically_ill: 'chronically ill among them', round_disabled: 'disabled among them', round_over_50: 'people over 50 among them',
  round_under_25: 'people under 25 among them', round_pensioners: 'pensioners among them', round_with_children: 'parents among them',
  round_with_disabled_children: 'parents of disabled children among them', round_married_couples: 'married couples among them',
  round_political: 'people convicted on political or "extremism" charges among them', round_destination: 'where those freed were sent',
  round_drug_offences: 'drug convicts among them', round_foreigners: 'foreign citizens among them', round_nationals: 'citizens of one country among them',
  round_under_40: 'people under 40 among them', round_large_families: 'parents of large families among them', round_minors: 'people who offended as minors among them',
  round_ordinal: 'the round\'s place in the count', decrees_signed: 'pardon decrees signed (the KB counts rounds, not decrees)', sentence_years: 'this sentence', years_in_power: 'years in power', term_number: 'this term',
  exiled: 'people forced into exile', arrested_crackdown: 'arrests in the crackdown after the disputed election', arrested_last_week: 'arrests in a week',
  recognised_total: 'people recognised as political prisoners since the crackdown began', newly_recognised: 'people newly recognised as political prisoners', in_power_since: 'the year Lukashenka took power',
  election_day: 'the election day', prisoners_held: 'political prisoners still held', running_total: 'people pardoned since the count began',
};

function labelOf(kind: ClaimKind): string {
  return KIND_WORDS[kind] ?? kind.replace(/_/g, ' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
