/**
 * The checker, loaded only into pages whose topic gate opened (see topicGate.ts): reads the page, has it judged,
 * paints marks, opens cards, and keeps up with pages that change. It composes three parts, each holding its own
 * state and sharing one set of annotated claims (pageClaims.ts): the scan loop (scanLoop.ts: observe, settle,
 * read, ask, map), the mark layer (markLayer.ts: names, styles, painter, badges near the viewport) and the card
 * controller (cardController.ts: pointer, keys, card, steps). The engine itself runs in the background.
 * Free of extension APIs (the entry point wires those in), so tests can drive it.
 */
import type { AnalyzeRequest, Analysis, ClaimSummary, ContentRequest, PageStatus, Resend } from '../messages';
import type { MarkNames } from '../markNames';
import type { CardActions } from '../ui/claimCard';
import type { OverlayStyles } from '../ui/overlay';
import { CardController } from './cardController';
import { MarkLayer } from './markLayer';
import { DEFAULT_VIEW, PageClaims, type AnnotatedClaim, type MarkView } from './pageClaims';
import { ScanLoop, type Scan } from './scanLoop';

export type { AnnotatedClaim, MarkView } from './pageClaims';

export interface CheckerOptions {
  /** judges a page's text: a message to the background in the extension, the engine itself in tests */
  analyze(request: Omit<AnalyzeRequest, 'type' | 'settings'>): Promise<Analysis | Resend | null>;
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

export class Checker {
  private status: PageStatus = { state: 'checking' };
  private readonly pageClaims: PageClaims;
  private readonly scanLoop: ScanLoop;
  private readonly marks: MarkLayer;
  private readonly cards: CardController;
  private stopped = false;

  constructor(doc: Document, private readonly options: CheckerOptions) {
    this.pageClaims = new PageClaims(doc, { ...DEFAULT_VIEW, ...options.view });
    this.marks = new MarkLayer(doc, this.pageClaims, {
      marks: options.marks,
      styles: options.styles,
      card: { onClose: () => this.cards.hide(true), onStep: (direction) => this.cards.step(direction) },
      onNamed: () => this.listenForReaders(),
      lastChange: () => this.scanLoop.lastChange,
      fail: (error) => this.fail(error),
    });
    this.cards = new CardController(doc, this.pageClaims, this.marks, options.actions);
    this.scanLoop = new ScanLoop(doc, this.pageClaims, {
      analyze: options.analyze,
      state: () => this.status.state,
      ourElement: () => this.marks.overlay?.host ?? null,
      eagerRanges: () => this.marks.eagerRanges,
      offTopic: () => {
        if (this.pageClaims.all.length) this.clearMarks();
        this.setStatus({ state: 'off-topic' });
      },
      scanned: (scan) => this.apply(scan),
      fail: (error) => this.fail(error),
    }, options.gateOpen ?? false, options.settleMs);
  }

  start(): void {
    this.scanLoop.start();
  }

  getStatus(): PageStatus {
    return this.status;
  }

  get claims(): readonly AnnotatedClaim[] {
    return this.pageClaims.all;
  }

  /** Answers a validated request from the popup. */
  handle(request: ContentRequest): PageStatus | { ok: boolean } {
    if (request.type === 'pardon-check/get-status') return this.status;
    if (request.type === 'pardon-check/set-hidden') {
      this.setView({ hidden: request.hidden });
      return { ok: true };
    }
    if (!this.pageClaims.at(request.index)) return { ok: false };
    this.cards.reveal(request.index, false);
    return { ok: true };
  }

  /**
   * The reader changed what to see (hid the marks, dismissed or restored a flag, chose the verdicts to
   * mark): marks and badges are drawn again from what was read, and the popup hears of dismissals. An open
   * card stays, so the reader can undo right there.
   */
  setView(change: Partial<MarkView>): void {
    this.pageClaims.setView(change);
    if (this.stopped) return;
    if (change.hidden) this.cards.hide();
    const dismissals = this.pageClaims.refreshDismissals();
    this.marks.redraw();
    if (dismissals && this.status.state === 'checked') this.setStatus({ ...this.status, claims: this.pageClaims.summaries() });
  }

  /** The page navigated within itself (single-page app): forget everything and read it afresh. */
  restart(): void {
    this.clearMarks();
    this.setStatus({ state: 'checking' });
    this.scanLoop.run();
  }

  stop(): void {
    this.stopped = true;
    this.scanLoop.stop();
    this.cards.stop();
    this.marks.stop();
    this.clearMarks();
    this.marks.destroy();
  }

  private clearMarks(): void {
    this.marks.clear();
    this.cards.forget();
    this.pageClaims.clear();
    this.scanLoop.forget();
  }

  /** Shows a scan's claims: marks, badges, listeners, status. */
  private apply({ page, analysis, claims, holders }: Scan): void {
    this.pageClaims.replace(claims, page.segments);
    this.marks.show(holders);
    if (claims.length) this.listenForReaders();
    this.cards.keepIfStillThere();
    this.setStatus(analysis.topic
      ? { state: 'checked', published: analysis.published, round: analysis.round, claims: this.pageClaims.summaries(), truncated: page.truncated }
      : { state: 'off-topic' });
  }

  /** Once there are names for marks: the reader's pointer, keys and scrolling are followed. */
  private listenForReaders(): void {
    if (!this.marks.named) return;
    this.cards.listen();
    this.marks.listen();
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
}
