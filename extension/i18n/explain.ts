/**
 * The card's explanation in Russian or Belarusian, written from what the engine decided (verdict, reason code, kind,
 * the facts it rests on, the round it was judged against) and the KB's facts: their values, rounds, hedges, who gave
 * them and in which sources. English keeps the engine's own sentence. Pure: no DOM, no browser API; the words come
 * from the language's messages (`explain_*` in public/_locales/{ru,be}/messages.json, `{NAME}` slots), passed in as
 * a lookup, so they cost the checker's bundle nothing.
 *
 * Two things come from the engine's English only because the claim carries nothing else: the round(s) in `refersTo`,
 * matched exactly against the engine's own words for each KB round, and the page's date in a sentence about time
 * (the first ISO date in `expected`). When anything is unknown (a fact id, a reason code, a round, a message), the
 * answer is null and the reader gets the engine's English rather than a guess.
 */
import { describeRound } from '../engine/time';
import type { ClaimKind, Fact, KnowledgeBase, PardonRound, SourceArticle, Verdict, VerdictReason } from '../engine/types';
import { formatDay, formatMonths, formatNumber, pluralCategory, type Lang } from './i18n';

export type ExplainLang = Exclude<Lang, 'en'>;

/** A message of the language by name: its text, or '' when there is none. */
export type Messages = (name: string) => string;

/** What the explanation is written from: the fields a ClaimSummary carries. */
export interface ExplainInput {
  verdict: Verdict;
  reason: VerdictReason;
  kind: ClaimKind;
  value: number;
  expected: string;
  refersTo: string | null;
  factIds: string[];
}

/** The parts of the KB an explanation needs. */
export type ExplainKnowledge = Pick<KnowledgeBase, 'facts' | 'rounds' | 'horizon' | 'calendar'> & Partial<Pick<KnowledgeBase, 'articles'>>;

/** Kinds counted within one round; the others are totals, prisoner counts and context figures. */
const ROUND_KINDS = new Set<ClaimKind>([
  'round_size', 'round_women', 'round_men', 'round_chronically_ill', 'round_disabled', 'round_over_50', 'round_under_25', 'round_pensioners',
  'round_with_children', 'round_with_disabled_children', 'round_married_couples', 'round_political', 'round_destination', 'round_drug_offences',
  'round_foreigners', 'round_nationals', 'round_under_40', 'round_large_families', 'round_minors', 'round_ordinal',
]);

/** How a context figure's value reads: a number of years, a year, a day of the election month, or a count. */
const CONTEXT_VALUE: Partial<Record<ClaimKind, 'years' | 'plain' | 'day'>> = {
  sentence_years: 'years', years_in_power: 'years', in_power_since: 'plain', term_number: 'plain', election_day: 'day',
};

/** A message was missing: the explanation falls back on English. */
class Missing extends Error {}

/** A name for a key: "Lukashenka's office" → "lukashenka_s_office", "r6.women" → "r6_women". */
export const keyOf = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '_');

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The sentences of one language, with the KB indexed once. */
class Writer {
  private readonly facts: Map<string, Fact>;
  private readonly byNumber: Map<number, PardonRound>;
  private readonly byWords: Map<string, PardonRound>;
  private readonly first: PardonRound | undefined;
  private readonly articles: Map<string, SourceArticle>;

  constructor(private readonly lang: ExplainLang, private readonly kb: ExplainKnowledge, private readonly messages: Messages) {
    this.facts = new Map(kb.facts.map((f) => [f.id, f]));
    this.byNumber = new Map(kb.rounds.map((r) => [r.round, r]));
    this.byWords = new Map(kb.rounds.map((r) => [describeRound(r), r]));
    this.first = [...kb.rounds].sort((a, b) => a.round - b.round)[0];
    this.articles = new Map((kb.articles ?? []).flatMap((a) => [[a.id, a], [a.file, a]]));
  }

