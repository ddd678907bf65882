/**
 * From records to the curated KB: the rounds' time windows, the reports' times, running totals, ordinals, labels,
 * the calendar and the horizon are all derived here, each with the inputs it rests on. Pure: records in, KB out.
 * The builder (buildKnowledge.ts) then finds every figure in the sources and adds where it stands.
 */
import { addDays, monthName, ORDINAL_WORDS } from '../extension/engine/time';
import type { ClaimKind, DateWindow, Fact, KnowledgeBase, PardonRound, SourceArticle, SourceError } from '../extension/engine/types';
import type { AgreeingRecord, DateBound, ErrorRecord, RecordSet, RoundRecord, SourceRecord } from './records';

/**
 * What each kind counts, in words. {start} is the month the count starts ("July 2024"), {election} the election's
 * month ("January 2025"), {round} the ordinal of the round the fact's source reports ("fifth").
 */
export const KIND_LABELS: Record<ClaimKind, string> = {
  round_size: 'people pardoned', round_women: 'women among them', round_men: 'men among them',
  round_chronically_ill: 'chronically ill among them', round_disabled: 'disabled among them',
  round_over_50: 'aged over 50 among them', round_under_25: 'aged under 25 among them',
  round_pensioners: 'pensioners among them', round_with_children: 'parents among them',
  round_with_disabled_children: 'parents of disabled children among them', round_married_couples: 'married couples among them',
  round_political: 'convicted on political or "extremism" charges among them', round_destination: 'sent to one country among them',
  round_drug_offences: 'convicted of drug offences among them', round_foreigners: 'foreign citizens among them',
  round_nationals: 'citizens of one country among them', round_under_40: 'aged under 40 among them',
  round_large_families: 'parents of large families among them', round_minors: 'convicted of an offence committed as a minor among them', decrees_signed: 'pardon decrees signed',
  round_ordinal: 'the ordinal of the round', running_total: 'people pardoned since {start}',
  prisoners_held: 'political prisoners still held', recognised_since_2020: 'people recognised as political prisoners since 2020',
  exiled: 'people forced into exile since 2020', arrested_2020: 'people arrested in the 2020 protests',
  arrested_last_week: 'people arrested in the week before the {round} round', sentence_years: 'years of prison sentence',
  in_power_since: 'year Lukashenka took power', term_number: 'presidential term', years_in_power: "years of Lukashenka's rule",
  election_day: 'day of the presidential election ({election})',
};

/** Days of a month that "early", "mid" and "late" cover (loose, overlapping: the sources say no more). */
export const MONTH_PARTS = { early: [1, 15], mid: [10, 20], late: [20, 31] } as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const ordinalWord = (n: number): string => ORDINAL_WORDS[n] ?? `${n}th`;

/** "2024-11-12" → "12 November 2024" */
export function dayWords(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${monthName(Number(iso.slice(5, 7)))} ${iso.slice(0, 4)}`;
}

/** "2024-07" → "July 2024" */
export function monthWords(month: string): string {
  return `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
}

function lastDay(month: string): number {
  const [year, m] = month.split('-').map(Number);
  return Number(addDays(`${m === 12 ? year + 1 : year}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`, -1).slice(8));
}

const dayOf = (month: string, day: number) => `${month}-${String(Math.min(day, lastDay(month))).padStart(2, '0')}`;
const weekdayOf = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];

/** Why a bound holds: a source's words, or the round before or after it. */
type Why = { text: string } | { after: number } | { before: number };

interface Timing {
  round: number;
  from: string;
  to: string;
  fromWhy: Why | null;
  toWhy: Why | null;
}

const NO_DATE_FROM = '0000-01-01';
const NO_DATE_TO = '9999-12-31';

function whyWords(why: Why | null): string {
  if (!why) return '';
  if ('text' in why) return why.text;
  if ('after' in why) return `it follows the ${ordinalWord(why.after)} round`;
  return `it precedes the ${ordinalWord(why.before)} round`;
}

/** True when the report carries its own date; otherwise it is taken to be written while its round was the news. */
const isDated = (s: SourceRecord) => Boolean(s.dated);

/**
 * Each round's window: its month (and part of it) where a source gives one, the bounds its records and its undated
 * reports give, then the order of the rounds (each at least a day after the one before), to a fixed point.
 */
