/**
 * The checker's card controller: the reader's pointer and keys over the marks, the card they open, and the steps
 * from one flagged figure to the next. It reads the shared claims, and shows the card on the mark layer's element.
 */
import type { CardActions } from '../ui/claimCard';
import type { ClaimSummary } from '../messages';
import { Listeners } from './listeners';
import type { MarkLayer } from './markLayer';
import type { PageClaims } from './pageClaims';

type ClaimsForCards = Pick<PageClaims, 'at' | 'shows' | 'rangeOf' | 'flagged' | 'view'>;
type MarksForCards = Pick<MarkLayer, 'near' | 'overlay' | 'ensureOverlay' | 'flash'>;

export class CardController {
  private openIndex: number | null = null;
  /** opened by a click, a key or the popup: it stays until closed, not only while the pointer is over it */
  private pinned = false;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerFrame = 0;
  private lastFocus: Element | null = null;
  private listening = false;
  private readonly listeners = new Listeners();
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly claims: ClaimsForCards,
    private readonly marks: MarksForCards,
    /** the card's controls: dismiss, undo, report, the KB's entry (the entry point wires them to the extension) */
    private readonly actions?: (claim: ClaimSummary) => CardActions,
  ) {}

  /** Once the page has marks: hover, click and keys open cards. */
  listen(): void {
    if (this.listening) return;
    this.listening = true;
    const view = this.doc.defaultView!;
    this.listeners.add(this.doc, 'mousemove', (event) => this.onPointer(event as MouseEvent), { passive: true });
    this.listeners.add(this.doc, 'click', (event) => this.onClick(event as MouseEvent), { passive: true, capture: true });
    this.listeners.add(this.doc, 'keydown', (event) => this.onKey(event as KeyboardEvent), { capture: true });
    this.listeners.add(view, 'scroll', () => this.pinned || this.hide(), { passive: true });
  }

  /** Moves to the next or previous flagged claim; false when the page has none. */
  step(direction: 1 | -1): boolean {
    const flagged = this.claims.flagged().map((a) => a.summary.index);
    if (flagged.length === 0) return false;
    const current = this.openIndex === null ? -1 : flagged.indexOf(this.openIndex);
    const next = current === -1 ? (direction === 1 ? 0 : flagged.length - 1) : (current + direction + flagged.length) % flagged.length;
    this.reveal(flagged[next], true);
    return true;
  }

  /** Scrolls a claim into view, flashes it and opens its card. */
  reveal(index: number, focus: boolean): void {
    const claim = this.claims.at(index);
    if (!claim) return;
    claim.anchor.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const range = this.claims.rangeOf(claim);
    if (range) this.marks.flash(range);
    this.pinned = true;
    this.show(index, focus);
  }

  hide(restoreFocus = false): void {
    clearTimeout(this.hoverTimer);
    this.openIndex = null;
    this.pinned = false;
    this.marks.overlay?.hide();
    if (restoreFocus && this.lastFocus instanceof HTMLElement) this.lastFocus.focus({ preventScroll: true });
    this.lastFocus = null;
  }

  /** The claims were cleared: no card is open. */
  forget(): void {
    this.marks.overlay?.hide();
    this.openIndex = null;
  }

  /** A new scan's claims are in: the open card goes if its claim did. */
  keepIfStillThere(): void {
    if (this.openIndex !== null && !this.claims.at(this.openIndex)) this.hide();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.hoverTimer);
    cancelAnimationFrame(this.pointerFrame);
    this.listeners.removeAll();
  }

  private show(index: number, focus: boolean): void {
    const claim = this.claims.at(index);
    const overlay = claim ? this.marks.ensureOverlay() : null;
    if (!claim || !overlay) return;
    if (focus && this.openIndex === null) this.lastFocus = this.doc.activeElement;
    this.openIndex = index;
    const flaggedCount = this.claims.flagged().length;
    const box = this.claims.rangeOf(claim)?.getBoundingClientRect() ?? claim.anchor.getBoundingClientRect();
    overlay.show(claim.summary, box, { focus, flaggedCount, theme: this.claims.view.theme, actions: this.actions?.(claim.summary) });
  }

  /** Only claims near the viewport can be under the pointer. */
  private hitTest(x: number, y: number): number | null {
    for (const i of this.marks.near) {
      const claim = this.claims.at(i)!;
      if (!this.claims.shows(claim)) continue;
      const range = this.claims.rangeOf(claim);
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
    const insideCard = this.marks.overlay?.contains(event) ?? false;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      if (this.stopped || this.pinned) return;
      clearTimeout(this.hoverTimer);
      const hit = insideCard ? this.openIndex : this.hitTest(clientX, clientY);
      if (hit !== null && hit !== this.openIndex) this.hoverTimer = setTimeout(() => this.show(hit, false), 120);
      else if (hit === null && this.openIndex !== null) this.hoverTimer = setTimeout(() => this.hide(), 400);
    });
  }

  private onClick(event: MouseEvent): void {
    if (this.marks.overlay?.contains(event)) return;
    const hit = this.hitTest(event.clientX, event.clientY);
    if (hit !== null) {
      this.pinned = true;
      this.show(hit, false);
    } else if (this.openIndex !== null) this.hide();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.openIndex !== null) {
      this.hide(true);
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const key = event.code === 'KeyJ' ? 1 : event.code === 'KeyK' ? -1 : 0;
    if (!key || isEditable(event.target)) return;
    if (this.step(key as 1 | -1)) event.preventDefault();
  }
}

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.closest !== 'function') return false;
  return Boolean(element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}
