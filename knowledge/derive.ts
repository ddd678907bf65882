/**
 * From records to the curated KB: the rounds' time windows, the reports' times, running totals, ordinals, labels,
 * the calendar and the horizon are all derived here, each with the inputs it rests on. Pure: records in, KB out.
 * The builder (buildKnowledge.ts) then finds every figure in the sources and adds where it stands.
 */
import { addDays, monthName, ORDINAL_WORDS } from '../extension/engine/time';
import type { ClaimKind, DateWindow, Fact, KnowledgeBase, OrdinalConvention, PardonRound, SourceArticle, SourceError, SourceSpan } from '../extension/engine/types';
import type { AgreeingRecord, AtRecord, DateBound, ErrorRecord, RecordSet, RoundRecord, SourceRecord } from './records';

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
  prisoners_held: 'political prisoners still held', recognised_total: 'people recognised as political prisoners since 2020', newly_recognised: 'people newly recognised as political prisoners',
  exiled: 'people forced into exile since 2020', arrested_crackdown: 'people arrested in the 2020 protests',
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

/**
 * The day a report was written, when known: the date line its text carries, else the date its file's header gives
 * (the page store's date, or the date it inferred from the text). Otherwise it is taken to be written while its round
 * was the news.
 */
const dateOf = (s: SourceRecord): string | undefined => s.dated ?? s.published;
const isDated = (s: SourceRecord) => Boolean(dateOf(s));
const dateWhy = (s: SourceRecord) =>
  s.dated ? `${s.id} is dated ${dayWords(s.dated)}` : s.publishedInferred ? `${s.id} was published on ${dayWords(s.published!)} (the date the page store infers from its text)` : `${s.id} was published on ${dayWords(s.published!)}`;