function roundTimings(rounds: RoundRecord[], sources: SourceRecord[], problems: string[]): Timing[] {
  const timings: Timing[] = rounds.map((r) => {
    const t: Timing = { round: r.round, from: NO_DATE_FROM, to: NO_DATE_TO, fromWhy: null, toWhy: null };
    if (r.time.month) {
      const [first, last] = r.time.part ? MONTH_PARTS[r.time.part] : [1, 31];
      t.from = dayOf(r.time.month, first);
      t.to = dayOf(r.time.month, last);
      t.fromWhy = t.toWhy = { text: r.time.reasoning };
    }
    const bounds: [DateBound | undefined, 'from' | 'to'][] = [[r.time.notBefore, 'from'], [r.time.notAfter, 'to']];
    for (const s of sources.filter((s) => s.aboutRound === r.round)) {
      // a report without a date line tells its round as the day's news: what bounds the report bounds the round
      if (!isDated(s)) bounds.push([s.notBefore, 'from'], [s.notAfter, 'to']);
      else bounds.push([{ date: s.dated!, why: `${s.id} is dated ${dayWords(s.dated!)} and reports it` }, 'to']);
    }
    for (const [bound, side] of bounds) {
      if (!bound) continue;
      if (side === 'from' && bound.date > t.from) [t.from, t.fromWhy] = [bound.date, { text: bound.why }];
      if (side === 'to' && bound.date < t.to) [t.to, t.toWhy] = [bound.date, { text: bound.why }];
    }
    return t;
  });
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < timings.length; i++) {
      const [t, r] = [timings[i], rounds[i]];
      if (i > 0 && timings[i - 1].from !== NO_DATE_FROM && addDays(timings[i - 1].from, 1) > t.from) {
        [t.from, t.fromWhy, changed] = [addDays(timings[i - 1].from, 1), { after: timings[i - 1].round }, true];
      }
      const next = timings[i + 1];
      if (next && next.to !== NO_DATE_TO && addDays(next.to, -1) < t.to) [t.to, t.toWhy, changed] = [addDays(next.to, -1), { before: next.round }, true];
      if (r.time.weekday && t.from !== NO_DATE_FROM && t.to !== NO_DATE_TO && t.from <= t.to) {
        const day = r.time.weekday;
        const then = (why: Why | null, which: string) => (why && 'text' in why && why.text === r.time.reasoning ? `the ${which} ${day} of the month` : `${whyWords(why)}; the ${which} ${day} ${which === 'first' ? 'from' : 'before'} then`);
        let [from, to] = [t.from, t.to];
        while (weekdayOf(from) !== day && from < to) from = addDays(from, 1);
        while (weekdayOf(to) !== day && to > from) to = addDays(to, -1);
        if (from !== t.from) [t.from, t.fromWhy, changed] = [from, { text: then(t.fromWhy, 'first') }, true];
        if (to !== t.to) [t.to, t.toWhy, changed] = [to, { text: then(t.toWhy, 'last') }, true];
      }
    }
  }
  for (const t of timings) {
    if (t.from === NO_DATE_FROM) problems.push(`round ${t.round}: nothing bounds its time from below (give a month, a notBefore, or an earlier round).`);
    if (t.to === NO_DATE_TO) problems.push(`round ${t.round}: nothing bounds its time from above (give a month, a notAfter, or a report's notAfter).`);
    if (t.from > t.to) problems.push(`round ${t.round}: its time bounds contradict each other (from ${t.from}: ${whyWords(t.fromWhy)}; to ${t.to}: ${whyWords(t.toWhy)}).`);
  }
  return timings;
}

function roundTimeReasoning(r: RoundRecord, t: Timing): string {
  const parts = [r.time.reasoning];
  const fromMonth = r.time.month && t.fromWhy && 'text' in t.fromWhy && t.fromWhy.text === r.time.reasoning;
  const toMonth = r.time.month && t.toWhy && 'text' in t.toWhy && t.toWhy.text === r.time.reasoning;
  if (t.from === t.to && whyWords(t.fromWhy) === whyWords(t.toWhy)) parts.push(`on ${dayWords(t.from)}: ${whyWords(t.fromWhy)}`);
  else {
    if (!fromMonth) parts.push(`from ${dayWords(t.from)}: ${whyWords(t.fromWhy)}`);
    if (!toMonth) parts.push(`by ${dayWords(t.to)}: ${whyWords(t.toWhy)}`);
  }
  return `${parts.join('; ')}.`;
}