  /** `explain_<name>` with its {SLOTS} filled; throws Missing when the language has no such message. */
  say(name: string, slots: Record<string, string> = {}): string {
    const template = this.messages(`explain_${name}`);
    if (!template) throw new Missing(name);
    return template.replace(/\{([A-Z]+)\}/g, (whole, slot: string) => slots[slot] ?? whole);
  }

  /** The form of a message for a count (`explain_<name>_<category>`), the count in {N}. */
  count(name: string, value: number, slots: Record<string, string> = {}): string {
    return this.say(`${name}_${pluralCategory(this.lang, value)}`, { N: this.number(value), ...slots });
  }

  number(value: number): string {
    return formatNumber(value, this.lang);
  }

  day(iso: string): string {
    return formatDay(iso, this.lang);
  }

  months(window: { from: string; to: string }): string {
    return formatMonths(window, this.lang);
  }

  fact(id: string): Fact | undefined {
    return this.facts.get(id);
  }

  roundOf(fact: Fact): PardonRound {
    const round = fact.round === undefined ? undefined : this.byNumber.get(fact.round);
    if (!round) throw new Missing(`round of ${fact.id}`);
    return round;
  }

  /** The rounds the engine named in `refersTo` ("the fifth round (November 2024) or the sixth round (…)"). */
  roundsOf(refersTo: string | null): PardonRound[] | null {
    if (refersTo === null) return null;
    const rounds = refersTo.split(' or ').map((words) => this.byWords.get(words));
    return rounds.every(Boolean) ? (rounds as PardonRound[]) : null;
  }

  /** "2024-07-01" → "июля": a month as it stands after a day. */
  private monthAfterDay(iso: string): string {
    return this.day(iso).replace(/^\d+\s*/, '').replace(/\s*\d{4}.*$/, '');
  }

  /** When a round was, as the engine says it: "начало сентября 2024", "ноябрь 2024", "ноябрь–декабрь 2024". */
  roundTime(round: PardonRound): string {
    if (round.monthGiven === false) return this.months(round.window);
    const first = `${round.month}-01`;
    if (round.part) return `${this.say(`part_${round.part}`)} ${this.monthAfterDay(first)} ${round.month.slice(0, 4)}`;
    return this.months({ from: first, to: first });
  }

  /** "седьмой раунд (ноябрь–декабрь 2024)" in the nominative, genitive or prepositional case; a round dated to the day by its day */
  round(round: PardonRound, form: 'Nom' | 'Gen' | 'Prep'): string {
    if (round.window.from === round.window.to) return this.say(`${round.means === 'decree' ? 'dayPardon' : 'dayRelease'}${form}`, { DAY: this.day(round.window.from) });
    return `${this.say(`ord${form}_${round.round}`)} ${this.say(`round${form}`)} (${this.roundTime(round)})`;
  }

  roundList(rounds: PardonRound[], form: 'Nom' | 'Gen' | 'Prep'): string {
    return rounds.map((r) => this.round(r, form)).join(` ${this.say('or')} `);
  }

  /** "с июля 2024 года": where the count of rounds starts */
  since(): string {
    const from = `${this.first?.month ?? '2024-07'}-01`;
    return this.say('since', { MONTH: this.monthAfterDay(from), YEAR: from.slice(0, 4) });
  }

  /** A source as a reader knows it: outlet and date in this language, a seed report by the round it is about. */
  sourceName(key: string): string {
    const article = this.articles.get(key);
    if (!article) throw new Missing(`source ${key}`);
    if (article.published && article.cite) return `${article.cite.replace(/, [^,]*$/, '')}, ${this.day(article.published)}`;
    const round = article.aboutRound === null ? undefined : this.byNumber.get(article.aboutRound);
    if (!round) throw new Missing(`round of source ${key}`);
    return this.say('seedReport', { ROUND: this.round(round, this.say('caseAbout') === 'Prep' ? 'Prep' : 'Nom') });
  }