/** Rounds that count in the ordinals outlets give: releases and decrees (negotiated and single releases are not numbered). */
const NUMBERED = new Set(['release', 'decree']);
const meansOf = (r: RoundRecord) => r.means ?? 'decree';
const isPardon = (r: RoundRecord) => r.pardon !== false;

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
    const bounds: [DateBound | undefined, 'from' | 'to'][] = [[r.time.notBefore, 'from'], [r.time.notAfter, 'to'], [r.time.on, 'from'], [r.time.on, 'to']];
    for (const s of sources.filter((s) => s.aboutRound === r.round)) {
      // a report without a date line tells its round as the day's news: what bounds the report bounds the round
      if (!isDated(s)) bounds.push([s.notBefore, 'from'], [s.notAfter, 'to']);
      else bounds.push([{ date: dateOf(s)!, why: `${dateWhy(s)} and reports it` }, 'to']);
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
      // each round is at least a day after the one before, unless the records allow the same day
      const gap = r.order.sameDay ? 0 : 1;
      if (i > 0 && timings[i - 1].from !== NO_DATE_FROM && addDays(timings[i - 1].from, gap) > t.from) {
        [t.from, t.fromWhy, changed] = [addDays(timings[i - 1].from, gap), { after: timings[i - 1].round }, true];
      }
      const next = timings[i + 1];
      const nextGap = rounds[i + 1]?.order.sameDay ? 0 : 1;
      if (next && next.to !== NO_DATE_TO && addDays(next.to, -nextGap) < t.to) [t.to, t.toWhy, changed] = [addDays(next.to, -nextGap), { before: next.round }, true];
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
  for (const s of sources) if (s.aboutRound !== null && !rounds.some((r) => r.round === s.aboutRound)) problems.push(`source ${s.id} is about round ${s.aboutRound}, which no round record has.`);

  const timingList = roundTimings(rounds, sources, problems);
  const timings = new Map(timingList.map((t) => [t.round, t]));
  const pardonRounds: PardonRound[] = rounds.map((r) => {
    const t = timings.get(r.round)!;
    const window = { from: t.from, to: t.to };
    const dates = Object.fromEntries(Object.entries(r.dates ?? {}).map(([k, d]) => [k, d!.date]));
    for (const d of Object.values(r.dates ?? {})) sourceIds(d!.sources, `round ${r.round}: dates`);
    for (const n of r.names ?? []) sourceIds(n.statedIn, `round ${r.round}: name ${n.name}`);
    return {
      round: r.round,
      month: r.time.month ?? t.to.slice(0, 7),
      ...(r.time.part ? { part: r.time.part } : {}),
      window,
      timeReasoning: roundTimeReasoning(r, t),
      ...(r.time.month ? {} : { monthGiven: false }),
      means: meansOf(r),
      ...(isPardon(r) ? {} : { pardon: false }),
      ...(r.title ? { title: r.title } : {}),
      ...(Object.keys(dates).length ? { dates } : {}),
      ...(r.names?.length ? { names: r.names } : {}),
    };
  });

  const articles: SourceArticle[] = sources.map((s) => {
    const round = s.aboutRound === null ? undefined : timings.get(s.aboutRound);
    const date = dateOf(s);
    const written: DateWindow = date
      ? { from: date, to: date }
      : round
        ? { from: round.from, to: round.to }
        : { from: s.notBefore?.date ?? NO_DATE_FROM, to: s.notAfter?.date ?? NO_DATE_TO };
    const when = s.dated
      ? `It carries its date, ${dayWords(s.dated)}.`
      : date
        ? `${s.publishedInferred ? 'The page store infers its date from its text' : 'Its page gives its date'}, ${dayWords(date)}.`
        : round
          ? `It tells its round (the ${ordinalWord(s.aboutRound!)}) as the day's news, so it was written within that round's window, ${dayWords(written.from)} to ${dayWords(written.to)}.`
          : `It was written between ${dayWords(written.from)} and ${dayWords(written.to)}.`;
    const cite = s.outlet && s.published ? `${s.outlet.replace(/ \(.*$/, '')}, ${shortDay(s.published)}` : s.title ?? s.id;
    return {
      file: s.file, id: s.id, outlet: s.outlet, aboutRound: s.aboutRound, written, timeReasoning: `${s.reasoning} ${when}`,
      ...(s.hasHeadline === false ? { hasHeadline: false } : {}),
      ...(s.published ? { published: s.published } : {}), ...(s.publishedInferred ? { publishedInferred: true } : {}),
      ...(s.title ? { title: s.title } : {}), cite, ...(s.lang ? { lang: s.lang } : {}),
    };
  });
  const articleOf = new Map(articles.map((a) => [a.id, a]));
  const fileOf = (id: string) => byId.get(id)?.file ?? id;

  const calendar = deriveCalendar(records, rounds, pardonRounds, articles, timings, problems);
  const labelOf = (kind: ClaimKind, override: string | undefined, statedIn: string[]) => {
    const template = override ?? KIND_LABELS[kind];
    const aboutRound = byId.get(statedIn[0])?.aboutRound ?? undefined;
    return template
      .replace('{start}', calendar.start.words)
      .replace('{election}', calendar.election ? monthWords(calendar.election.date.slice(0, 7)) : 'the election')
      .replace('{round}', aboutRound ? ordinalWord(aboutRound) : 'reported');
  };

  const facts: Fact[] = [];
  /** offsets the records give for figures the engine does not read; the builder checks and completes them */
  const hint = (fact: Fact, at: AtRecord[] | undefined) => {
    if (!at?.length) return;
    for (const a of at) sourceIds([a.source], `fact ${fact.id}: at`);
    fact.provenance = at.map((a): SourceSpan => ({ file: fileOf(a.source), start: a.start, end: a.start, span: '', unread: true }));
  };
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
  const count = { sinceStart: 0, decrees: 0, inYear: 0, year: '' };
  const yearSizes: number[] = [];
  let yearSources: string[] = [];
  const startYear = (rounds[0]?.time.month ?? pardonRounds[0]?.window.from ?? '').slice(0, 4);
  for (const r of rounds) {
    const where = `round ${r.round}`;
    const year = pardonRounds.find((p) => p.round === r.round)?.window.from.slice(0, 4) ?? '';
    for (const f of r.figures) {
      sourceIds([...f.statedIn, ...(f.basedOn ?? [])], `${where}: ${f.kind}`);
      const base = `r${r.round}.${f.kind.replace('round_', '')}${f.subject ? `.${slug(f.subject)}` : ''}`;
      const fact: Fact = {
        id: f.variant ? `${base}.${f.variant}` : base, kind: f.kind, value: f.value, hedge: null, round: r.round,
        ...(f.subject ? { subject: f.subject } : {}),
        attributedTo: r.attributedTo, label: f.subject ? labelOf(f.kind, KIND_LABELS[f.kind].replace('one country', f.subject), f.statedIn) : labelOf(f.kind, undefined, f.statedIn), statedIn: f.statedIn,
        ...(f.derivedFrom ? { derivedFrom: f.derivedFrom, basedOn: f.basedOn ?? [] } : {}),
        ...(f.variant ? { variantOf: base } : {}),
      };
      if (f.variant && !facts.some((o) => o.id === base)) problems.push(`${where}: the variant ${fact.id} has no first value ${base} before it.`);
      hint(fact, f.at);
      facts.push(fact);
      attach(fact, f.agreeing, f.errors);
    }
    const size = r.figures.find((f) => f.kind === 'round_size');
    if (!size) continue;
    if (year !== count.year) [count.year, count.inYear, yearSizes.length, yearSources] = [year, 0, 0, []];
    if (isPardon(r)) {
      sizes.push(size.value);
      total += size.value;
      yearSizes.push(size.value);
      sizeSources = sortedUnion(sizeSources, size.statedIn, size.basedOn);
      yearSources = sortedUnion(yearSources, size.statedIn, size.basedOn);
    }
    orderSources = sortedUnion(orderSources, r.order.sources);
    sourceIds([...r.order.sources, ...(r.ordinal?.statedIn ?? []), ...(r.ordinal?.decrees ?? []), ...(r.ordinal?.inYear ?? []), ...(r.total?.statedIn ?? []), ...(r.yearTotal?.statedIn ?? [])], where);
    // ordinals: only releases and decrees are numbered, in three conventions (docs/knowledge.md)
    if (NUMBERED.has(meansOf(r))) {
      count.sinceStart++;
      count.inYear++;
      if (meansOf(r) === 'decree') count.decrees++;
      const ordinal = (suffix: string, convention: OrdinalConvention, value: number, stated: string[], basis: string, label: string, errors?: ErrorRecord[], agreeing?: AgreeingRecord[]) => {
        const fact: Fact = {
          id: `r${r.round}.ordinal${suffix}`, kind: 'round_ordinal', value, hedge: null, round: r.round, label, statedIn: stated,
          ...(stated.length ? {} : { derivedFrom: basis, basedOn: orderSources }), convention,
        };
        facts.push(fact);
        attach(fact, agreeing, errors, `: counted ${convention === 'since-start' ? `since ${monthWords(startMonthOf(rounds, pardonRounds))}` : convention === 'decrees' ? 'among pardon decrees' : `within ${year}`}, it is the ${ordinalWord(value)}`);
      };
      ordinal('', 'since-start', count.sinceStart, r.ordinal?.statedIn ?? [],
        count.sinceStart === r.round ? `its place in date order (${r.order.basis})` : `its place in date order among the releases and decrees (${r.order.basis})`,
        KIND_LABELS.round_ordinal, r.ordinal?.errors, r.ordinal?.agreeing);
      if (meansOf(r) === 'decree') ordinal('.decrees', 'decrees', count.decrees, r.ordinal?.decrees ?? [], `its place in date order among the pardon decrees (${r.order.basis})`, 'the ordinal of the round among pardon decrees', r.ordinal?.decreesErrors);
      ordinal('.year', 'in-year', count.inYear, r.ordinal?.inYear ?? [], `its place in date order among the releases and decrees of ${year} (${r.order.basis})`, `the ordinal of the round within ${year}`, r.ordinal?.inYearErrors);
    } else if (r.ordinal?.statedIn?.length || r.ordinal?.decrees?.length || r.ordinal?.inYear?.length) {
      problems.push(`${where}: a ${meansOf(r)} round is not numbered, but its records say sources state its ordinal.`);
    }
    const totalStated = r.total?.statedIn ?? [];
    const totalFact: Fact = {
      id: `r${r.round}.total`, kind: 'running_total', value: total, hedge: null, round: r.round, label: labelOf('running_total', undefined, []), statedIn: totalStated,
      ...(totalStated.length ? {} : { derivedFrom: sizes.join(' + '), basedOn: sizeSources }),
      since: startMonthOf(rounds, pardonRounds), basis: 'pardons',
    };
    facts.push(totalFact);
    attach(totalFact, r.total?.agreeing, r.total?.errors, `: the total after the ${ordinalWord(r.round)} round is ${total} (${sizes.join(' + ')})`);
    // within a calendar year after the first round's, the year's own total ("pardoned in 2025")
    if (year > startYear) {
      const yearTotal = yearSizes.reduce((a, b) => a + b, 0);
      const stated = r.yearTotal?.statedIn ?? [];
      const fact: Fact = {
        id: `r${r.round}.total.year`, kind: 'running_total', value: yearTotal, hedge: null, round: r.round, label: `people pardoned in ${year}`, statedIn: stated,
        ...(stated.length ? {} : { derivedFrom: yearSizes.join(' + ') || '0', basedOn: yearSources }), since: `${year}-01`, basis: 'pardons',
      };
      facts.push(fact);
      attach(fact, r.yearTotal?.agreeing, r.yearTotal?.errors, `: the total within ${year} after the ${ordinalWord(r.round)} round is ${yearTotal}`);
    } else if (r.yearTotal) problems.push(`${where}: a total within the year is derived only for years after the first round's.`);
  }

  for (const f of records.facts) {
    sourceIds([...f.statedIn, ...(f.asOf ?? []), ...(f.basedOn ?? [])], `fact ${f.id}`);
    const windows = (f.asOf ?? []).map((id) => articleOf.get(id)?.written).filter((w): w is DateWindow => Boolean(w));
    const window = f.on ? { from: f.on.date, to: f.on.date } : windows.length ? { from: windows.map((w) => w.from).sort()[0], to: windows.map((w) => w.to).sort().at(-1)! } : undefined;
    const fact: Fact = {
      id: f.id, kind: f.kind, value: f.value, hedge: f.hedge ?? null,
      ...(f.round ? { round: f.round } : {}),
      ...(f.subject ? { subject: f.subject } : {}), ...(window ? { window } : {}), ...(f.attributedTo ? { attributedTo: f.attributedTo } : {}),
      label: labelOf(f.kind, f.label, f.statedIn), statedIn: f.statedIn,
      ...(f.derivedFrom ? { derivedFrom: f.derivedFrom, basedOn: f.basedOn ?? [] } : {}),
      ...(f.since ? { since: f.since } : {}), ...(f.basis ? { basis: f.basis } : {}), ...(f.variantOf ? { variantOf: f.variantOf } : {}),
    };
    if (f.round && !rounds.some((r) => r.round === f.round)) problems.push(`fact ${f.id} holds after round ${f.round}, which no round record has.`);
    if (f.variantOf && !facts.some((o) => o.id === f.variantOf)) problems.push(`fact ${f.id} is a variant of ${f.variantOf}, which is not recorded before it.`);
    if (facts.some((o) => o.id === fact.id)) problems.push(`fact id ${fact.id} is used twice.`);
    hint(fact, f.at);
    facts.push(fact);
    attach(fact, f.agreeing, f.errors);
  }
  const electionDay = facts.find((f) => f.kind === 'election_day');
  if (calendar.election && electionDay && electionDay.value !== Number(calendar.election.date.slice(8))) {
    problems.push(`the election is recorded as ${calendar.election.date}, but fact ${electionDay.id} gives the day as ${electionDay.value}.`);
  }
  sourceErrors.sort((a, b) => a.file.localeCompare(b.file) || a.stated - b.stated);

  // figures the engine misreads, and names placed in the wrong release: located by the builder
  const misreadFigures: NonNullable<KnowledgeBase['misreadFigures']> = [];
  const nameErrors: NonNullable<KnowledgeBase['nameErrors']> = [];
  for (const s of sources) {
    for (const m of s.misread ?? []) {
      if (m.factId && !facts.some((f) => f.id === m.factId)) problems.push(`source ${s.id}: a misread figure names fact ${m.factId}, which does not exist.`);
      misreadFigures.push({ file: s.file, kind: m.kind, stated: m.stated, ...(m.factId ? { factId: m.factId } : {}), why: m.why });
    }
    for (const n of s.nameErrors ?? []) {
      nameErrors.push({ file: s.file, name: n.name, placedIn: n.placedIn, ...(n.actually ? { actually: n.actually } : {}), why: n.why, location: { file: s.file, start: n.start, end: n.start + n.name.length, span: n.name } });
    }
  }

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
    ...(misreadFigures.length ? { misreadFigures } : {}),
    ...(nameErrors.length ? { nameErrors } : {}),
  };
  return { kb, problems };
}