/** The chain of reasons behind a round's earliest date, in words: "the eighth round follows the seventh, …". */
function earliestChain(round: number, timings: Map<number, Timing>): string {
  let t = timings.get(round)!;
  let chain = `the ${ordinalWord(t.round)} round`;
  while (t.fromWhy && 'after' in t.fromWhy) {
    chain += ` follows the ${ordinalWord(t.fromWhy.after)}, which`;
    t = timings.get(t.fromWhy.after)!;
  }
  return `${chain} can be no earlier than ${dayWords(t.from)}: ${whyWords(t.fromWhy)}`;
}

const sortedUnion = (...lists: (string[] | undefined)[]) => [...new Set(lists.flatMap((l) => l ?? []))].sort();

export interface Derived {
  kb: KnowledgeBase;
  problems: string[];
}

export function deriveKnowledge(records: RecordSet): Derived {
  const problems: string[] = [];
  const sources = [...records.sources];
  const byId = new Map(sources.map((s) => [s.id, s]));
  for (const id of new Set(sources.map((s) => s.id))) if (sources.filter((s) => s.id === id).length > 1) problems.push(`source id ${id} is used by more than one record.`);
  const rounds = [...records.rounds].sort((a, b) => a.round - b.round);
  rounds.forEach((r, i) => {
    if (r.round !== i + 1) problems.push(`rounds must be numbered 1, 2, 3… without gaps or repeats; found round ${r.round} where round ${i + 1} was expected.`);
  });
  const sourceIds = (ids: string[] | undefined, where: string) => {
    for (const id of ids ?? []) if (!byId.has(id)) problems.push(`${where} names source ${id}, which no source record has.`);
  };
  for (const s of sources) if (!rounds.some((r) => r.round === s.aboutRound)) problems.push(`source ${s.id} is about round ${s.aboutRound}, which no round record has.`);

  const timingList = roundTimings(rounds, sources, problems);
  const timings = new Map(timingList.map((t) => [t.round, t]));
  const pardonRounds: PardonRound[] = rounds.map((r) => {
    const t = timings.get(r.round)!;
    const window = { from: t.from, to: t.to };
    return {
      round: r.round,
      month: r.time.month ?? t.to.slice(0, 7),
      ...(r.time.part ? { part: r.time.part } : {}),
      window,
      timeReasoning: roundTimeReasoning(r, t),
      ...(r.time.month ? {} : { monthGiven: false }),
    };
  });

  const articles: SourceArticle[] = sources.map((s) => {
    const round = timings.get(s.aboutRound);
    const written: DateWindow = isDated(s) ? { from: s.dated!, to: s.dated! } : { from: round?.from ?? NO_DATE_FROM, to: round?.to ?? NO_DATE_TO };
    const when = isDated(s)
      ? `It carries its date, ${dayWords(s.dated!)}.`
      : `It tells its round (the ${ordinalWord(s.aboutRound)}) as the day's news, so it was written within that round's window, ${dayWords(written.from)} to ${dayWords(written.to)}.`;
    return { file: s.file, id: s.id, outlet: s.outlet, aboutRound: s.aboutRound, written, timeReasoning: `${s.reasoning} ${when}`, ...(s.hasHeadline === false ? { hasHeadline: false } : {}) };
  });
  const articleOf = new Map(articles.map((a) => [a.id, a]));
  const fileOf = (id: string) => byId.get(id)?.file ?? id;

  const calendar = deriveCalendar(records, rounds, pardonRounds, articles, timings, problems);
  const labelOf = (kind: ClaimKind, override: string | undefined, statedIn: string[]) => {
    const template = override ?? KIND_LABELS[kind];
    const aboutRound = byId.get(statedIn[0])?.aboutRound;
    return template
      .replace('{start}', calendar.start.words)
      .replace('{election}', calendar.election ? monthWords(calendar.election.date.slice(0, 7)) : 'the election')
      .replace('{round}', aboutRound ? ordinalWord(aboutRound) : 'reported');
  };

  const facts: Fact[] = [];
  const sourceErrors: SourceError[] = [];
  const agreeingFigures: NonNullable<KnowledgeBase['agreeingFigures']> = [];
  const attach = (fact: Fact, agreeing: AgreeingRecord[] | undefined, errors: ErrorRecord[] | undefined, suffix = '') => {
    for (const a of agreeing ?? []) {
      sourceIds([a.source], `fact ${fact.id}: an agreeing figure`);
      agreeingFigures.push({ file: fileOf(a.source), kind: fact.kind, stated: a.stated, hedge: a.hedge, factId: fact.id, why: a.why });
    }
    for (const e of errors ?? []) {
      sourceIds([e.source], `fact ${fact.id}: a source error`);
      sourceErrors.push({ file: fileOf(e.source), kind: fact.kind, stated: e.stated, corrected: fact.value, why: `${e.why}${suffix}.` });
    }
  };

  let total = 0;
  const sizes: number[] = [];
  let sizeSources: string[] = [];
  let orderSources: string[] = [];
  for (const r of rounds) {
    const where = `round ${r.round}`;
    for (const f of r.figures) {
      sourceIds([...f.statedIn, ...(f.basedOn ?? [])], `${where}: ${f.kind}`);
      const fact: Fact = {
        id: `r${r.round}.${f.kind.replace('round_', '')}`, kind: f.kind, value: f.value, hedge: null, round: r.round,
        attributedTo: r.attributedTo, label: labelOf(f.kind, undefined, f.statedIn), statedIn: f.statedIn,
        ...(f.derivedFrom ? { derivedFrom: f.derivedFrom, basedOn: f.basedOn ?? [] } : {}),
      };
      facts.push(fact);
      attach(fact, f.agreeing, f.errors);
    }
    const size = r.figures.find((f) => f.kind === 'round_size');
    if (!size) continue;
    sizes.push(size.value);
    total += size.value;
    sizeSources = sortedUnion(sizeSources, size.statedIn, size.basedOn);
    orderSources = sortedUnion(orderSources, r.order.sources);
    sourceIds([...r.order.sources, ...(r.ordinal?.statedIn ?? []), ...(r.total?.statedIn ?? [])], where);
    const ordinalStated = r.ordinal?.statedIn ?? [];
    facts.push({
      id: `r${r.round}.ordinal`, kind: 'round_ordinal', value: r.round, hedge: null, round: r.round, label: KIND_LABELS.round_ordinal, statedIn: ordinalStated,
      ...(ordinalStated.length ? {} : { derivedFrom: `its place in date order (${r.order.basis})`, basedOn: orderSources }),
    });
    const totalStated = r.total?.statedIn ?? [];
    const totalFact: Fact = {
      id: `r${r.round}.total`, kind: 'running_total', value: total, hedge: null, round: r.round, label: labelOf('running_total', undefined, []), statedIn: totalStated,
      ...(totalStated.length ? {} : { derivedFrom: sizes.join(' + '), basedOn: sizeSources }),
    };
    facts.push(totalFact);
    attach(totalFact, r.total?.agreeing, r.total?.errors, `: the total after the ${ordinalWord(r.round)} round is ${total} (${sizes.join(' + ')})`);
  }

  for (const f of records.facts) {
    sourceIds([...f.statedIn, ...(f.asOf ?? []), ...(f.basedOn ?? [])], `fact ${f.id}`);
    const windows = (f.asOf ?? []).map((id) => articleOf.get(id)?.written).filter((w): w is DateWindow => Boolean(w));
    const window = windows.length ? { from: windows.map((w) => w.from).sort()[0], to: windows.map((w) => w.to).sort().at(-1)! } : undefined;
    const fact: Fact = {
      id: f.id, kind: f.kind, value: f.value, hedge: f.hedge ?? null,
      ...(f.subject ? { subject: f.subject } : {}), ...(window ? { window } : {}), ...(f.attributedTo ? { attributedTo: f.attributedTo } : {}),
      label: labelOf(f.kind, f.label, f.statedIn), statedIn: f.statedIn,
      ...(f.derivedFrom ? { derivedFrom: f.derivedFrom, basedOn: f.basedOn ?? [] } : {}),
    };
    if (facts.some((o) => o.id === fact.id)) problems.push(`fact id ${fact.id} is used twice.`);
    facts.push(fact);
    attach(fact, f.agreeing, f.errors);
  }
  const electionDay = facts.find((f) => f.kind === 'election_day');
  if (calendar.election && electionDay && electionDay.value !== Number(calendar.election.date.slice(8))) {
    problems.push(`the election is recorded as ${calendar.election.date}, but fact ${electionDay.id} gives the day as ${electionDay.value}.`);
  }
  sourceErrors.sort((a, b) => a.file.localeCompare(b.file) || a.stated - b.stated);

  const kb: KnowledgeBase = {
    // the engine reads `horizon` as the last date it may judge a page by the KB's rounds: the latest date, for now
    horizon: calendar.horizon,
    horizonReasoning: calendar.horizonReasoning,
    articles,
    rounds: pardonRounds,
    facts,
    sourceErrors,
    calendar,
    agreeingFigures,
  };
  return { kb, problems };
}