  /** "(администрация президента; TASS, 13 декабря 2025 г.)", "(вычислено по: …: 18 + 30)" */
  attribution(fact: Fact, parenthesised = true): string {
    const keys = fact.provenance?.length ? fact.provenance.map((p) => p.file) : [...fact.statedIn, ...(fact.basedOn ?? [])];
    const names = [...new Set(keys.map((k) => this.sourceName(k)))];
    const shown = names.length > 4 ? [...names.slice(0, 3), this.say('moreSources', { N: this.number(names.length - 3) })] : names;
    const by = fact.attributedTo ? `${this.say(`by_${keyOf(fact.attributedTo)}`)}; ` : '';
    const sum = fact.derivedFrom && /^[\d\s+]+$/.test(fact.derivedFrom) && fact.derivedFrom.includes('+') ? `: ${fact.derivedFrom}` : '';
    const text = fact.derivedFrom ? `${by}${this.say('computedFrom', { S: shown.join('; ') })}${sum}` : `${by}${shown.join('; ')}`;
    return parenthesised ? `(${text})` : text;
  }

  hedged(fact: Fact, shown: string): string {
    return fact.hedge ? `${this.say(`hedge_${fact.hedge.cls}`)} ${shown}` : shown;
  }

  /** A round's figure as the KB holds it, one sentence (the engine's holdsForRound). */
  holdsForRound(fact: Fact): string {
    const round = this.roundOf(fact);
    const by = this.attribution(fact);
    if (fact.kind === 'round_size') return this.count('roundSize', fact.value, { ROUND: this.round(round, 'Prep'), BY: by });
    if (fact.kind === 'running_total') return this.say('roundTotal', { ROUND: this.round(round, 'Gen'), SINCE: this.since(), N: this.number(fact.value), BY: by });
    if (fact.kind === 'round_ordinal') {
      const ord = this.say(`ordNom_${fact.value}`);
      if (fact.convention === 'decrees') return capitalise(this.say('roundOrdinalDecrees', { ORD: ord, SINCE: this.since(), MONTHS: this.roundTime(round), BY: by }));
      if (fact.convention === 'in-year') return capitalise(this.say('roundOrdinalYear', { ORD: ord, YEAR: round.window.from.slice(0, 4), MONTHS: this.roundTime(round), BY: by }));
      return capitalise(this.say('roundOrdinal', { ORD: this.say(`ordNom_${fact.value}`), SINCE: this.since(), MONTHS: this.months(round.window), BY: by }));
    }
    return this.say('roundShare', { ROUND: this.round(round, 'Prep'), WHO: this.say(`counted_${fact.kind}`), N: this.number(fact.value), BY: by });
  }

  /** A context figure (exiled, a sentence, the election day…), the engine's describe. */
  describeContext(fact: Fact): string {
    const as = CONTEXT_VALUE[fact.kind];
    let shown: string;
    if (as === 'day') {
      const election = this.kb.calendar?.election?.date;
      if (!election) throw new Missing('election date');
      shown = this.day(`${election.slice(0, 8)}${String(fact.value).padStart(2, '0')}`);
    } else if (as === 'years') shown = this.count('years', fact.value);
    else if (as === 'plain') shown = String(fact.value);
    else shown = this.number(fact.value);
    return this.say('context', { WHAT: this.say(`fact_${keyOf(fact.id)}`), V: this.hedged(fact, shown), BY: this.attribution(fact) });
  }

  /** A count of political prisoners: "около 1 300 (ноябрь 2024; правозащитные организации, источник 000)" */
  heldItem(fact: Fact): string {
    if (!fact.window) throw new Missing(`window of ${fact.id}`);
    return this.say('heldItem', { V: this.hedged(fact, this.number(fact.value)), MONTHS: this.months(fact.window), BY: this.attribution(fact, false) });
  }

  /** The months the KB's prisoner counts cover. */
  heldCoverage(): string {
    const held = this.kb.facts.filter((f) => f.kind === 'prisoners_held' && f.window);
    const from = held.reduce((m, f) => (f.window!.from < m ? f.window!.from : m), '9999-12-31');
    const to = held.reduce((m, f) => (f.window!.to > m ? f.window!.to : m), '0000-01-01');
    return this.months({ from, to });
  }

