/**
 * The checker's scan loop: observe the page, wait for it to settle, gate it on the topic, read it in slices, ask
 * the engine (in the background), and map the answer back onto the page. What it found goes to the checker
 * (`ScanOutcome`), which shows it; what it reads of the shown claims is only their text map and ranges.
 */
import { MAX_GROWN_TEXT, MAX_SECTIONS, type AnalyzeRequest, type Analysis, type ClaimSummary, type PageStatus, type Resend } from '../messages';
import { publishedDate } from '../page/publishedDate';
import { textNodesOf } from '../page/ranges';
import { readAppendedSteps, readPageSteps, type PageText } from '../page/readPage';
import { measure } from './measure';
import { addedSubtrees, MAX_GROWTH_RECORDS } from './pageGrowth';
import type { AnnotatedClaim, PageClaims } from './pageClaims';
import { settleTimer, type SettleTiming } from './settle';
import { collectAdded, GATE_LIMITS, nodesHaveTopicCue, pageHasTopicCue } from './topicGate';

/** Caps that keep a huge or hostile page from costing more than a bounded amount. */
export const LIMITS = {
  /** longest piece of work before yielding to the page */
  sliceMs: 8,
  /** a rescan waits for this much calm after the last change (longer after slow scans, up to the max) */
  minRescanGapMs: GATE_LIMITS.settleMs,
  maxRescanGapMs: 5000,
  /**
   * a page that never calms down (a feed filling in, a ticker) is rescanned this long after a change at
   * the latest; the wait doubles while the page stays restless, up to the max, and resets once it calms
   */
  maxRescanWaitMs: GATE_LIMITS.maxWaitMs,
  maxRestlessWaitMs: 8000,
};

/** One scan's result, mapped onto the page. */
export interface Scan {
  page: PageText;
  analysis: Analysis;
  claims: AnnotatedClaim[];
  /** the elements holding the figures (their text nodes' parents): where the marks' styles must reach */
  holders: Set<Element>;
}

/** What the loop needs of the rest of the checker. */
export interface ScanOutcome {
  /** judges a page's text: a message to the background in the extension, the engine itself in tests */
  analyze(request: Omit<AnalyzeRequest, 'type' | 'settings'>): Promise<Analysis | Resend | null>;
  /** the page's state now: an off-topic page gates only what was added, a checked one stays on the topic */
  state(): PageStatus['state'];
  /** our own element in the page, if any: never read, and its changes never rescan */
  ourElement(): Element | null;
  /** the painter wraps figures, changing the text nodes: every Range must exist before it paints */
  eagerRanges(): boolean;
  offTopic(): void;
  scanned(scan: Scan): void;
  fail(error: unknown): void;
}

type ClaimsForScan = Pick<PageClaims, 'all' | 'segments' | 'view' | 'rangeIn'>;

/**
 * The last scan shown, for a rescan of a page that only grew since: it reads only the added subtrees, asks about
 * their text alone, and keeps the claims shown (`claims`, mapped from the answer's first `answered`).
 */
interface Shown {
  page: PageText;
  published: string | null;
  url: string | undefined;
  /** the answer it was made from, as the background named it */
  answer: string;
  answered: number;
  claims: readonly AnnotatedClaim[];
  holders: Set<Element>;
}

