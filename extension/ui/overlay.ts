/**
 * The extension's only element in the page, named afresh for each page load (markStyles.ts), holding
 * a shadow root where the claim card and the badges are shown, styled by their own sheet.
 */
import type { Verdict } from '../engine/types';
import type { ClaimSummary } from '../messages';
import type { Theme } from '../settings/settings';
import { buildClaimCard, type CardActions } from './claimCard';
import { isDiscrepancy } from '../engine/verdict';

export interface Overlay {
  host: HTMLElement;
  show(claim: ClaimSummary, anchor: DOMRect, options: { focus: boolean; flaggedCount: number; theme?: Theme; actions?: CardActions }): void;
  /** draws a symbol badge after each flagged figure; rects in viewport coordinates */
  placeMarkers(markers: { rect: DOMRect; verdict: BadgeVerdict }[]): void;
  hide(): void;
  /** the event happened inside the card */
  contains(event: Event): boolean;
  destroy(): void;
}

/** The verdicts a badge is drawn for (overlay.css has their shapes): the flags. */
export type BadgeVerdict = Extract<Verdict, 'contradicted' | 'outdated'>;
export const hasBadge = (verdict: Verdict): verdict is BadgeVerdict => isDiscrepancy(verdict);

/** The shadow root's sheets: the host and badges' at once, the card's when a card first opens. */
export interface OverlayStyles {
  overlay: string;
  card: string;
}

export interface OverlayHandlers {
  onClose(): void;
  onStep(direction: 1 | -1): void;
}

export function mountOverlay(doc: Document, styles: OverlayStyles, hostTag: string, handlers: OverlayHandlers): Overlay {
  const host = doc.createElement(hostTag);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(doc, shadow, styles.overlay);
  // most pages with badges never have a card opened: its sheet is parsed on the first
  let cardStyled = false;
  const markerLayer = doc.createElement('div');
  markerLayer.className = 'markers';
  markerLayer.setAttribute('aria-hidden', 'true');
  shadow.append(markerLayer);
  doc.documentElement.append(host);
  let card: HTMLElement | null = null;

  const hide = () => {
    card?.remove();
    card = null;
  };
  return {
    host,
    show(claim, anchor, { focus, flaggedCount, theme, actions }) {
      hide();
      if (!cardStyled) {
        cardStyled = true;
        adoptStyles(doc, shadow, styles.card);
      }
      card = buildClaimCard(doc, claim, { flaggedCount, theme, actions, ...handlers });
      card.style.left = `${placeCard(anchor, doc, 0).left}px`;
      shadow.append(card);
      // now that the card is laid out, place it with its real height
      card.style.top = `${placeCard(anchor, doc, card.offsetHeight).top}px`;
      if (focus) card.focus({ preventScroll: true });
    },
    placeMarkers(markers) {
      // the host sits at the document's origin, so document coordinates place the badges
      const origin = host.getBoundingClientRect();
      const badges = markers.map(({ rect, verdict }) => {
        const badge = doc.createElement('span');
        badge.className = 'marker';
        // its symbol is drawn by its sheet, from the verdict: no text, so no font is loaded for it (overlay.css)
        badge.setAttribute('data-verdict', verdict);
        badge.style.left = `${rect.right - origin.left}px`;
        badge.style.top = `${rect.top - origin.top}px`;
        return badge;
      });
      markerLayer.replaceChildren(...badges);
    },
    hide,
    contains: (event) => event.composedPath().includes(host),
    destroy() {
      hide();
      host.remove();
    },
  };
}

/** Constructable sheets are not subject to the page's style-src CSP; a <style> element is the fallback. Adds to the sheets there. */
function adoptStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  try {
    const View = doc.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (View?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return;
  } catch {
    // some engines refuse sheets made in the content script's realm
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

const CARD_WIDTH = 380;

/** Below the figure when there is room, else above; always inside the viewport. */
function placeCard(anchor: DOMRect, doc: Document, height: number): { top: number; left: number } {
  const view = doc.defaultView!;
  const width = Math.min(CARD_WIDTH, view.innerWidth - 16);
  const left = Math.max(8, Math.min(anchor.left, view.innerWidth - width - 8));
  const below = anchor.bottom + 8;
  const above = anchor.top - height - 8;
  const top = below + height <= view.innerHeight - 8 ? below : above >= 8 ? above : Math.max(8, view.innerHeight - height - 8);
  return { top, left };
}