  horizonNote(date: string | null): string {
    const horizon = this.day(this.kb.horizon);
    return date ? this.say('horizonDated', { DATE: this.day(date), HORIZON: horizon }) : this.say('horizonUndated', { HORIZON: horizon });
  }

  firstRound(): PardonRound {
    if (!this.first) throw new Missing('rounds');
    return this.first;
  }
}

const writers = new WeakMap<ExplainKnowledge, WeakMap<Messages, Map<ExplainLang, Writer>>>();

function writerFor(lang: ExplainLang, kb: ExplainKnowledge, messages: Messages): Writer {
  let byMessages = writers.get(kb);
  if (!byMessages) writers.set(kb, (byMessages = new WeakMap()));
  let byLang = byMessages.get(messages);
  if (!byLang) byMessages.set(messages, (byLang = new Map()));
  let writer = byLang.get(lang);
  if (!writer) byLang.set(lang, (writer = new Writer(lang, kb, messages)));
  return writer;
}

/** The page's date where the engine's sentence gives one (the time it judged against). */
const dateIn = (expected: string): string | null => expected.match(/\b(\d{4}-\d{2}-\d{2})\b/)?.[1] ?? null;

/** The explanation in Russian or Belarusian, or null when only the engine's English can say it. */
export function explain(claim: ExplainInput, lang: ExplainLang, kb: ExplainKnowledge, messages: Messages): string | null {
  try {
    // a sentence ending on an abbreviated date ("2024 г.") keeps one full stop
    const text = write(claim, writerFor(lang, kb, messages))?.replace(/\.\.(?=\s|$)/g, '.') ?? null;
    // Russian "о" before a vowel is "об" ("об освобождении 12 февраля"): the round's words come after the preposition
    return lang === 'ru' && text ? text.replace(/(^|[\s(])о (?=[аиоуэыАИОУЭ])/gu, '$1об ') : text;
  } catch (error) {
    if (error instanceof Missing) return null;
    throw error;
  }
}

function write(claim: ExplainInput, w: Writer): string | null {
  const facts = claim.factIds.map((id) => w.fact(id));
  if (facts.some((f) => !f)) return null;
  const known = facts as Fact[];
  const family = ROUND_KINDS.has(claim.kind) ? 'round' : claim.kind === 'running_total' ? 'total' : claim.kind === 'prisoners_held' ? 'held' : 'context';
  const date = dateIn(claim.expected);
  const holds = () => (known.length ? known.map((f) => w.holdsForRound(f)).join(' ') : null);
  const contexts = () => (known.length ? known.map((f) => w.describeContext(f)).join(' ') : null);
  const held = (name: string) => (known.length ? w.say(name, { LIST: known.map((f) => w.heldItem(f)).join('; ') }) : null);
  const coverage = () => w.say('heldCoverage', { MONTHS: w.heldCoverage(), DATE: date ? w.day(date) : w.say('undated') });

  switch (claim.reason) {
    case 'kb-match':
    case 'computed-sum':
      if (family === 'held') return held('heldSupported');
      if (family === 'context') return contexts();
      // after the horizon, a lower bound the KB's latest total already meets
      if (family === 'total' && claim.refersTo === null && known.length === 1) {
        const [latest] = known;
        return w.say('totalsGrow', { LATEST: w.round(w.roundOf(latest), 'Gen'), SINCE: w.since(), V: w.number(latest.value), BY: w.attribution(latest) });
      }
      return holds();

    case 'kb-differs':
      if (family === 'held') return held('heldContradicted');
      if (family === 'context') return contexts();
      return holds();

    case 'earlier-time': {
      if (family !== 'total' || known.length !== 2) return null;
      const [stale, now] = [...known].sort((a, b) => (a.round ?? 0) - (b.round ?? 0));
      const values = { V: w.number(stale.value), W: w.number(now.value), STALE: w.round(w.roundOf(stale), 'Gen') };
      if (claim.refersTo === null) return date ? w.say('outdatedAfterHorizon', { ...values, LATEST: w.round(w.roundOf(now), 'Gen'), DATE: w.day(date) }) : null;
      const about = w.say('caseAbout') === 'Prep' ? 'Prep' : 'Nom';
      return w.say('outdated', { ...values, NOW: w.round(w.roundOf(now), about), BY: w.attribution(now) });
    }

    case 'beyond-horizon': {
      if (family === 'held') return coverage();
      const note = w.horizonNote(date);
      if (family !== 'total') return w.say('unseenRound', { NOTE: note });
      if (known.length === 0) return w.say('cannotPlaceMonth', { NOTE: note });
      const latest = known[known.length - 1];
      return w.say('totalBy', { NOTE: note, SINCE: w.since(), V: w.number(latest.value), BY: w.attribution(latest) });
    }

    case 'other-basis':
      if (family === 'total') {
        if (claim.refersTo === null) return w.say('otherStart', { SINCE: w.since() });
        const year = claim.expected.match(/\b(\d{4})\b/)?.[1];
        return year ? w.say('thisYear', { YEAR: year, SINCE: w.since() }) : null;
      }
      if (claim.kind === 'round_ordinal' && known.length > 0) return w.say('decrees', { TEXT: lowerFirst(w.holdsForRound(known[0])) });
      return null;

    case 'not-in-kb': {
      if (family === 'held') return coverage();
      if (family === 'context') {
        if (known.length > 0) return w.say('changesOverTime', { LIST: contexts()! });
        return w.say('noFigure', { LABEL: w.say(`label_${claim.kind}`) });
      }
      if (claim.refersTo === null) {
        if (!date) return null;
        const first = w.firstRound();
        return w.say('beforeStart', { DATE: w.day(date), MONTHS: w.roundTime(first) });
      }
      const rounds = w.roundsOf(claim.refersTo);
      return rounds ? w.say('noRoundFigure', { LABEL: w.say(`label_${claim.kind}`), ROUNDS: w.roundList(rounds, 'Gen') }) : null;
    }

    case 'unknown-round':
      if (known.length > 0 && (family === 'round' || family === 'total')) return holds();
      if (family === 'total') return w.say('cannotTellTotal');
      if (family === 'round') return w.say(claim.refersTo === null ? 'cannotTellRound' : 'roundsDiffer');
      return null;

    case 'not-pinned': {
      // the sentence leaves open what the figure counts: say so, then what the KB holds for the reading it was judged by
      const holding = family === 'round' || family === 'total' ? holds() : family === 'context' ? contexts() : null;
      return holding ? `${w.say('notPinned')} ${holding}` : w.say('notPinned');
    }

    case 'monitors-differ':
      if (family === 'held') return held('heldClose');
      if (family === 'context') return contexts();
      return null;

    case 'unknown-time':
      if (family === 'held') return held('heldUnknownTime');
      if (family === 'context') return claim.kind === 'term_number' && known.length ? w.say('unknownTerm', { LIST: contexts()! }) : contexts();
      return null;

    default:
      return null;
  }
}

/** The sources of a claim named in this language (outlet and date, a seed report by its round); null when one is unknown. */
export function nameSources(sources: string[], lang: ExplainLang, kb: ExplainKnowledge, messages: Messages): string[] | null {
  const w = writerFor(lang, kb, messages);
  try {
    return [...new Set(sources.map((source) => w.sourceName(source)))];
  } catch (error) {
    if (error instanceof Missing) return null;
    throw error;
  }
}

/** "Judged against": the round(s) the engine named, in this language; null when they are not the KB's rounds. */
export function describeRefersTo(refersTo: string | null, lang: ExplainLang, kb: ExplainKnowledge, messages: Messages): string | null {
  const w = writerFor(lang, kb, messages);
  const rounds = w.roundsOf(refersTo);
  try {
    return rounds ? w.roundList(rounds, 'Nom') : null;
  } catch (error) {
    if (error instanceof Missing) return null;
    throw error;
  }
}
