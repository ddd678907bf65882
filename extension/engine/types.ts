/** Shared vocabulary of the claim engine. Pure data: no DOM, no browser APIs. */

export type Verdict = 'supported' | 'contradicted' | 'outdated' | 'unverifiable';

/**
 * Why a claim got its verdict, as one short machine-readable code:
 * - `kb-match`, `computed-sum` (supported: a figure the KB holds, or a sum of its figures);
 * - `kb-differs` (contradicted), `earlier-time` (outdated);
 * - unverifiable: `beyond-horizon` (the page reports a time after what the KB knows), `other-basis` (it counts
 *   another quantity: releases by any means, decrees, another starting point), `not-in-kb` (the KB holds no figure
 *   of that kind or time), `unknown-round` (the KB cannot tell which round is meant), `monitors-differ` (close to
 *   the counts of the time, which differ between monitors), `unknown-time` (the page's time is unknown),
 *   `not-pinned` (the sentence does not say which release, people or time the figure counts, and only that
 *   assumption would make it wrong: see frame.ts).
 */
export type VerdictReason =
  | 'kb-match'
  | 'computed-sum'
  | 'kb-differs'
  | 'earlier-time'
  | 'beyond-horizon'
  | 'other-basis'
  | 'not-in-kb'
  | 'unknown-round'
  | 'monitors-differ'
  | 'unknown-time'
  | 'not-pinned';

/** What a figure counts. Round-level kinds describe one round of pardons. */
export type ClaimKind =
  | 'round_size'
  | 'round_women'
  | 'round_men'
  | 'round_chronically_ill'
  | 'round_disabled'
  | 'round_over_50'
  | 'round_under_25'
  | 'round_pensioners'
  | 'round_with_children'
  | 'round_with_disabled_children'
  | 'round_married_couples'
  | 'round_political'
  | 'round_destination'
  | 'round_drug_offences'
  | 'round_foreigners'
  | 'round_nationals'
  | 'round_under_40'
  | 'round_large_families'
  | 'round_minors'
  | 'round_ordinal'
  | 'decrees_signed'
  | 'running_total'
  | 'prisoners_held'
  | 'recognised_total'
  /** people a rights group has just recognised as political prisoners ("Viasna recognised another 12 this week") */
  | 'newly_recognised'
  | 'exiled'
  | 'arrested_crackdown'
  | 'arrested_last_week'
  | 'sentence_years'
  | 'in_power_since'
  | 'term_number'
  | 'years_in_power'
  | 'election_day';

/** Kinds that count a part of one round's people (its make-up); with `round_size` and `round_ordinal`, the round's kinds. */
export const COMPOSITION_KINDS: readonly ClaimKind[] = ['round_women', 'round_men', 'round_chronically_ill', 'round_disabled', 'round_over_50',
  'round_under_25', 'round_pensioners', 'round_with_children', 'round_with_disabled_children', 'round_married_couples', 'round_political',
  'round_destination', 'round_drug_offences', 'round_foreigners', 'round_nationals', 'round_under_40', 'round_large_families', 'round_minors'];

/**
 * A figure's verdict as the judge gives it: the code, the explanation, the round or time, the facts it rests on.
 * `expected` and `refersTo` are the English; `finding` is what they are written from, for every other language.
 */
export interface Judgement {
  verdict: Verdict;
  reason: VerdictReason;
  expected: string;
  refersTo: string | null;
  factIds: string[];
  finding: Finding;
}

