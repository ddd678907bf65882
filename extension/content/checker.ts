/**
 * The checker's core, loaded only into pages whose topic gate opened (see topicGate.ts): reads the page,
 * has it judged, paints marks, opens cards, and keeps up with pages that change (gating them again while
 * the engine finds them off the topic). The engine itself runs in the background (see `analyze`), so
 * long pages are judged off their main thread.
 * Free of extension APIs (the entry point wires those in), so tests can drive it.
 */
import { isDiscrepancy } from '../engine/verdict';
import type { Verdict } from '../engine/types';
import { DEFAULT_SETTINGS, type DismissScope, type Theme } from '../settings/settings';
import { MAX_MARK_SCOPES, MAX_SECTIONS, type AnalyzeRequest, type Analysis, type ClaimSummary, type ContentRequest, type PageStatus } from '../messages';
import { publishedDate } from '../page/publishedDate';
import { RangeCache, textNodesOf } from '../page/ranges';
import { readPageSteps, type PageText, type TextSegment } from '../page/readPage';
import { createPainter, type Painter } from '../ui/highlights';
import type { MarkNames } from '../markNames';
import type { CardActions } from '../ui/claimCard';
import { mountOverlay, type Overlay, type OverlayStyles } from '../ui/overlay';
import { markScopes } from './markScope';
import { measure } from './measure';
import { nearViewport } from './nearViewport';
import { settleTimer, type SettleTiming } from './settle';
import { collectAdded, GATE_LIMITS, nodesHaveTopicCue, pageHasTopicCue } from './topicGate';

export interface AnnotatedClaim {
  summary: ClaimSummary;
  /** where the figure stands in the page text that was read */
  start: number;
  end: number;
  /** the element holding the figure: where it is on screen */
  anchor: Element;
  /** made when first needed (painted, hovered, revealed): most figures of a long page never are */
  range?: Range | null;
}

export interface CheckerOptions {
  /** judges a page's text: a message to the background in the extension, the engine itself in tests */
  analyze(request: Omit<AnalyzeRequest, 'type' | 'settings'>): Promise<Analysis | null>;
  /** our element's sheets (ui/overlay.css, ui/card.css) */
  styles: OverlayStyles;
  /**
   * Asked when the page first has figures to mark (names null): this page load's names for marks and the
   * host element, whose styles are then in place in these parts of the page (`scopes`, see markScope.ts),
   * or null in "no marks" mode (nothing is written into the page). Asked again, with those names, when a
   * rescan finds figures outside the parts styled so far. Pages with nothing to mark never ask, so they
   * get no style and no name at all.
   */
  marks(scopes: string[], names: MarkNames | null): Promise<MarkNames | null>;
  /** called whenever the page's results change */
  onStatus(status: PageStatus): void;
  /** an internal failure: the status says "failed", the details go here (never to the page) */
  onError?(error: unknown): void;
  /** how long mutations settle before a rescan, in ms */
  settleMs?: number;
  /** the page's topic gate has just opened (the extension loads the checker only then): skip it once */
  gateOpen?: boolean;
  /** what the reader chose to see (settings and this tab's "hide marks"); may change later (setView) */
  view?: Partial<MarkView>;
  /** the card's controls: dismiss, undo, report, the KB's entry (the entry point wires them to the extension) */
  actions?: (claim: ClaimSummary) => CardActions;
}

/** What the reader chose to see of the marks. */
export interface MarkView {
  /** the reader hid all marks on this tab */
  hidden: boolean;
  /** the verdicts that get a mark */
  verdicts: Record<Verdict, boolean>;
  /** whether the reader dismissed this figure in this sentence, and where */
  dismissal(claim: Pick<ClaimSummary, 'span' | 'quote'>): DismissScope | null;
  theme: Theme;
}

const DEFAULT_VIEW: MarkView = { hidden: false, verdicts: DEFAULT_SETTINGS.markVerdicts, dismissal: () => null, theme: 'system' };

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

