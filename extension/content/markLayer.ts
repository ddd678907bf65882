/**
 * The checker's mark layer: this page load's names for marks and the styles they need (asked of the background),
 * the painter, and the badges on our one element, drawn only near the viewport and following the reader's
 * scrolling and the page's layout. It reads the shared claims; it changes none.
 */
import { MAX_MARK_SCOPES } from '../messages';
import type { MarkNames } from '../markNames';
import { createPainter, type Painter } from '../ui/highlights';
import { hasBadge, mountOverlay, type BadgeVerdict, type Overlay, type OverlayHandlers, type OverlayStyles } from '../ui/overlay';
import { Listeners } from './listeners';
import { markScopes } from './markScope';
import { nearViewport } from './nearViewport';
import type { PageClaims } from './pageClaims';

export interface MarkLayerOptions {
  /** this page load's names for marks, with their styles in place in these parts of the page (see CheckerOptions.marks) */
  marks(scopes: string[], names: MarkNames | null): Promise<MarkNames | null>;
  styles: OverlayStyles;
  /** the card's controls on our element */
  card: OverlayHandlers;
  /** the names came: marks are painted, and the reader's pointer and keys may be followed */
  onNamed(): void;
  /** when the page last changed (performance.now(); our own element's changes left out), -Infinity if never */
  lastChange(): number;
  fail(error: unknown): void;
}

type ClaimsToMark = Pick<PageClaims, 'all' | 'shows' | 'rangeOf'>;

/**
 * A page that is changing when its first marks are ready gets them once it has been calm for calmMs, and at
 * the latest maxHoldMs after they were ready. While any highlight is registered, Chromium rebuilds every
 * highlighted range's markers and repaints their text on each frame in which the page's DOM changes: on the
 * bench's feed, 1,000 paragraphs arriving in 40 bursts, the marks near the viewport cost about 20 ms of
 * paint, most of it while the feed was still filling in (docs/performance.md, session 12 (2)). A page at rest
 * is marked at once.
 */
export const FIRST_MARKS = { calmMs: 250, maxHoldMs: 2000 };

export class MarkLayer {
  /** paints nothing until the names for marks arrive (askForMarks) */
  private painter: Painter;
  /** undefined until asked for (see CheckerOptions.marks), then the names, or null for no marks */
  private names: MarkNames | null | undefined;
  private namesRequested = false;
  /** the parts of the page whose marks' styles were asked for */
  private styledScopes = new Set<string>();
  /** requests for styles go one after another: a later one passes the names the first brought */
  private marksRequests: Promise<void> = Promise.resolve();
  /**
   * requests for styles in parts of the page not styled before, still on their way: marks wait for them. A mark
   * registered before its style is in place paints nothing, and a page's script (or a test) would see it unstyled
   */
  private stylesComing = 0;
  private ourElement: Overlay | null = null;
  /** indexes of the claims near the viewport, in page order */
  private nearIndexes: number[] = [];
  private nearTimer: ReturnType<typeof setTimeout> | undefined;
  private layoutTimer: ReturnType<typeof setTimeout> | undefined;
  private resizeObserver: ResizeObserver | null = null;
  /** what the badges were last drawn from: an unchanged layout redraws nothing */
  private markerKey = '';
  private bodySize = '';
  private listening = false;
  /** the first marks and badges wait for the page to calm down (FIRST_MARKS): nothing is drawn meanwhile */
  private held = false;
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Listeners();
  private stopped = false;

  constructor(private readonly doc: Document, private readonly claims: ClaimsToMark, private readonly options: MarkLayerOptions) {
    this.painter = createPainter(doc, null);
  }

  /** the names have come, and marks are shown (not "no marks" mode) */
  get named(): boolean {
    return Boolean(this.names);
  }

  /** our element, once there was a badge or a card to show */
  get overlay(): Overlay | null {
    return this.ourElement;
  }

  get near(): readonly number[] {
    return this.nearIndexes;
  }

  /** see Painter.eagerRanges */
  get eagerRanges(): boolean {
    return this.painter.eagerRanges;
  }

  /** A scan's claims are in: find those near, ask for styles where they are new, draw badges, then paint. */
  show(holders: Set<Element>): void {
    this.findNear();
    if (this.claims.all.length) this.askForMarks(holders);
    // read positions (badges) before writing highlights, so the page is laid out once
    this.layoutMarkers();
    this.paint();
  }

  /** The reader changed what to see: badges already drawn are drawn again (or taken away), and marks repainted. */
  redraw(): void {
    // a page without any badge gets none before it needs one
    if (this.ourElement) this.markerKey = '\u0000';
    this.layoutMarkers();
    this.paint();
  }

  flash(range: Range): void {
    this.painter.flash(range);
  }

  /** Our element, made when first needed; none before the names for marks have come (or ever, in "no marks" mode). */
  ensureOverlay(): Overlay | null {
    const names = this.names;
    if (!this.ourElement && !this.stopped && names) this.ourElement = mountOverlay(this.doc, this.options.styles, names.host, this.options.card);
    return this.ourElement;
  }