function deriveCalendar(records: RecordSet, rounds: RoundRecord[], pardonRounds: PardonRound[], articles: SourceArticle[], timings: Map<number, Timing>, problems: string[]): NonNullable<KnowledgeBase['calendar']> {
  const first = pardonRounds[0];
  const firstRecord = rounds[0];
  const startMonth = first ? (firstRecord.time.month ?? first.window.from.slice(0, 7)) : '0000-01';
  const startWords = monthWords(startMonth);
  const start = {
    month: startMonth,
    words: startWords,
    reasoning: first
      ? `The count of rounds starts with the first round the sources give, in ${startWords} (${firstRecord.time.sources.join(', ') || 'by its window'}): a total "since ${monthName(Number(startMonth.slice(5)))}" counts from it.`
      : 'No round is recorded.',
  };

  const startYear = Number(startMonth.slice(0, 4));
  const counting = articles.filter((a) => records.sources.find((s) => s.id === a.id)?.saysThisYear);
  const inStartYear = counting.filter((a) => a.written.from.startsWith(String(startYear)) && a.written.to.startsWith(String(startYear)));
  const unsure = counting.filter((a) => !inStartYear.includes(a));
  const thisYear = inStartYear.length
    ? {
        year: startYear,
        sources: inStartYear.map((a) => a.id),
        reasoning: `${inStartYear.map((a) => a.id).join(', ')} count rounds "this year" and were all written in ${startYear}, the year of the first round: their "this year" counts since ${startWords}.${unsure.length ? ` ${unsure.map((a) => a.id).join(', ')} may be from another year; their "this year" is not this one.` : ''}`,
      }
    : undefined;

  const recorded = records.calendar.election;
  const election = recorded ? { date: recorded.date, words: dayWords(recorded.date), statedIn: recorded.statedIn, reasoning: `${recorded.reasoning}.` } : undefined;

  const latest = [...articles].sort((a, b) => b.written.from.localeCompare(a.written.from) || b.aboutRound - a.aboutRound || b.id.localeCompare(a.id))[0];
  if (!latest) problems.push('no source is recorded.');
  const horizon = latest?.written.from ?? NO_DATE_FROM;
  const horizonLatest = articles.map((a) => a.written.to).sort().at(-1) ?? NO_DATE_TO;
  const lastOf = articles.find((a) => a.written.to === horizonLatest);
  const latestRecord = records.sources.find((s) => s.id === latest?.id);
  const earliestWhy = !latest
    ? ''
    : latestRecord?.dated
      ? `${latest.id} carries that date`
      : `a report without a date line is written while its round is the news, and ${earliestChain(latest.aboutRound, timings)}`;
  const lastWhy = !lastOf ? '' : records.sources.find((s) => s.id === lastOf.id)?.dated ? `${lastOf.id} carries that date` : whyWords(timings.get(lastOf.aboutRound)?.toWhy ?? null);
  const horizonReasoning = latest
    ? `The latest report is ${latest.id}, on the ${ordinalWord(latest.aboutRound)} round. It can have been written as early as ${dayWords(horizon)}: ${earliestWhy}. ` +
      (horizonLatest > horizon ? `The reports were all written by ${dayWords(horizonLatest)}: ${lastWhy}. ` : '') +
      `So the KB is complete up to ${dayWords(horizon)} only: a page dated later may count rounds it never saw` +
      (horizonLatest > horizon ? `, and a page dated after ${dayWords(horizonLatest)} is newer than every source it has.` : '.')
    : '';
  return { start, ...(thisYear ? { thisYear } : {}), ...(election ? { election } : {}), horizon, horizonLatest, latestSource: latest?.id ?? '', horizonReasoning };
}