export class Checker {
  private status: PageStatus = { state: 'checking' };
  private annotated: AnnotatedClaim[] = [];
  /** paints nothing until the names for marks arrive (askForMarks) */
  private painter: Painter;
  /** undefined until asked for (see CheckerOptions.marks), then the names, or null for no marks */
  private names: MarkNames | null | undefined;
  private namesRequested = false;
  /** the parts of the page whose marks' styles were asked for (see CheckerOptions.marks) */
  private styledScopes = new Set<string>();
  /** the elements holding the figures of the last read (their text nodes' parents) */
  private holders = new Set<Element>();
  /** requests for styles go one after another: a later one passes the names the first brought */
  private marksRequests: Promise<void> = Promise.resolve();
  private overlay: Overlay | null = null;
  private observer: MutationObserver | null = null;
  private readonly rescan = settleTimer((calm) => {
    this.restless = calm ? 0 : this.restless + 1;
    this.check();
  }, () => this.rescanTiming());
  /** rescans in a row that a page still changing forced (see LIMITS.maxRestlessWaitMs) */
  private restless = 0;
  private lastScanMs = 0;
  private openIndex: number | null = null;
  private pinned = false;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerFrame = 0;
  private layoutTimer: ReturnType<typeof setTimeout> | undefined;
  private scanning = false;
  /** nodes added to an off-topic page since the last gate: only they need gating */
  private pendingAdded: Node[] = [];
  private rescanRequested = false;
  private ranges = new RangeCache();
  private resizeObserver: ResizeObserver | null = null;
  private listening = false;
  /** what the badges were last drawn from: an unchanged layout redraws nothing */
  private markerKey = '';
  private bodySize = '';
  /** the text map of the last read: ranges are made from it when needed */
  private segments: TextSegment[] = [];
  /** what the last judged read held: a rescan that reads the same needs no new judgement */
  private judged: { text: string; published: string | null } | null = null;
  /** indexes of the claims near the viewport, in page order */
  private near: number[] = [];
  private nearTimer: ReturnType<typeof setTimeout> | undefined;
  private lastFocus: Element | null = null;
  private listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [];
  private stopped = false;
  private gateOpen: boolean;
  private view: MarkView;

  constructor(private readonly doc: Document, private readonly options: CheckerOptions) {
    this.painter = createPainter(doc, null);
    this.gateOpen = options.gateOpen ?? false;
    this.view = { ...DEFAULT_VIEW, ...options.view };
  }

  start(): void {
    this.check();
    this.observe();
  }

  getStatus(): PageStatus {
    return this.status;
  }

  get claims(): readonly AnnotatedClaim[] {
    return this.annotated;
  }

  /** Answers a validated request from the popup. */
  handle(request: ContentRequest): PageStatus | { ok: boolean } {
    if (request.type === 'pardon-check/get-status') return this.status;
    if (request.type === 'pardon-check/set-hidden') {
      this.setView({ hidden: request.hidden });
      return { ok: true };
    }
    const claim = this.annotated[request.index];
    if (!claim) return { ok: false };
    this.reveal(request.index, false);
    return { ok: true };
  }

  /**
   * The reader changed what to see (hid the marks, dismissed or restored a flag, chose the verdicts to
   * mark): marks and badges are drawn again from what was read, and the popup hears of dismissals. An open
   * card stays, so the reader can undo right there.
   */
  setView(change: Partial<MarkView>): void {
    this.view = { ...this.view, ...change };
    if (this.stopped) return;
    if (change.hidden) this.hideCard();
    let dismissals = false;
    for (const claim of this.annotated) {
      const dismissed = this.view.dismissal(claim.summary);
      if (dismissed === claim.summary.dismissed) continue;
      claim.summary = { ...claim.summary, dismissed };
      dismissals = true;
    }
    // badges already drawn are drawn again (or taken away); a page without any gets none before it needs one
    if (this.overlay) this.markerKey = '\u0000';
    this.layoutMarkers();
    this.paint();
    if (dismissals && this.status.state === 'checked') this.setStatus({ ...this.status, claims: this.annotated.map((a) => a.summary) });
  }

  /** The claim has a mark now: not dismissed, its verdict chosen, and marks not hidden on this tab. */
  private shows(claim: AnnotatedClaim): boolean {
    return !this.view.hidden && this.view.verdicts[claim.summary.verdict] && claim.summary.dismissed === null;
  }

  /** The page navigated within itself (single-page app): forget everything and read it afresh. */
  restart(): void {
    this.clearMarks();
    this.setStatus({ state: 'checking' });
    this.check();
  }