  /** Once the page has marks: scrolling brings other claims near; layout moves re-place the badges. */
  listen(): void {
    if (this.listening || !this.names) return;
    this.listening = true;
    const view = this.doc.defaultView!;
    // captured on the document to see scrolling boxes inside the page too
    this.listeners.add(this.doc, 'scroll', () => this.followViewport(), { passive: true, capture: true });
    this.listeners.add(view, 'resize', () => this.scheduleLayout(), { passive: true });
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

  clear(): void {
    this.painter.clear();
    this.ourElement?.placeMarkers([]);
    this.markerKey = '';
    this.nearIndexes = [];
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.holdTimer);
    clearTimeout(this.layoutTimer);
    this.resizeObserver?.disconnect();
    clearTimeout(this.nearTimer);
    this.listeners.removeAll();
  }

  /** Takes our element out of the page (after stop and clear). */
  destroy(): void {
    this.ourElement?.destroy();
    this.ourElement = null;
  }

  /**
   * The first time the page has figures: names and styles for marks, then the marks themselves. Later,
   * styles for figures outside the parts of the page styled so far (a feed's new entries, say).
   */
  private askForMarks(holders: Set<Element>): void {
    const scopes = this.styledScopes.has(':root') ? [] : markScopes(holders).filter((s) => !this.styledScopes.has(s)).slice(0, MAX_MARK_SCOPES);
    if (this.namesRequested && scopes.length === 0) return;
    for (const scope of scopes) this.styledScopes.add(scope);
    const first = !this.namesRequested;
    this.namesRequested = true;
    // the first request's marks are drawn when its names come (below)
    if (!first) this.stylesComing++;
    const request = this.marksRequests.then(async () => {
      // "no marks" mode, or the first request failed: nothing to style
      if (this.stopped || (!first && !this.names)) return;
      const names = await this.options.marks(scopes, this.names ?? null);
      if (this.stopped || !first) return;
      this.names = names;
      this.painter = createPainter(this.doc, names);
      if (!names || !this.claims.all.length) return;
      // a painter that wraps figures changes the text nodes: every range must exist before it starts
      if (this.painter.eagerRanges) for (const claim of this.claims.all) this.claims.rangeOf(claim);
      this.drawWhenCalm();
      this.options.onNamed();
    });
    this.marksRequests = request.finally(() => {
      if (first || --this.stylesComing > 0 || this.stopped) return;
      // the styles are in (or will never come): the marks of the parts they were for
      this.paint();
    }).catch((error: unknown) => this.options.fail(error));
  }

  /** The first marks and badges: now if the page is at rest, else once it calms down (FIRST_MARKS). */
  private drawWhenCalm(): void {
    const readyAt = performance.now();
    const draw = () => {
      this.holdTimer = undefined;
      if (this.stopped) return;
      const now = performance.now();
      const due = Math.min(this.options.lastChange() + FIRST_MARKS.calmMs, readyAt + FIRST_MARKS.maxHoldMs);
      // timers and performance.now() may disagree by a fraction of a millisecond
      if (due - now > 1) {
        this.held = true;
        this.holdTimer = setTimeout(draw, due - now);
        return;
      }
      // the page moved while the marks waited: find again which claims are near
      if (this.held) this.findNear();
      this.held = false;
      this.layoutMarkers();
      this.paint();
    };
    draw();
  }

  /**
   * Marks are painted only near the viewport. Chromium re-validates every highlighted range on each
   * frame of a page that changes, so a live blog with hundreds of marks would make every one of its
   * frames slower; the nearby marks are all a reader can see anyway, and scrolling brings the others.
   */
  private paint(): void {
    if (this.held || this.stylesComing > 0) return;
    const marks = [];
    for (const i of this.nearIndexes) {
      const claim = this.claims.all[i];
      if (!this.claims.shows(claim)) continue;
      const range = this.claims.rangeOf(claim);
      if (range) marks.push({ range, verdict: claim.summary.verdict });
    }
    this.painter.paint(marks);
  }

  /** Which claims are near the viewport now (see nearViewport); true when that changed. */
  private findNear(): boolean {
    const view = this.doc.defaultView;
    if (!view) return false;
    const { all } = this.claims;
    const near = nearViewport(all.length, (i) => (all[i].anchor.isConnected ? all[i].anchor.getBoundingClientRect() : null), view.innerHeight);
    const changed = near.length !== this.nearIndexes.length || near.some((n, i) => n !== this.nearIndexes[i]);
    this.nearIndexes = near;
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
    if (this.held) return;
    const markers: { rect: DOMRect; verdict: BadgeVerdict }[] = [];
    for (const i of this.nearIndexes) {
      const claim = this.claims.all[i];
      const verdict = claim.summary.verdict;
      if (!hasBadge(verdict) || !this.claims.shows(claim)) continue;
      const range = this.claims.rangeOf(claim);
      if (!range?.startContainer.isConnected) continue;
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      if (last && last.width > 0) markers.push({ rect: last, verdict });
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
    if (this.layoutTimer !== undefined || this.stopped || this.claims.all.length === 0) return;
    this.layoutTimer = setTimeout(() => {
      this.layoutTimer = undefined;
      const moved = this.findNear();
      this.layoutMarkers();
      if (moved) this.paint();
    }, 250);
  }
}

function sizeOf(element: Element): string {
  const box = element.getBoundingClientRect();
  return `${box.width}x${box.height}`;
}
