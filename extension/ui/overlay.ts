/**
 * The extension's only element in the page, named afresh for each page load (markStyles.ts), holding
 * a shadow root where the claim card and the badges are shown, styled by their own sheet.
 */
import type { Verdict } from '../engine/types';
import type { ClaimSummary } from '../messages';
import type { Theme } from '../settings/settings';
import { buildClaimCard, type CardActions } from './claimCard';

export interface Overlay {
  host: HTMLElement;
  show(claim: ClaimSummary, anchor: DOMRect, options: { focus: boolean; flaggedCount: number; theme?: Theme; actions?: CardActions }): void;
  /** draws a symbol badge after each flagged figure; rects in viewport coordinates */
  placeMarkers(markers: { rect: DOMRect; verdict: Verdict }[]): void;
  hide(): void;
  /** the event happened inside the card */
  contains(event: Event): boolean;
  destroy(): void;
}

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
        badge.setAttribute('data-verdict', verdict);
        badge.append(symbolOf(doc, verdict));
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

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Each badge's symbol (the shapes of VERDICT_SYMBOL: ✗ ◔ ✓ ?), drawn rather than typed: a badge's text was the page's first
 * use of a bold sans-serif face, and loading and shaping it laid the badges out in 2-7 ms against 0.1-0.9 ms without text
 * (docs/performance.md, session 15). Badges are aria-hidden; the card says the verdict in words.
 */
const SYMBOL_SHAPES: Record<Verdict, { d: string; fill?: boolean; thin?: boolean }[]> = {
  contradicted: [{ d: 'M2.4 4.6 L8.1 11.4 M8.1 4.6 L2.4 11.4' }],
  outdated: [{ d: 'M5.25 3.8 A3.6 3.6 0 1 1 5.249 3.8 Z', thin: true }, { d: 'M5.25 7.4 V3.8 A3.6 3.6 0 0 1 8.85 7.4 Z', fill: true }],
  supported: [{ d: 'M2.2 8.2 L4.4 10.6 L8.4 4.8' }],
  unverifiable: [{ d: 'M3.3 6 A2 2 0 1 1 6.4 7.6 Q5.25 8.3 5.25 9.6' }, { d: 'M4.45 11.3 h1.6 v1.5 h-1.6 Z', fill: true }],
};

function symbolOf(doc: Document, verdict: Verdict): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 10.5 14.4');
  for (const { d, fill, thin } of SYMBOL_SHAPES[verdict]) {
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    if (fill || thin) path.setAttribute('class', fill ? 'fill' : 'thin');
    svg.append(path);
  }
  return svg;
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