/** "Ukraine" → "ukraine", "United Kingdom" → "united-kingdom": a fact id's subject part */
const slug = (subject: string) => subject.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** "2025-12-30" → "30 Dec 2025" */
export function shortDay(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${monthName(Number(iso.slice(5, 7))).slice(0, 3)} ${iso.slice(0, 4)}`;
}

function startMonthOf(rounds: RoundRecord[], pardonRounds: PardonRound[]): string {
  return rounds[0]?.time.month ?? pardonRounds[0]?.window.from.slice(0, 7) ?? '0000-01';
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

  const latest = [...articles].sort((a, b) => b.written.from.localeCompare(a.written.from) || (b.aboutRound ?? 0) - (a.aboutRound ?? 0) || b.id.localeCompare(a.id))[0];
  if (!latest) problems.push('no source is recorded.');
  const horizon = latest?.written.from ?? NO_DATE_FROM;
  const horizonLatest = articles.map((a) => a.written.to).sort().at(-1) ?? NO_DATE_TO;
  const lastOf = articles.find((a) => a.written.to === horizonLatest);
  const latestRecord = records.sources.find((s) => s.id === latest?.id);
  const lastRecord = records.sources.find((s) => s.id === lastOf?.id);
  const earliestWhy = !latest
    ? ''
    : latestRecord && isDated(latestRecord)
      ? `${dateWhy(latestRecord)}`
      : latest.aboutRound === null
        ? whyWords({ text: latestRecord?.notBefore?.why ?? '' })
        : `a report without a date line is written while its round is the news, and ${earliestChain(latest.aboutRound, timings)}`;
  const lastWhy = !lastOf || !lastRecord ? '' : isDated(lastRecord) ? dateWhy(lastRecord) : lastOf.aboutRound === null ? lastRecord.notAfter?.why ?? '' : whyWords(timings.get(lastOf.aboutRound)?.toWhy ?? null);
  const onRound = (a: SourceArticle) => (a.aboutRound === null ? 'a report of counts' : `on the ${ordinalWord(a.aboutRound)} round`);
  const horizonReasoning = latest
    ? `The latest report is ${latest.id}${latest.cite && latest.cite !== latest.id ? ` (${latest.cite})` : ''}, ${onRound(latest)}. It can have been written as early as ${dayWords(horizon)}: ${earliestWhy}. ` +
      (horizonLatest > horizon ? `The reports were all written by ${dayWords(horizonLatest)}: ${lastWhy}. ` : '') +
      `So the KB is complete up to ${dayWords(horizon)} only: a page dated later may count rounds it never saw` +
      (horizonLatest > horizon ? `, and a page dated after ${dayWords(horizonLatest)} is newer than every source it has.` : '.')
    : '';
  // every year the sources span: what "this year" counts on a page of that year, its rounds and its pardons
  const lastMonth = horizonLatest.slice(0, 7);
  const years: NonNullable<NonNullable<KnowledgeBase['calendar']>['years']> = {};
  for (let year = startYear; first && year <= Number(lastMonth.slice(0, 4)); year++) {
    const since = year === startYear ? startMonth : `${year}-01`;
    const inYear = pardonRounds.filter((r) => r.window.from.startsWith(String(year)));
    const pardoned = inYear.filter((r) => r.pardon !== false).map((r) => rounds.find((x) => x.round === r.round)?.figures.find((f) => f.kind === 'round_size')?.value ?? 0);
    years[String(year)] = {
      since,
      words: monthWords(since),
      rounds: inYear.map((r) => r.round),
      totalPardoned: pardoned.reduce((a, b) => a + b, 0),
      reasoning: year === startYear
        ? `The count starts in ${startWords}, the first round's month: "this year" on a page of ${year} counts from it.`
        : `"This year" on a page of ${year} counts from January ${year}; the sources report ${inYear.length} round${inYear.length === 1 ? '' : 's'} in it up to ${dayWords(horizonLatest)}.`,
    };
  }
  const span = first ? { from: startMonth, to: lastMonth } : undefined;
  const elections = [
    ...(records.calendar.earlierElections ?? []).map((e) => ({ date: e.date, words: e.date.length === 7 ? monthWords(e.date) : dayWords(e.date), statedIn: e.statedIn, reasoning: `${e.reasoning}.` })),
    ...(election ? [election] : []),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return {
    start, ...(thisYear ? { thisYear } : {}), ...(election ? { election } : {}), horizon, horizonLatest, latestSource: latest?.id ?? '', horizonReasoning,
    ...(Object.keys(years).length ? { years } : {}), ...(span ? { span } : {}), ...(elections.length ? { elections } : {}),
  };
}
