/**
 * The card's explanation in English, Russian or Belarusian, written from the engine's finding (judge.ts: which
 * sentence it gives, the rounds judged against, the facts it names, the page's date, the year a total counts, why a
 * discrepancy was not flagged or the reading that held) and the KB's facts: their values, rounds, hedges, who gave
 * them and in which sources. Never from the engine's English prose (`expected`, `refersTo`). Pure: no DOM, no browser
 * API; the words come from the language's messages (`explain_*` in public/_locales/<lang>/messages.json, `{NAME}`
 * slots), passed in as a lookup, so they cost the checker's bundle nothing. The KB's own words are English (its
 * labels, who gave a figure, hedges, outlets, how a figure was computed): English takes them as they are, the other
 * languages name them in their messages. When anything is unknown (a fact id, a finding code, a round, a message),
 * the answer is null and the reader gets the engine's own English rather than a guess.
 */
import type { Claim, ClaimKind, Fact, Finding, KnowledgeBase, PardonRound, Reading, SourceArticle } from '../engine/types';
import { formatDay, formatMonths, formatNumber, pluralCategory, type Lang } from './i18n';

export type ExplainLang = Lang;

/** The language the KB's words are written in: its labels, hedges, outlets and attributions serve it as they are. */
const KB_LANG: Lang = 'en';

/**
 * A slot's text, or how to write it: written only when the language's sentence has that slot, so that a message only
 * one language needs ("the round of …", "was"/"were") is never asked for in another.
 */
type Slots = Record<string, string | (() => string)>;

/** A message of the language by name: its text, or '' when there is none. */
export type Messages = (name: string) => string;

/** What the explanation is written from: the engine's finding, with the claim's kind and reason code (no English). */
export type ExplainInput = Pick<Claim, 'kind' | 'reason' | 'finding'>;