  stop(): void {
    this.stopped = true;
    this.rescan.cancel();
    clearTimeout(this.hoverTimer);
    cancelAnimationFrame(this.pointerFrame);
    clearTimeout(this.layoutTimer);
    this.observer?.disconnect();
    this.resizeObserver?.disconnect();
    clearTimeout(this.nearTimer);
    for (const [target, type, listener, options] of this.listeners) target.removeEventListener(type, listener, options);
    this.listeners = [];
    this.clearMarks();
    this.overlay?.destroy();
    this.overlay = null;
  }

  private clearMarks(): void {
    this.painter.clear();
    this.overlay?.placeMarkers([]);
    this.markerKey = '';
    this.overlay?.hide();
    this.annotated = [];
    this.near = [];
    this.openIndex = null;
    this.judged = null;
  }

  /**
   * Topic gate, then a full read. A page that never mentions pardons or political prisoners costs
   * one bounded text sample and one regex test; whether it is about Belarus is the engine's call.
   */
  private check(): void {
    try {
      this.gateAndScan();
    } catch (error) {
      this.fail(error);
    }
  }

  private gateAndScan(): void {
    if (this.stopped) return;
    if (this.scanning) {
      this.rescanRequested = true;
      return;
    }
    const started = performance.now();
    const added = this.status.state === 'off-topic' ? this.pendingAdded : [];
    this.pendingAdded = [];
    // a page already checked stays on the topic until it navigates (restart) or the engine says otherwise
    const cue = this.gateOpen || this.status.state === 'checked' || nodesHaveTopicCue(added) || pageHasTopicCue(this.doc);
    this.gateOpen = false;
    measure('gate', started);
    if (!cue) {
      if (this.annotated.length) this.clearMarks();
      this.setStatus({ state: 'off-topic' });
      return;
    }
    void this.scan();
  }

  /**
   * Reads the page in slices of at most LIMITS.sliceMs, yielding to the page between them, has the
   * text judged in the background, maps the answer onto the page in slices too, and paints it.
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
    try {
      const page = await sliced(readPageSteps(this.doc, { checkVisibility: true, exclude: this.overlay?.host ?? null }));
      if (!page) return;
      const published = publishedDate(this.doc, this.doc.location?.href);
      // ads and widgets change the DOM but not the text we read: the answer would be the same. Whether
      // they moved the text is the resize observer's call, as for any other layout change
      if (this.unchanged(page, published)) return;
      endSlice();
      const analysis = await this.options.analyze({ text: page.text, published, hasHeadline: page.hasHeadline, sections: page.sections.slice(0, MAX_SECTIONS) });
      sliceStart = performance.now();
      if (this.stopped || !analysis) return;
      const annotated = await sliced(this.mapClaims(page, analysis));
      if (annotated) this.apply(page, published, analysis, annotated);
    } catch (error) {
      // the page must never be left "checking" for ever, nor see our exception
      if (!this.stopped) this.fail(error);
    } finally {
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
    const { judged, segments } = this;
    if (this.status.state !== 'checked' || !judged || judged.text !== page.text || judged.published !== published) return false;
    if (page.segments.length !== segments.length) return false;
    if (!page.segments.every((segment, i) => segment.node === segments[i].node && segment.start === segments[i].start)) return false;
    // a text node whose data was set again, even to the same words, collapses the live ranges inside it
    return this.annotated.every((claim) => !claim.range?.collapsed);
  }

  /** Maps the judged claims back onto the page, a step per claim. */
  private *mapClaims(page: PageText, analysis: Analysis): Generator<void, AnnotatedClaim[]> {
    const annotated: AnnotatedClaim[] = [];
    const holders = new Set<Element>();
    for (const { start, end, quoteStart, quoteEnd, value, kind, verdict, note } of analysis.claims) {
      yield;
      const nodes = textNodesOf(page.segments, start, end);
      const anchor = nodes?.[0].parentElement;
      if (!nodes || !anchor) continue;
      // the elements the marks' styles must reach
      for (const node of nodes) if (node.parentElement) holders.add(node.parentElement);
      const { reason, expected, sources, factIds, refersTo } = analysis.notes[note];
      const quote = page.text.slice(quoteStart, quoteEnd);
      const span = page.text.slice(start, end);
      const dismissed = this.view.dismissal({ span, quote });
      const summary: ClaimSummary = { index: annotated.length, quote, span, start, value, kind, verdict, reason, expected, sources, factIds, refersTo, dismissed };
      const claim: AnnotatedClaim = { start, end, anchor, summary };
      // a painter that wraps figures changes the text nodes: every range must exist before it starts
      if (this.painter.eagerRanges) claim.range = this.ranges.get(this.doc, page.segments, start, end);
      annotated.push(claim);
    }
    this.holders = holders;
    return annotated;
  }