/**
 * Which explanation the judge gives, one code per kind of sentence (the English of each is in judge.ts):
 * - `holds`: what the KB holds for the rounds or figures judged against (each of `facts`, one sentence each);
 * - round figures: `before-start` (the page predates the KB's first round), `unseen-round` (dated after the KB's
 *   horizon), `unknown-round` (the KB cannot tell which round), `rounds-differ` (the rounds it might be disagree),
 *   `no-round-figure` (the sources give no figure of that kind for `rounds`), `counts-decrees` (the page counts
 *   decrees, the KB rounds);
 * - running totals: `no-total`, `this-year` (a total "this year" on a page of a later `year`), `other-start` (counted
 *   from another start or by another measure), `no-total-of-start` (none of that start for `rounds`), `no-page-round`
 *   (the page's round unknown), `cannot-place-month`, `outdated` (`facts` = the total now, the stale one),
 *   after the horizon: `totals-grow` (a lower bound the latest total meets), `outdated-after-horizon` (`facts` = the
 *   stale total, the latest), `total-by-horizon` (`facts` = the latest total);
 * - prisoner counts: `held-coverage` (the page's time is outside the KB's counts), `held-supported`, `held-differs`,
 *   `held-close`, `held-no-count` (no count of the page's weeks), `held-unknown-time` (each over `facts`);
 * - context figures: `context` (each of `facts` described), `no-figure`, `detentions` (not arrests),
 *   `estimates-differ`, `unknown-term`, `changes-over-time`.
 */
export type FindingCode =
  | 'holds'
  | 'before-start' | 'unseen-round' | 'unknown-round' | 'rounds-differ' | 'no-round-figure' | 'counts-decrees'
  | 'no-total' | 'this-year' | 'other-start' | 'no-total-of-start' | 'no-page-round' | 'cannot-place-month' | 'outdated'
  | 'totals-grow' | 'outdated-after-horizon' | 'total-by-horizon'
  | 'held-coverage' | 'held-supported' | 'held-differs' | 'held-close' | 'held-no-count' | 'held-earlier' | 'held-earlier-unknown' | 'held-unknown-time'
  | 'context' | 'no-figure' | 'detentions' | 'estimates-differ' | 'unknown-term' | 'changes-over-time';

/**
 * Why a discrepancy was not flagged: the slot of the figure's frame it would have rested on is not pinned (readings.ts
 * `unpinned`, frame.ts): a release that did not happen or came by other means (`other-event`), a count of prisoners
 * over a period (`held-over-period`), an ordinal counted from another start (`ordinal-other-start`), a part of the
 * release (`part-of-release`), a period (`period`), another group (`other-group`), a part of the prisoners
 * (`part-of-prisoners`), a question that states nothing (`asked`), a group the text named before (`earlier-group`), a slot only assumed (`unstated-time`, `unstated-event`, `unstated-group`), or a count of one
 * country's citizens whose sentence names none (`which-country`, judge.ts).
 */
export type UnpinnedCode =
  | 'other-event' | 'held-over-period' | 'ordinal-other-start' | 'part-of-release' | 'period' | 'other-group'
  | 'part-of-prisoners' | 'unstated-time' | 'unstated-event' | 'unstated-group' | 'which-country' | 'dated-count'
  | 'released-not-pardoned' | 'month-releases' | 'other-day' | 'recognised-among-freed' | 'narrower-group' | 'asked' | 'earlier-group' | 'vague-plural' | 'earlier-election';

/**
 * A reading other than the page's default under which the KB holds the figure true (readings.ts): those freed besides
 * the `named` people in `round` ("X and 13 others"); the same figure of another `round`; the total after an earlier
 * `round` (`counter` when the sentence gives a counter's tally, which lags a round at most); the sum of the rounds
 * `from` to `to` (their `values`, adding up to `sum`), over the rounds of the month the sentence names, a period it
 * names, or up to the page's own round.
 */