export class ScanLoop {
  private observer: MutationObserver | null = null;
  private readonly rescan = settleTimer((calm) => {
    this.restless = calm ? 0 : this.restless + 1;
    this.run();
  }, () => this.rescanTiming());
  /** rescans in a row that a page still changing forced (see LIMITS.maxRestlessWaitMs) */
  private restless = 0;
  private lastScanMs = 0;
  /** when the page last changed (our element's changes left out): the first marks wait for calm (markLayer.ts) */
  private lastChangeAt = -Infinity;
  private scanning = false;
  private rescanRequested = false;
  /** nodes added to an off-topic page since the last gate: only they need gating */
  private pendingAdded: Node[] = [];
  /** what the last judged read held: a rescan that reads the same needs no new judgement */
  private judged: { text: string; published: string | null } | null = null;
  /** the last scan shown (null: the next read is whole) */
  private shown: Shown | null = null;
  /** every change since the last read ended (null: not known, the next read is whole) */
  private growth: MutationRecord[] | null = null;
  /** a read is under way: a change now may or may not be in it, so the read cannot be gone on from */
  private reading = false;
  private changedWhileReading = false;
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly claims: ClaimsForScan,
    private readonly outcome: ScanOutcome,
    /** the page's topic gate has just opened: skip it once */
    private gateOpen: boolean,
    private readonly settleMs: number | undefined,
  ) {}

  start(): void {
    this.run();
    this.observe();
  }

  get lastChange(): number {
    return this.lastChangeAt;
  }

  /** The claims shown were cleared: the next read is judged afresh. */
  forget(): void {
    this.judged = null;
    this.shown = null;
  }

  stop(): void {
    this.stopped = true;
    this.rescan.cancel();
    this.observer?.disconnect();
  }

  /**
   * Topic gate, then a full read. A page that never mentions pardons or political prisoners costs
   * one bounded text sample and one regex test; whether it is about Belarus is the engine's call.
   */
  run(): void {
    try {
      this.gateAndScan();
    } catch (error) {
      this.outcome.fail(error);
    }
  }

  private gateAndScan(): void {
    if (this.stopped) return;
    if (this.scanning) {
      this.rescanRequested = true;
      return;
    }
    const started = performance.now();
    const state = this.outcome.state();
    const added = state === 'off-topic' ? this.pendingAdded : [];
    this.pendingAdded = [];
    // a page already checked stays on the topic until it navigates (restart) or the engine says otherwise
    const cue = this.gateOpen || state === 'checked' || nodesHaveTopicCue(added) || pageHasTopicCue(this.doc);
    this.gateOpen = false;
    measure('gate', started);
    if (!cue) {
      this.outcome.offTopic();
      return;
    }
    void this.scan();
  }

  /**
   * Reads the page in slices of at most LIMITS.sliceMs, yielding to the page between them, has the
   * text judged in the background, maps the answer onto the page in slices too, and hands it on.
   */
  private async scan(): Promise<void> {
    this.scanning = true;
    const began = performance.now();
    let sliceStart = began;
    let work = 0;
    const endSlice = () => {
      work += performance.now() - sliceStart;
      measure('slice', sliceStart);
    };
    /** runs steps until they are done, yielding whenever a slice is used up; null if stopped meanwhile */
    const sliced = async <T>(steps: Generator<unknown, T>): Promise<T | null> => {
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        if (performance.now() - sliceStart > LIMITS.sliceMs) {
          endSlice();
          await yieldToPage();
          if (this.stopped) return null;
          sliceStart = performance.now();
        }
      }
    };
    // what the page did since the last scan shown (and its changes not yet delivered); the next scan goes on from
    // this one only if this one is shown
    const pending = this.observer?.takeRecords() ?? [];
    if (pending.length) this.changed(pending);
    const { shown, growth } = this;
    this.shown = null;
    this.growth = null;
    try {
      const url = this.doc.location?.href;
      const published = publishedDate(this.doc, url);
      const options = { checkVisibility: true, exclude: this.outcome.ourElement() };
      // a page that only grew, with the same date and address, is read from where the last read ended
      const grown = shown && growth && shown.published === published && shown.url === url && this.outcome.state() === 'checked' ? this.grownRead(shown, growth, options) : null;
      this.reading = true;
      this.changedWhileReading = false;
      const page = await sliced(grown ?? readPageSteps(this.doc, options));
      this.reading = false;
      if (!page) return;
      // a change while the read was under way may be in it or not: then the next read is whole
      if (!this.changedWhileReading) this.growth = [];
      const base = grown ? shown : null;
      const goOnFrom = (analysis: Analysis, claims: readonly AnnotatedClaim[], holders: Set<Element>) => {
        if (!this.growth || !analysis.answer || page.truncated || !page.segments.length || page.text.length > MAX_GROWN_TEXT) return;
        this.shown = { page, published, url, answer: analysis.answer, answered: (analysis.kept ?? 0) + analysis.claims.length, claims, holders };
      };
      // ads and widgets change the DOM but not the text we read: the answer would be the same. Whether
      // they moved the text is the resize observer's call, as for any other layout change
      if (this.unchanged(page, published)) {
        if (shown && this.growth) this.shown = { ...shown, page };
        return;
      }
      endSlice();
      const whole = { text: page.text, published, hasHeadline: page.hasHeadline, sections: page.sections.slice(0, MAX_SECTIONS) };
      let analysis = await this.outcome.analyze(base
        ? { ...whole, text: page.text.slice(base.page.text.length), sections: page.sections.slice(base.page.sections.length, MAX_SECTIONS), after: { answer: base.answer, length: base.page.text.length } }
        : whole);
      // the background lost the text the request went on from (its worker was stopped), or left out claims other than
      // those shown: the page is sent whole
      if (analysis && !this.stopped && ('resend' in analysis || (analysis.kept && analysis.kept !== base?.answered))) analysis = await this.outcome.analyze(whole);
      sliceStart = performance.now();
      if (this.stopped || !analysis || 'resend' in analysis || (analysis.kept && !base)) return;
      // the claims shown stay as they are when the answer left them out, unchanged
      const mapped = await sliced(this.mapClaims(page, analysis, analysis.kept ? base : null));
      if (!mapped) return;
      this.judged = { text: page.text, published };
      goOnFrom(analysis, mapped.claims, mapped.holders);
      this.outcome.scanned({ page, analysis, ...mapped });
    } catch (error) {
      // the page must never be left "checking" for ever, nor see our exception
      if (!this.stopped) this.outcome.fail(error);
    } finally {
      this.reading = false;
      endSlice();
      measure('scan', began);
      this.lastScanMs = work;
      this.scanning = false;
      if (this.rescanRequested && !this.stopped) {
        this.rescanRequested = false;
        this.schedule();
      }
    }
  }

  /** The read holds the same text, in the same nodes, as the one the marks were made from. */
  private unchanged(page: PageText, published: string | null): boolean {
    const { judged } = this;
    const { segments } = this.claims;
    if (this.outcome.state() !== 'checked' || !judged || judged.text !== page.text || judged.published !== published) return false;
    if (page.segments.length !== segments.length) return false;
    if (!page.segments.every((segment, i) => segment.node === segments[i].node && segment.start === segments[i].start)) return false;
    // a text node whose data was set again, even to the same words, collapses the live ranges inside it
    return this.claims.all.every((claim) => !claim.range?.collapsed);
  }

  /**
   * The read of a page that only added nodes since the scan shown: from where that read ended, over the added
   * subtrees alone. Null when the page did more than add at its end: then it is read whole.
   */
  private grownRead(shown: Shown, growth: MutationRecord[], options: { checkVisibility: boolean; exclude: Element | null }): Generator<void, PageText> | null {
    // the page may have changed since its last records were delivered
    const pending = this.observer?.takeRecords() ?? [];
    const records = pending.length ? growth.concat(pending) : growth;
    if (pending.length) this.changed(pending);
    // the claims shown are those of the last scan (not cleared or replaced since)
    if (this.claims.all !== shown.claims) return null;
    const added = addedSubtrees(records, options.exclude);
    // nothing added that is still there (an element added and taken away again): the page reads as it did
    if (added?.length === 0) return (function* () { return shown.page; })();
    return added ? readAppendedSteps(this.doc, shown.page, added, options) : null;
  }

  /** Maps the judged claims back onto the page, a step per claim: after those shown, when the answer kept them. */
  private *mapClaims(page: PageText, analysis: Analysis, kept: Shown | null): Generator<void, { claims: AnnotatedClaim[]; holders: Set<Element> }> {
    const claims: AnnotatedClaim[] = kept ? [...kept.claims] : [];
    const holders = new Set<Element>(kept?.holders);
    for (const { start, end, quoteStart, quoteEnd, value, kind, verdict, note } of analysis.claims) {
      yield;
      const nodes = textNodesOf(page.segments, start, end);
      const anchor = nodes?.[0].parentElement;
      if (!nodes || !anchor) continue;
      // the elements the marks' styles must reach
      for (const node of nodes) if (node.parentElement) holders.add(node.parentElement);
      const { reason, expected, sources, citations, factIds, refersTo } = analysis.notes[note];
      const quote = page.text.slice(quoteStart, quoteEnd);
      const span = page.text.slice(start, end);
      const dismissed = this.claims.view.dismissal({ span, quote });
      const summary: ClaimSummary = { index: claims.length, quote, span, start, value, kind, verdict, reason, expected, sources, citations, factIds, refersTo, dismissed };
      const claim: AnnotatedClaim = { start, end, anchor, summary };
      // a painter that wraps figures changes the text nodes: every range must exist before it starts
      if (this.outcome.eagerRanges()) claim.range = this.claims.rangeIn(page.segments, start, end);
      claims.push(claim);
    }
    return { claims, holders };
  }

  /** Mutations only mark the page dirty; the rescan waits for them to settle and backs off when scans are slow. */
  private observe(): void {
    const target = this.doc.body ?? this.doc.documentElement;
    this.observer = new MutationObserver((records) => this.changed(records));
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private changed(records: MutationRecord[]): void {
    const ours = this.outcome.ourElement();
    if (records.every((r) => ours && (r.target === ours || ours.contains(r.target)))) return;
    this.lastChangeAt = performance.now();
    // only queue the new nodes: whether they make the page topical is decided later, off this callback
    if (this.outcome.state() === 'off-topic') collectAdded(records, this.pendingAdded);
    if (this.reading) this.changedWhileReading = true;
    // kept for the next read, which then reads only what was added (a page this busy is read whole)
    else if (this.growth) {
      if (this.growth.length + records.length > MAX_GROWTH_RECORDS) this.growth = null;
      else for (const record of records) this.growth.push(record);
    }
    this.schedule();
  }

  /** Waits for calm after the last change, but no longer than maxRescanWaitMs after the first one. */
  private schedule(): void {
    if (!this.stopped) this.rescan.touch();
  }

  /**
   * Calm before a rescan: longer after slow scans, so a slow page is not rescanned back to back. A page
   * that never calms down waits longer at each forced rescan: a ticker left open for an hour is not
   * read in full every second.
   */
  private rescanTiming(): SettleTiming {
    const calmMs = Math.min(LIMITS.maxRescanGapMs, Math.max(this.settleMs ?? LIMITS.minRescanGapMs, this.lastScanMs * 10));
    const restlessWait = Math.min(LIMITS.maxRestlessWaitMs, LIMITS.maxRescanWaitMs * 2 ** this.restless);
    return { calmMs, maxWaitMs: Math.max(calmMs, restlessWait) };
  }
}

/** The page's own tasks run between our slices. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}