  /** The claim's Range, made on first use; null when the page has changed the text since it was read. */
  private rangeOf(claim: AnnotatedClaim): Range | null {
    if (claim.range === undefined) claim.range = this.ranges.get(this.doc, this.segments, claim.start, claim.end);
    return claim.range;
  }

  /** Shows the mapped claims: marks, badges, listeners, status. */
  private apply(page: PageText, published: string | null, analysis: Analysis, annotated: AnnotatedClaim[]): void {
    this.annotated = annotated;
    this.segments = page.segments;
    this.judged = { text: page.text, published };
    this.findNear();
    if (annotated.length) this.askForMarks();
    // read positions (badges) before writing highlights, so the page is laid out once
    this.layoutMarkers();
    this.paint();
    if (annotated.length) this.listenForReaders();
    if (this.openIndex !== null && !this.annotated[this.openIndex]) this.hideCard();
    this.setStatus(analysis.topic
      ? { state: 'checked', published: analysis.published, round: analysis.round, claims: annotated.map((a) => a.summary), truncated: page.truncated }
      : { state: 'off-topic' });
  }

  /**
   * The first time the page has figures: names and styles for marks, then the marks themselves. Later,
   * styles for figures outside the parts of the page styled so far (a feed's new entries, say).
   */
  private askForMarks(): void {
    const scopes = this.styledScopes.has(':root') ? [] : markScopes(this.holders).filter((s) => !this.styledScopes.has(s)).slice(0, MAX_MARK_SCOPES);
    if (this.namesRequested && scopes.length === 0) return;
    for (const scope of scopes) this.styledScopes.add(scope);
    const first = !this.namesRequested;
    this.namesRequested = true;
    this.marksRequests = this.marksRequests.then(async () => {
      // "no marks" mode, or the first request failed: nothing to style
      if (this.stopped || (!first && !this.names)) return;
      const names = await this.options.marks(scopes, this.names ?? null);
      if (this.stopped || !first) return;
      this.names = names;
      this.painter = createPainter(this.doc, names);
      if (!names || !this.annotated.length) return;
      // a painter that wraps figures changes the text nodes: every range must exist before it starts
      if (this.painter.eagerRanges) for (const claim of this.annotated) this.rangeOf(claim);
      this.layoutMarkers();
      this.paint();
      this.listenForReaders();
    }).catch((error: unknown) => this.fail(error));
  }

  /**
   * Marks are painted only near the viewport. Chromium re-validates every highlighted range on each
   * frame of a page that changes, so a live blog with hundreds of marks would make every one of its
   * frames slower; the nearby marks are all a reader can see anyway, and scrolling brings the others.
   */
  private paint(): void {
    const marks = [];
    for (const i of this.near) {
      const claim = this.annotated[i];
      if (!this.shows(claim)) continue;
      const range = this.rangeOf(claim);
      if (range) marks.push({ range, verdict: claim.summary.verdict });
    }
    this.painter.paint(marks);
  }

  /** Which claims are near the viewport now (see nearViewport); true when that changed. */
  private findNear(): boolean {
    const view = this.doc.defaultView;
    if (!view) return false;
    const { annotated } = this;
    const near = nearViewport(annotated.length, (i) => (annotated[i].anchor.isConnected ? annotated[i].anchor.getBoundingClientRect() : null), view.innerHeight);
    const changed = near.length !== this.near.length || near.some((n, i) => n !== this.near[i]);
    this.near = near;
    return changed;
  }

  /** The reader scrolled or the layout moved: repaint if other claims came near. */
  private followViewport(): void {
    if (this.nearTimer !== undefined || this.stopped) return;
    // one update for a burst of scroll events; a timer, not requestAnimationFrame, which Firefox did not
    // reliably run for content-script callbacks
    this.nearTimer = setTimeout(() => {
      this.nearTimer = undefined;
      if (!this.findNear()) return;
      this.layoutMarkers();
      this.paint();
    }, 16);
  }