export type Reading =
  | { code: 'and-others'; round: number; named: number }
  | { code: 'other-round'; round: number }
  /** a round's size said of a group the sentence names ("pardoned 14 foreigners"): that group's count in the round */
  | { code: 'named-group'; round: number }
  | { code: 'earlier-total'; round: number; counter: boolean }
  | { code: 'total-by-page-date'; round: number }
  /** "In all, 52 walked free": a total's word, with no span, said of one release counted whole */
  | { code: 'round-counted-whole'; round: number }
  /** "1,140 are recognised as political prisoners": the count of those held at the page's time */
  | { code: 'held-count' }
  /** "the 20th release since July 2024": the round's place when the releases agreed in talks are counted too */
  | { code: 'counted-with-deals'; round: number; inYear: boolean }
  /** "Lukashenka has pardoned 330 people": the people pardoned by decree alone, the talks' releases left out, up to `round` */
  | { code: 'decrees-only-total'; round: number; sum: number }
  /** "597 freed since July 2024": every release counted, the one-person releases and those outside the pardons too, up to `round` */
  | { code: 'every-release-total'; round: number; sum: number }
  /** a total with no start said, which is a counter's count from another start the KB holds ("605", since 2020) */
  | { code: 'other-start-total'; round: number; since: string }
  | { code: 'sum'; over: 'named-month' | 'period' | 'up-to-page-round'; from: number; to: number; values: number[]; sum: number };

/**
 * What an explanation is made of, in no language: the judge's sentence (`code`), the rounds judged against (`against`,
 * by number: what `refersTo` names), the facts the sentence names, the other rounds it names, the page's date where it
 * speaks of the page's time, the year a total counts; and, when readings.ts reconsidered a discrepancy, why it was not
 * flagged (`unpinned`, the frame rule that left the slot open) or the reading that held (`reading`: `facts` are then
 * those of the discrepancy it overrode, and the judgement's factIds the reading's).
 */
export interface Finding {
  code: FindingCode;
  against: number[];
  facts: string[];
  rounds?: number[];
  pageDate?: string | null;
  year?: number | null;
  unpinned?: { code: UnpinnedCode; rule: string | null };
  reading?: Reading;
}

/** Words that qualify a figure: "over 1,200", "nearly 3,600", "an estimated 1,300". */
export type HedgeClass = 'approx' | 'lower' | 'lowerStrict' | 'upper' | 'near';

export interface Hedge {
  /** the hedge as written, lower-cased ("at least", "an estimated") */
  text: string;
  cls: HedgeClass;
  /** a round word that is its own hedge ("two dozen", "два десятка"): looser than a hedge written before a figure */
  roundWord?: boolean;
  /** a vague plural ("hundreds", "сотни", "тысячы"): at least its unit, never a count */
  vague?: boolean;
}

/** An inclusive date window, ISO dates. */
export interface DateWindow {
  from: string;
  to: string;
}

export interface SourceSpan {
  file: string;
  start: number;
  end: number;
  span: string;
  /** true when the engine does not read the figure there: the records give its offset and the builder checks it */
  unread?: boolean;
}

/**
 * How the people of a round were freed (the KB's rounds are every release the sources report):
 * - `release`: a batch release not announced as a decree (the first round, July 2024);
 * - `decree`: a pardon decree, usually before a holiday, announced by the press service;
 * - `negotiated`: a pardon agreed with another government (the United States, the Holy See), mostly with expulsion;
 * - `single`: one person, or a few, freed on their own.
 */
export type Means = 'release' | 'decree' | 'negotiated' | 'single';

/** How an ordinal counts: rounds since the first (July 2024), pardon decrees only, or rounds within the calendar year. */
export type OrdinalConvention = 'since-start' | 'decrees' | 'in-year';

/** What a total counts: people pardoned, people freed by any means, people expelled. */
export type CountBasis = 'pardons' | 'releases' | 'expulsions';

