/**
 * The card that explains one claim's verdict, built with plain DOM calls: page text only ever enters
 * it through textContent, and the content script carries no HTML-templating code at all.
 */
import type { ClaimSummary } from '../messages';
import { sourceLabel, VERDICT_SYMBOL, VERDICT_TITLE } from './verdictText';

export interface ClaimCardOptions {
  flaggedCount: number;
  onClose(): void;
  onStep(direction: 1 | -1): void;
}

type Child = Node | string | null | false;

function el(doc: Document, tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child); // strings become text nodes
  return element;
}

export function buildClaimCard(doc: Document, claim: ClaimSummary, options: ClaimCardOptions): HTMLElement {
  const quote = claim.quote.length > 280 ? `${claim.quote.slice(0, 277)}…` : claim.quote;
  const button = (label: string, className: string, onClick: () => void, ariaLabel?: string) => {
    const b = el(doc, 'button', { type: 'button', class: className, ...(ariaLabel ? { 'aria-label': ariaLabel } : {}) }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const section = (className: string, label: string, ...content: Child[]) => el(doc, 'p', { class: className }, el(doc, 'span', { class: 'label' }, label), ' ', ...content);

  const card = el(
    doc, 'div',
    { class: 'card', 'data-verdict': claim.verdict, role: 'dialog', 'aria-label': `Pardon Check: ${VERDICT_TITLE[claim.verdict]}`, tabindex: '-1' },
    el(doc, 'div', { class: 'head' },
      el(doc, 'span', { class: 'badge', 'aria-hidden': 'true' }, VERDICT_SYMBOL[claim.verdict]),
      el(doc, 'strong', { class: 'title' }, VERDICT_TITLE[claim.verdict]),
      button('×', 'close', options.onClose, 'Close')),
    section('says', 'This page says', el(doc, 'mark', { class: 'span' }, claim.span), el(doc, 'span', { class: 'quote' }, quote)),
    section('holds', 'The knowledge base holds', claim.expected),
    claim.refersTo !== null && section('when', 'Judged against', claim.refersTo),
    claim.sources.length > 0 && section('sources', 'Sources', claim.sources.map(sourceLabel).join(', ')),
    el(doc, 'div', { class: 'foot' },
      options.flaggedCount > 1 && button('‹ Previous', 'step', () => options.onStep(-1)),
      options.flaggedCount > 1 && button('Next ›', 'step', () => options.onStep(1)),
      el(doc, 'span', { class: 'hint' }, 'Alt+Shift+J / K steps through flagged figures · Esc closes')),
  );
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') options.onClose();
  });
  return card;
}