  /**
   * Badges after flagged figures near the viewport (measuring every figure of a long page costs more
   * than a frame); re-laid out when the page's layout moves or the reader scrolls to others. The page
   * gets our element only once there is a badge or a card to show, and is not touched when the badges
   * would not move.
   */
  private layoutMarkers(): void {
    const markers: { rect: DOMRect; verdict: Verdict }[] = [];
    for (const i of this.near) {
      const claim = this.annotated[i];
      if (!isDiscrepancy(claim.summary.verdict) || !this.shows(claim)) continue;
      const range = this.rangeOf(claim);
      if (!range?.startContainer.isConnected) continue;
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      if (last && last.width > 0) markers.push({ rect: last, verdict: claim.summary.verdict });
    }
    const view = this.doc.defaultView;
    const key = markers.map(({ rect, verdict }) => `${verdict}@${rect.right + (view?.scrollX ?? 0)},${rect.top + (view?.scrollY ?? 0)}`).join(';');
    if (markers.length && this.doc.body) this.bodySize = sizeOf(this.doc.body);
    if (key === this.markerKey) return;
    // no overlay before the names for marks have come (or ever, in "no marks" mode)
    const overlay = this.ensureOverlay();
    if (!overlay) return;
    this.markerKey = key;
    overlay.placeMarkers(markers);
  }

  /** Layout moves come in floods (images, infinite scroll): follow them at most every 250 ms. */
  private scheduleLayout(): void {
    if (this.layoutTimer !== undefined || this.stopped || this.annotated.length === 0) return;
    this.layoutTimer = setTimeout(() => {
      this.layoutTimer = undefined;
      const moved = this.findNear();
      this.layoutMarkers();
      if (moved) this.paint();
    }, 250);
  }

  private fail(error: unknown): void {
    try {
      this.clearMarks();
    } catch {
      // the marks may be what failed: the status below still goes out
    }
    this.setStatus({ state: 'failed' });
    this.options.onError?.(error);
  }

  private setStatus(status: PageStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }

  /** Mutations only mark the page dirty; the rescan waits for them to settle and backs off when scans are slow. */
  private observe(): void {
    const target = this.doc.body ?? this.doc.documentElement;
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => this.overlay && (r.target === this.overlay.host || this.overlay.host.contains(r.target)))) return;
      // only queue the new nodes: whether they make the page topical is decided later, off this callback
      if (this.status.state === 'off-topic') collectAdded(records, this.pendingAdded);
      this.schedule();
    });
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
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
    const calmMs = Math.min(LIMITS.maxRescanGapMs, Math.max(this.options.settleMs ?? LIMITS.minRescanGapMs, this.lastScanMs * 10));
    const restlessWait = Math.min(LIMITS.maxRestlessWaitMs, LIMITS.maxRescanWaitMs * 2 ** this.restless);
    return { calmMs, maxWaitMs: Math.max(calmMs, restlessWait) };
  }

  private ensureOverlay(): Overlay | null {
    const names = this.names;
    if (!this.overlay && !this.stopped && names) {
      this.overlay = mountOverlay(this.doc, this.options.styles, names.host, {
        onClose: () => this.hideCard(true),
        onStep: (direction) => this.step(direction),
      });
    }
    return this.overlay;
  }

  /** Once the page has marks: hover, click and keys open cards; layout moves re-place the badges. */
  private listenForReaders(): void {
    if (this.listening || !this.names) return;
    this.listening = true;
    const view = this.doc.defaultView!;
    this.listen(this.doc, 'mousemove', (event) => this.onPointer(event as MouseEvent), { passive: true });
    this.listen(this.doc, 'click', (event) => this.onClick(event as MouseEvent), { passive: true, capture: true });
    this.listen(this.doc, 'keydown', (event) => this.onKey(event as KeyboardEvent), { capture: true });
    this.listen(view, 'scroll', () => this.pinned || this.hideCard(), { passive: true });
    // scrolling brings other claims near; captured on the document to see scrolling boxes inside the page too
    this.listen(this.doc, 'scroll', () => this.followViewport(), { passive: true, capture: true });
    this.listen(view, 'resize', () => this.scheduleLayout(), { passive: true });
    // images, fonts and ads move text after load: follow them
    const body = this.doc.body;
    if (typeof ResizeObserver === 'function' && body) {
      // the observer also reports once on start, and text does not move unless the body's box changes
      this.resizeObserver = new ResizeObserver(() => {
        const size = sizeOf(body);
        if (size === this.bodySize) return;
        this.bodySize = size;
        this.scheduleLayout();
      });
      this.resizeObserver.observe(body, { box: 'border-box' });
    }
  }

  private listen(target: EventTarget, type: string, listener: EventListener, options: AddEventListenerOptions): void {
    target.addEventListener(type, listener, options);
    this.listeners.push([target, type, listener, options]);
  }

  /** Only claims near the viewport can be under the pointer. */
  private hitTest(x: number, y: number): number | null {
    for (const i of this.near) {
      if (!this.shows(this.annotated[i])) continue;
      const range = this.rangeOf(this.annotated[i]);
      if (!range?.startContainer.isConnected) continue;
      for (const rect of Array.from(range.getClientRects())) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return i;
      }
    }
    return null;
  }

  private onPointer(event: MouseEvent): void {
    if (this.pointerFrame) return;
    const { clientX, clientY } = event;
    const insideCard = this.overlay?.contains(event) ?? false;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      if (this.stopped || this.pinned) return;
      clearTimeout(this.hoverTimer);
      const hit = insideCard ? this.openIndex : this.hitTest(clientX, clientY);
      if (hit !== null && hit !== this.openIndex) this.hoverTimer = setTimeout(() => this.showCard(hit, false), 120);
      else if (hit === null && this.openIndex !== null) this.hoverTimer = setTimeout(() => this.hideCard(), 400);
    });
  }

  private onClick(event: MouseEvent): void {
    if (this.overlay?.contains(event)) return;
    const hit = this.hitTest(event.clientX, event.clientY);
    if (hit !== null) {
      this.pinned = true;
      this.showCard(hit, false);
    } else if (this.openIndex !== null) this.hideCard();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.openIndex !== null) {
      this.hideCard(true);
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const key = event.code === 'KeyJ' ? 1 : event.code === 'KeyK' ? -1 : 0;
    if (!key || isEditable(event.target)) return;
    if (this.step(key as 1 | -1)) event.preventDefault();
  }

  /** The flagged claims that have a mark now, in page order. */
  private flagged(): AnnotatedClaim[] {
    return this.annotated.filter((a) => isDiscrepancy(a.summary.verdict) && this.shows(a));
  }

  /** Moves to the next or previous flagged claim; false when the page has none. */
  private step(direction: 1 | -1): boolean {
    const flagged = this.flagged().map((a) => a.summary.index);
    if (flagged.length === 0) return false;
    const current = this.openIndex === null ? -1 : flagged.indexOf(this.openIndex);
    const next = current === -1 ? (direction === 1 ? 0 : flagged.length - 1) : (current + direction + flagged.length) % flagged.length;
    this.reveal(flagged[next], true);
    return true;
  }

  /** Scrolls a claim into view, flashes it and opens its card. */
  private reveal(index: number, focus: boolean): void {
    const claim = this.annotated[index];
    if (!claim) return;
    claim.anchor.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const range = this.rangeOf(claim);
    if (range) this.painter.flash(range);
    this.pinned = true;
    this.showCard(index, focus);
  }

  private showCard(index: number, focus: boolean): void {
    const claim = this.annotated[index];
    const overlay = claim ? this.ensureOverlay() : null;
    if (!claim || !overlay) return;
    if (focus && this.openIndex === null) this.lastFocus = this.doc.activeElement;
    this.openIndex = index;
    const flaggedCount = this.flagged().length;
    const box = this.rangeOf(claim)?.getBoundingClientRect() ?? claim.anchor.getBoundingClientRect();
    overlay.show(claim.summary, box, { focus, flaggedCount, theme: this.view.theme, actions: this.options.actions?.(claim.summary) });
  }

  private hideCard(restoreFocus = false): void {
    clearTimeout(this.hoverTimer);
    this.openIndex = null;
    this.pinned = false;
    this.overlay?.hide();
    if (restoreFocus && this.lastFocus instanceof HTMLElement) this.lastFocus.focus({ preventScroll: true });
    this.lastFocus = null;
  }
}

/** The page's own tasks run between our slices. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}

function sizeOf(element: Element): string {
  const box = element.getBoundingClientRect();
  return `${box.width}x${box.height}`;
}

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.closest !== 'function') return false;
  return Boolean(element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}