/** One figure the knowledge base holds, with its time and provenance. */
export interface Fact {
  id: string;
  kind: ClaimKind;
  value: number;
  hedge: Hedge | null;
  /** round of pardons (1 = July 2024) for round-level facts and running totals */
  round?: number;
  /** person a sentence or other personal figure belongs to (canonical name) */
  subject?: string;
  /** when the figure was true, for figures that change over time (prisoner counts) */
  window?: DateWindow;
  /** who the figure comes from, when the sources say (Viasna, the presidential press service, …) */
  attributedTo?: string;
  /** human words for what is counted, used in explanations ("pardoned women") */
  label: string;
  /** set when no source states the figure and it is computed from others: how */
  derivedFrom?: string;
  /** for derived facts: the sources (short ids) of the figures it is computed from */
  basedOn?: string[];
  /** files (by their short id, e.g. "000") expected to state the figure */
  statedIn: string[];
  /** filled by the knowledge builder: where the figure stands in each source */
  provenance?: SourceSpan[];
  /** for round_ordinal: how the ordinal counts (absent on KBs built before conventions: since-start) */
  convention?: OrdinalConvention;
  /** for running_total: where the count starts ("2024-07", "2025-01", "2020"), and what it counts */
  since?: string;
  basis?: CountBasis;
  /**
   * set when sources disagree and both values are accepted: the id of the first fact this one is an alternative to
   * (same kind, round and subject; e.g. 115 sent to Ukraine beside 114)
   */
  variantOf?: string;
}

export interface PardonRound {
  round: number;
  /** calendar month the sources place it in, e.g. "2024-11" */
  month: string;
  /** where in the month the sources place it, when they say ("early September") */
  part?: 'early' | 'mid' | 'late';
  window: DateWindow;
  /** how the window was inferred from the sources */
  timeReasoning: string;
  /**
   * false when no source gives the round's month: the round is known by `window` only, and `month` is then just the
   * window's last month, kept for readers that need one month (absent: a source gives the month)
   */
  monthGiven?: boolean;
  /** how the people were freed (absent: decree) */
  means?: Means;
  /** false when the round freed people without a new pardon (counted in no total of pardons); absent: a pardon */
  pardon?: boolean;
  /** what the round was, in the KB's words ("pardon decree before Victory Day") */
  title?: string;
  /** the days the sources give, where signing, announcement and release differ (ISO dates) */
  dates?: { signed?: string; announced?: string; released?: string };
  /** people the sources name among those freed, with the sources naming them */
  names?: { name: string; statedIn: string[]; note?: string }[];
}

export interface SourceArticle {
  file: string;
  id: string;
  /** outlet: as the file's header gives it, or as the text names it; null when neither does */
  outlet: string | null;
  /** the round of pardons the report is about; null for a report of counts that announces none */
  aboutRound: number | null;
  /** the date the file's header gives (ISO), and whether the page store inferred it from the text */
  published?: string;
  publishedInferred?: boolean;
  /** what the report is, in the KB's words (for sources without an outlet: "seed report on the sixth round, Nov 2024") */
  title?: string;
  /** how to name it to a reader: "BelTA (state news agency, German service), 30 Dec 2025", or the title */
  cite?: string;
  lang?: string;
  written: DateWindow;
  timeReasoning: string;
  /** false when the text starts with its body, without a headline line (absent: it has one) */
  hasHeadline?: boolean;
}

/** A source statement found to be wrong, with the value that should have stood. */
export interface SourceError {
  file: string;
  kind: ClaimKind;
  stated: number;
  corrected: number;
  why: string;
  location?: SourceSpan;
}