/** The parts of the KB an explanation needs. */
export type ExplainKnowledge = Pick<KnowledgeBase, 'facts' | 'rounds' | 'horizon' | 'calendar'> & Partial<Pick<KnowledgeBase, 'articles'>>;

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
  private readonly first: PardonRound | undefined;
  private readonly articles: Map<string, SourceArticle>;
  /** the language is the KB's own: its words need no message */
  private readonly kbWords: boolean;

  constructor(private readonly lang: ExplainLang, private readonly kb: ExplainKnowledge, private readonly messages: Messages) {
    this.facts = new Map(kb.facts.map((f) => [f.id, f]));
    this.byNumber = new Map(kb.rounds.map((r) => [r.round, r]));
    this.first = [...kb.rounds].sort((a, b) => a.round - b.round)[0];
    this.articles = new Map((kb.articles ?? []).flatMap((a) => [[a.id, a], [a.file, a]]));
    this.kbWords = lang === KB_LANG;
  }

  /**
   * Whether the language has `explain_<name>`: for the case forms only, which Russian and Belarusian both have and
   * English has none of (a browser falls back on English for a message its language lacks, so a test keeps every
   * English message in the other two, but those that only English sentences ask for).
   */
  has(name: string): boolean {
    return Boolean(this.messages(`explain_${name}`));
  }

  /** `explain_<name>` with its {SLOTS} filled; throws Missing when the language has no such message. */
  say(name: string, slots: Slots = {}): string {
    const template = this.messages(`explain_${name}`);
    if (!template) throw new Missing(name);
    return template.replace(/\{([A-Z]+)\}/g, (whole, slot: string) => {
      const value = slots[slot];
      return value === undefined ? whole : typeof value === 'function' ? value() : value;
    });
  }

  /** The form of a message for a count (`explain_<name>_<category>`), the count in {N}. */
  count(name: string, value: number, slots: Slots = {}): string {
    return this.say(`${name}_${pluralCategory(this.lang, value)}`, { N: this.number(value), ...slots });
  }

  /** A grammatical case the language has for a message, else its nominative (English has no cases). */
  form(name: string, form: 'Nom' | 'Gen' | 'Prep'): 'Nom' | 'Gen' | 'Prep' {
    return form === 'Nom' || this.has(`${name}${form}`) ? form : 'Nom';
  }

  /** The case a report is "about" its round in (Russian "о седьмом раунде", Belarusian "пра сёмы раўнд", English none). */
  aboutForm(): 'Nom' | 'Prep' {
    return this.has('caseAbout') && this.say('caseAbout') === 'Prep' ? 'Prep' : 'Nom';
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

  /** The KB's rounds by number (the rounds a finding names); throws Missing for one the KB does not have. */
  rounds(numbers: number[]): PardonRound[] {
    return numbers.map((n) => this.byNumber.get(n) ?? missingRound(n));
  }

  /** "2024-07-01" → "июля": a month as it stands after a day. */
  private monthAfterDay(iso: string): string {
    return this.day(iso).replace(/^\d+\s*/, '').replace(/\s*\d{4}.*$/, '');
  }

  /** When a round was, as the engine says it: "начало сентября 2024", "mid-September 2024", "ноябрь–декабрь 2024". */
  roundTime(round: PardonRound): string {
    if (round.monthGiven === false) return this.months(round.window);
    const first = `${round.month}-01`;
    if (round.part) return `${this.say(`part_${round.part}`, { MONTH: this.monthAfterDay(first) })} ${round.month.slice(0, 4)}`;
    return this.months({ from: first, to: first });
  }

  /** "седьмой раунд (ноябрь–декабрь 2024)" in the nominative, genitive or prepositional case; a round dated to the day by its day */
  round(round: PardonRound, form: 'Nom' | 'Gen' | 'Prep'): string {
    if (round.window.from === round.window.to) {
      const name = round.means === 'decree' ? 'dayPardon' : 'dayRelease';
      return this.say(`${name}${this.form(name, form)}`, { DAY: this.day(round.window.from) });
    }
    const f = this.form('round', form);
    return `${this.say(`ord${f}_${round.round}`)} ${this.say(`round${f}`)} (${this.roundTime(round)})`;
  }

  roundList(rounds: PardonRound[], form: 'Nom' | 'Gen' | 'Prep'): string {
    return rounds.map((r) => this.round(r, form)).join(` ${this.say('or')} `);
  }

  /** "с июля 2024 года": where the count of rounds starts */
  since(): string {
    const from = `${this.kb.calendar?.start.month ?? this.first?.month ?? '2024-07'}-01`;
    return this.say('since', { MONTH: this.monthAfterDay(from), YEAR: from.slice(0, 4) });
  }

  /** Where a total starts (the engine's sinceWords): "с июля 2024 года", "в 2025 году", "с 2020 года", "с 20 ноября 2025 г." */
  sinceOf(fact: Fact): string {
    const since = fact.since;
    if (!since || since === this.kb.calendar?.start.month) return this.since();
    if (/^\d{4}-01$/.test(since)) return this.say('inYear', { YEAR: since.slice(0, 4) });
    if (/^\d{4}-\d{2}-\d{2}$/.test(since)) return this.say('sinceDay', { DAY: this.day(since) });
    if (/^\d{4}-\d{2}$/.test(since)) return this.say('since', { MONTH: this.monthAfterDay(`${since}-01`), YEAR: since.slice(0, 4) });
    if (/^\d{4}$/.test(since)) return this.say('sinceYear', { YEAR: since });
    throw new Missing(`start ${since}`);
  }

  /** The reading under which the KB holds the figure true, as the sentence that opens the explanation. */
  reading(reading: Reading): string {
    switch (reading.code) {
      case 'and-others': return this.count('readAndOthers', reading.named, { ROUND: this.round(this.rounds([reading.round])[0], 'Prep') });
      case 'other-round': return this.say('readOtherRound', { ROUND: this.round(this.rounds([reading.round])[0], 'Gen') });
      case 'named-group': return this.say('readNamedGroup', { ROUND: this.round(this.rounds([reading.round])[0], 'Gen') });
      case 'earlier-total': return this.say('readEarlierTotal', { ROUND: this.round(this.rounds([reading.round])[0], 'Gen') });
      case 'total-by-page-date': return this.say('readTotalByPageDate', { ROUND: this.round(this.rounds([reading.round])[0], 'Gen') });
      case 'held-count': return this.say('readHeldCount');
      case 'counted-with-deals': return this.say(reading.inYear ? 'readCountedWithDealsInYear' : 'readCountedWithDeals', { ROUND: this.round(this.rounds([reading.round])[0], 'Gen') });
      case 'round-counted-whole': return this.say('readRoundCountedWhole', { ROUND: this.round(this.rounds([reading.round])[0], 'Gen') });
      case 'decrees-only-total': return this.say('readDecreesOnlyTotal', { ROUND: this.round(this.rounds([reading.round])[0], 'Gen'), SUM: this.number(reading.sum) });
      case 'every-release-total': return this.say('readEveryReleaseTotal', { ROUND: this.round(this.rounds([reading.round])[0], 'Gen'), SUM: this.number(reading.sum) });
      case 'other-start-total': return this.say('readOtherStartTotal', { ROUND: this.round(this.rounds([reading.round])[0], 'Gen'), SINCE: reading.since.slice(0, 4) });
      case 'sum': {
        const [from, to] = this.rounds([reading.from, reading.to]);
        const values = `${reading.values.map((v) => this.number(v)).join(' + ')} = ${this.number(reading.sum)}`;
        return this.say('readSum', { FROM: this.round(from, 'Gen'), TO: this.round(to, 'Gen'), VALUES: values });
      }
      default: throw new Missing('reading');
    }
  }

  /** A source as a reader knows it: outlet and date in this language, a seed report by the round it is about. */
  sourceName(key: string): string {
    const article = this.articles.get(key);
    if (!article) throw new Missing(`source ${key}`);
    // the KB names its sources in English: "TASS, 18 Jan 2025", "seed report on the sixth round, Nov 2024"
    if (this.kbWords && (article.cite ?? article.outlet)) return (article.cite ?? article.outlet)!;
    if (article.published && article.cite) return `${article.cite.replace(/, [^,]*$/, '')}, ${this.day(article.published)}`;
    const round = article.aboutRound === null ? undefined : this.byNumber.get(article.aboutRound);
    if (!round) throw new Missing(`round of source ${key}`);
    return this.say('seedReport', { ROUND: this.round(round, this.aboutForm()) });
  }

  /** "(администрация президента; TASS, 13 декабря 2025 г.)", "(вычислено по: …: 18 + 30)" */
  attribution(fact: Fact, parenthesised = true): string {
    const keys = fact.provenance?.length ? fact.provenance.map((p) => p.file) : [...fact.statedIn, ...(fact.basedOn ?? [])];
    const names = [...new Set(keys.map((k) => this.sourceName(k)))];
    const shown = names.length > 4 ? [...names.slice(0, 3), this.say('moreSources', { N: this.number(names.length - 3) })] : names;
    const by = fact.attributedTo ? `${this.kbWords ? fact.attributedTo : this.say(`by_${keyOf(fact.attributedTo)}`)}; ` : '';
    // how the KB computed it: its own words in English, a sum of figures in any language
    const sum = fact.derivedFrom && (this.kbWords || (/^[\d\s+]+$/.test(fact.derivedFrom) && fact.derivedFrom.includes('+'))) ? `: ${fact.derivedFrom}` : '';
    const text = fact.derivedFrom ? `${by}${this.say('computedFrom', { S: shown.join('; ') })}${sum}` : `${by}${shown.join('; ')}`;
    return parenthesised ? `(${text})` : text;
  }

  hedged(fact: Fact, shown: string): string {
    if (!fact.hedge) return shown;
    return `${this.kbWords ? fact.hedge.text : this.say(`hedge_${fact.hedge.cls}`)} ${shown}`;
  }

  /** Who a round's share counts: "women" (the KB's label, in English), "женщин" */
  counted(fact: Fact): string {
    return this.kbWords ? fact.label.replace(/ among them$/, '') : this.say(`counted_${fact.kind}`);
  }

  /** A context figure's name: "Years of Maryya Kalesnikava's sentence" (the KB's label, in English), "Срок Марии Колесниковой" */
  factName(fact: Fact): string {
    return this.kbWords ? capitalise(fact.label) : this.say(`fact_${keyOf(fact.id)}`);
  }

  /** A round's figure as the KB holds it, one sentence (the engine's holdsForRound). */
  holdsForRound(fact: Fact): string {
    const round = this.roundOf(fact);
    const by = this.attribution(fact);
    if (fact.kind === 'round_size') return capitalise(this.count('roundSize', fact.value, { ROUND: this.round(round, 'Prep'), BY: by }));
    if (fact.kind === 'running_total') return this.say('roundTotal', { ROUND: this.round(round, 'Gen'), SINCE: this.sinceOf(fact), N: this.number(fact.value), BY: by });
    if (fact.kind === 'round_ordinal') {
      const ord = this.say(`ordNom_${fact.value}`);
      // the round the sentence opens with, where the language names it ("the pardon of 7 May 2025", "the round of November 2024")
      const which = () => (round.window.from === round.window.to ? this.round(round, 'Nom') : this.say('roundOf', { MONTHS: this.months(round.window) }));
      if (fact.convention === 'decrees') return capitalise(this.say('roundOrdinalDecrees', { ORD: ord, SINCE: this.since(), MONTHS: this.roundTime(round), WHICH: which, BY: by }));
      if (fact.convention === 'in-year') return capitalise(this.say('roundOrdinalYear', { ORD: ord, YEAR: round.window.from.slice(0, 4), MONTHS: this.roundTime(round), WHICH: which, BY: by }));
      return capitalise(this.say('roundOrdinal', { ORD: ord, SINCE: this.since(), MONTHS: this.months(round.window), WHICH: which, BY: by }));
    }
    // ("was"/"were": asked for only by a language whose sentence agrees with the count)
    return this.say('roundShare', { ROUND: this.round(round, 'Prep'), WHO: this.counted(fact), N: this.number(fact.value), WAS: () => this.count('wasWere', fact.value), BY: by });
  }

  /** A context figure (exiled, a sentence, the election day…), the engine's describe. */
  describeContext(fact: Fact): string {
    const as = CONTEXT_VALUE[fact.kind];
    let shown: string;
    if (as === 'day') {
      const election = this.kb.calendar?.election?.date;
      if (!election) throw new Missing('election date');
      shown = this.day(`${election.slice(0, 8)}${String(fact.value).padStart(2, '0')}`);
    // English needs no unit: the KB's label names it ("years of … sentence: 11")
    } else if (as === 'years' && !this.kbWords) shown = this.count('years', fact.value);
    else if (as === 'plain') shown = String(fact.value);
    else shown = this.number(fact.value);
    return this.say('context', { WHAT: this.factName(fact), V: this.hedged(fact, shown), BY: this.attribution(fact) });
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

function missingRound(round: number): never {
  throw new Missing(`round ${round}`);
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

/** The explanation in the language, or null when only the engine's own English can say it. */
export function explain(claim: ExplainInput, lang: ExplainLang, kb: ExplainKnowledge, messages: Messages): string | null {
  if (!claim.finding) return null;
  try {
    // a sentence ending on an abbreviated date ("2024 г.") keeps one full stop
    const text = write(claim.finding, claim, writerFor(lang, kb, messages))?.replace(/\.\.(?=\s|$)/g, '.') ?? null;
    // Russian "о" before a vowel is "об" ("об освобождении 12 февраля"): the round's words come after the preposition
    return lang === 'ru' && text ? text.replace(/(^|[\s(])о (?=[аиоуэыАИОУЭ])/gu, '$1об ') : text;
  } catch (error) {
    if (error instanceof Missing) return null;
    throw error;
  }
}

/**
 * The finding's sentences: why a discrepancy was not flagged or the reading that held, when readings.ts reconsidered
 * one, then what the judge found, as the engine's English has them.
 */
function write(finding: Finding, claim: ExplainInput, w: Writer): string | null {
  const found = judged(finding, claim, w);
  const before = finding.unpinned ? w.say(`notPinned_${keyOf(finding.unpinned.code)}`) : finding.reading ? w.reading(finding.reading) : null;
  if (!before) return found;
  return found ? `${before} ${found}` : before;
}

/** What the judge found, from its code: the same sentence the engine writes in English (judge.ts). */
function judged(finding: Finding, claim: ExplainInput, w: Writer): string | null {
  const facts = finding.facts.map((id) => w.fact(id) ?? missing(`fact ${id}`));
  const each = (describe: (f: Fact) => string) => (facts.length ? facts.map(describe).join(' ') : null);
  const contexts = () => each((f) => w.describeContext(f));
  const held = (name: string) => (facts.length ? w.say(name, { LIST: facts.map((f) => w.heldItem(f)).join('; ') }) : null);
  const date = finding.pageDate ?? null;
  const withList = (name: string) => (facts.length ? w.say(name, { LIST: contexts()! }) : null);

  switch (finding.code) {
    case 'holds': return each((f) => w.holdsForRound(f));
    // round figures
    case 'before-start': return date ? w.say('beforeStart', { DATE: w.day(date), MONTHS: w.roundTime(w.firstRound()) }) : null;
    case 'unseen-round': return w.say('unseenRound', { NOTE: w.horizonNote(date) });
    case 'unknown-round': return w.say('cannotTellRound');
    case 'rounds-differ': return w.say('roundsDiffer');
    case 'no-round-figure': return w.say('noRoundFigure', { LABEL: w.say(`label_${claim.kind}`), ROUNDS: w.roundList(w.rounds(finding.against), 'Gen') });
    case 'counts-decrees': return facts.length ? w.say('decrees', { TEXT: lowerFirst(w.holdsForRound(facts[0])) }) : null;
    // running totals
    case 'no-total': return w.say('noTotal');
    case 'this-year': return finding.year ? w.say('thisYear', { YEAR: String(finding.year), SINCE: w.since() }) : w.say('thisYearLater', { SINCE: w.since() });
    case 'other-start': return w.say('otherStart', { SINCE: w.since() });
    case 'no-total-of-start': return w.say('noTotalOfStart', { ROUNDS: w.roundList(w.rounds(finding.rounds ?? []), 'Gen'), SINCE: w.since() });
    case 'no-page-round': return w.say('cannotTellTotal');
    case 'cannot-place-month': return claim.reason === 'beyond-horizon' ? w.say('cannotPlaceMonth', { NOTE: w.horizonNote(date) }) : w.say('placeMonth');
    case 'outdated': {
      const [now, stale] = twoOf(facts);
      return w.say('outdated', { V: w.number(stale.value), W: w.number(now.value), STALE: w.round(w.roundOf(stale), 'Gen'), NOW: w.round(w.roundOf(now), w.aboutForm()), BY: w.attribution(now) });
    }
    case 'totals-grow': {
      const [latest] = twoOf(facts, 1);
      return w.say('totalsGrow', { LATEST: w.round(w.roundOf(latest), 'Gen'), SINCE: w.sinceOf(latest), V: w.number(latest.value), BY: w.attribution(latest) });
    }
    case 'outdated-after-horizon': {
      const [stale, latest] = twoOf(facts);
      if (!date) return null;
      return w.say('outdatedAfterHorizon', { V: w.number(stale.value), W: w.number(latest.value), STALE: w.round(w.roundOf(stale), 'Gen'), LATEST: w.round(w.roundOf(latest), 'Gen'), DATE: w.day(date) });
    }
    case 'total-by-horizon': {
      const [latest] = twoOf(facts, 1);
      return w.say('totalBy', { NOTE: w.horizonNote(date), SINCE: w.sinceOf(latest), V: w.number(latest.value), BY: w.attribution(latest) });
    }
    // prisoner counts
    case 'held-coverage': return w.say('heldCoverage', { MONTHS: w.heldCoverage(), DATE: date ? w.day(date) : w.say('undated') });
    case 'held-supported': return held('heldSupported');
    case 'held-differs': return held('heldContradicted');
    case 'held-close': return held('heldClose');
    case 'held-no-count': return held('heldNoCount');
    case 'held-earlier': return held('heldEarlier');
    case 'held-earlier-unknown': return held('heldEarlierUnknown');
    case 'held-unknown-time': return held('heldUnknownTime');
    // context figures
    case 'context': return contexts();
    case 'no-figure': return w.say('noFigure', { LABEL: w.say(`label_${claim.kind}`) });
    case 'detentions': return withList('detentions');
    case 'estimates-differ': return withList('estimatesDiffer');
    case 'unknown-term': return withList('unknownTerm');
    case 'changes-over-time': return withList('changesOverTime');
    default: return null;
  }
}

/** The first `n` facts a sentence names (the total now and the stale one, the latest…): all there, or Missing. */
function twoOf(facts: Fact[], n = 2): Fact[] {
  if (facts.length < n) throw new Missing(`${n} facts`);
  return facts;
}

function missing(what: string): never {
  throw new Missing(what);
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

/** "Judged against": the round(s) the engine judged the figure against, in this language; null when none or not the KB's. */
export function describeJudgedAgainst(claim: Pick<ExplainInput, 'finding'>, lang: ExplainLang, kb: ExplainKnowledge, messages: Messages): string | null {
  if (!claim.finding?.against.length) return null;
  try {
    const w = writerFor(lang, kb, messages);
    return w.roundList(w.rounds(claim.finding.against), 'Nom');
  } catch (error) {
    if (error instanceof Missing) return null;
    throw error;
  }
}