export interface KnowledgeBase {
  /** last date the KB's knowledge runs to */
  horizon: string;
  horizonReasoning: string;
  articles: SourceArticle[];
  rounds: PardonRound[];
  facts: Fact[];
  sourceErrors: SourceError[];
  /**
   * The calendar the sources imply, derived by the knowledge builder (docs/knowledge.md): what a page's "since July",
   * "this year" and "the January election" mean, and how far the KB reaches. Dates are ISO (YYYY-MM-DD).
   */
  calendar?: {
    /** where the count of rounds starts: the first round's month ("2024-07", in words "July 2024") */
    start: { month: string; words: string; reasoning: string };
    /** the year the sources' "this year" names (their "this year" totals count since `start`) */
    thisYear?: { year: number; sources: string[]; reasoning: string };
    /**
     * every calendar year the sources span, by year ("2025"): what "this year" counts on a page of that year (`since`,
     * YYYY-MM: the start month in the first year, January after it), and the rounds and totals of the year
     */
    years?: Record<string, { since: string; words: string; rounds: number[]; totalPardoned: number; reasoning: string }>;
    /** the months the sources span, first round to latest source (YYYY-MM) */
    span?: { from: string; to: string };
    /**
     * the presidential elections the sources name, earliest first: `date` is a day (YYYY-MM-DD) or, when the sources
     * give only the month, a month (YYYY-MM); `election` above is the one the 2024 sources look ahead to
     */
    elections?: { date: string; words: string; statedIn: string[]; reasoning: string }[];
    /** the presidential election the sources look ahead to ("2025-01-26", in words "26 January 2025") */
    election?: { date: string; words: string; statedIn: string[]; reasoning: string };
    /**
     * the KB is complete up to here: the earliest date its latest source can have been written. A page dated later
     * may count rounds the KB never saw.
     */
    horizon: string;
    /** the latest date its latest source can have been written */
    horizonLatest: string;
    /** the source (short id) whose time sets the horizon */
    latestSource: string;
    horizonReasoning: string;
  };
  /**
   * Figures in the sources that agree with a fact without giving its value: a bound ("more than 225" for 227) or a
   * speaker's round figure ("30" for 31). They back no fact; the builder records where each stands.
   */
  agreeingFigures?: { file: string; kind: ClaimKind; stated: number; hedge: string | null; factId: string; why: string; location?: SourceSpan }[];
  /**
   * Figures the engine reads in a source as something the source does not say (a count of women among all prisoners
   * read as a round's women): what they are, and the fact they really are when the KB holds it. For the engine's
   * maintainers; no verdict rests on them.
   */
  misreadFigures?: { file: string; kind: ClaimKind; stated: number; factId?: string; why: string; location?: SourceSpan }[];
  /** Names a source places in the wrong release (Losik among the 14 of June 2025): the ledger of wrong names. */
  nameErrors?: { file: string; name: string; placedIn: number; actually?: number; why: string; location?: SourceSpan }[];
}

/** The page as the engine sees it: blocks of text joined by "\n", headline first when known. */
export interface PageInput {
  text: string;
  /** ISO date (YYYY-MM-DD) the page declares, or null */
  published: string | null;
  /** true when the first block is the page's headline */
  hasHeadline?: boolean;
  /** the page's separate entries (live-blog posts, teasers), in order; a page of several rounds is judged entry by entry */
  sections?: PageSection[];
}

/** A stretch of the page text that is an entry of its own, with the date it carries, if any. */
export interface PageSection {
  start: number;
  end: number;
  published: string | null;
}

export interface Claim {
  quote: string;
  quoteStart: number;
  span: string;
  start: number;
  end: number;
  value: number;
  hedge: string | null;
  kind: ClaimKind;
  /** which round or time the claim was judged against, in words ("the sixth round (November 2024)") */
  refersTo: string | null;
  verdict: Verdict;
  /** why this verdict, as a short code (see VerdictReason) */
  reason: VerdictReason;
  expected: string;
  /** the source files the facts stand in (offsets in the KB's provenance) */
  sources: string[];
  /** the same sources as a reader knows them: outlet and date ("BelTA, 30 Dec 2025"), a seed report by its round */
  citations: string[];
  /** the extractor's rule that read the figure as its kind ("en-round-size", "cy-whereabouts"): to trace a verdict */
  rule?: string;
  /** what the figure was read to count, slot by slot, with the rule that set each (frame.ts): to trace a verdict */
  frame?: string;
  /** KB facts the verdict rests on */
  factIds: string[];
  /**
   * what `expected` and `refersTo` are written from, in no language: other languages write their explanation from it
   * (absent on a claim rebuilt from a card's summary, whose explanation is already written)
   */
  finding?: Finding;
}

export interface PageReport {
  published: string | null;
  topic: boolean;
  /** the round of pardons the page reports on, when the engine could tell */
  round: number | null;
  roundBasis: string | null;
  /** the page's entries were about different rounds, and each was judged against its own */
  byEntry: boolean;
  claims: Claim[];
}
