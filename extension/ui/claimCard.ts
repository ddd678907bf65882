/**
 * The card that explains one claim's verdict, built with plain DOM calls: page text only ever enters
 * it through textContent, and the content script carries no HTML-templating code at all. Its controls
 * (dismiss, undo, report, the KB's entry) carry `data-action` attributes; they live inside our shadow root.
 */
import { t, uiLang } from '../i18n/i18n';
import type { ClaimSummary } from '../messages';
import type { DismissScope, Theme } from '../settings/settings';
import { reportIssueUrl, reportMailto } from './report';
import { sourceNames, VERDICT_SYMBOL, verdictTitle } from '../i18n/verdictText';

/** What the card's controls do, bound to its claim by the checker. */
export interface CardActions {
  dismiss(scope: DismissScope): void;
  undo(): void;
  /** the full text of a "This flag is wrong" report */
  report(): string;
  /** opens the knowledge page at this fact */
  knowledge(factId: string): void;
}

export interface ClaimCardOptions {
  flaggedCount: number;
  onClose(): void;
  onStep(direction: 1 | -1): void;
  theme?: Theme;
  actions?: CardActions;
}

type Child = Node | string | null | false | undefined;

/** The messages of the dismiss buttons, and of the note once dismissed. */
const DISMISS_LABEL: Record<DismissScope, string> = { page: 'cardDismissPage', everywhere: 'cardDismissEverywhere' };
const DISMISSED_NOTE: Record<DismissScope, string> = { page: 'cardDismissedPage', everywhere: 'cardDismissedEverywhere' };

function el(doc: Document, tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child); // strings become text nodes
  return element;
}

export function buildClaimCard(doc: Document, claim: ClaimSummary, options: ClaimCardOptions): HTMLElement {
  const quote = claim.quote.length > 280 ? `${claim.quote.slice(0, 277)}…` : claim.quote;
  const button = (label: string, className: string, onClick: () => void, attributes: Record<string, string> = {}) => {
    const b = el(doc, 'button', { type: 'button', class: className, ...attributes }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const section = (className: string, label: string, ...content: Child[]) => el(doc, 'p', { class: className }, el(doc, 'span', { class: 'label' }, label), ' ', ...content);
  const { actions } = options;
  const fact = claim.factIds[0];
  const lang = uiLang();
  const title = verdictTitle(claim.verdict);

  const card = el(
    doc, 'div',
    {
      class: 'card', 'data-verdict': claim.verdict, role: 'dialog', 'aria-label': t('cardLabel', [title]), tabindex: '-1', lang,
      ...(options.theme && options.theme !== 'system' ? { 'data-theme': options.theme } : {}),
    },
    el(doc, 'div', { class: 'head' },
      el(doc, 'span', { class: 'badge', 'aria-hidden': 'true' }, VERDICT_SYMBOL[claim.verdict]),
      el(doc, 'strong', { class: 'title' }, title),
      button('×', 'close', options.onClose, { 'aria-label': t('cardClose') })),
    section('says', t('cardSays'), el(doc, 'mark', { class: 'span', lang: '' }, claim.span), el(doc, 'span', { class: 'quote', lang: '' }, quote)),
    // written in the reader's language by the background (extension/i18n/claimText.ts)
    section('holds', t('cardHolds'), claim.expected),
    claim.refersTo !== null && section('when', t('cardJudgedAgainst'), claim.refersTo),
    claim.sources.length > 0 && section('sources', t('cardSources'), sourceNames(claim),
      actions && fact ? ' · ' : '',
      actions && fact ? button(t('knowledgeLink'), 'link', () => actions.knowledge(fact), { 'data-action': 'knowledge' }) : null),
    el(doc, 'div', { class: 'foot' },
      options.flaggedCount > 1 && button(t('cardPrevious'), 'step', () => options.onStep(-1)),
      options.flaggedCount > 1 && button(t('cardNext'), 'step', () => options.onStep(1)),
      el(doc, 'span', { class: 'hint' }, t('cardKeysHint'))),
    actions && controls(doc, claim, actions, button, () => keepInView(doc, card)),
  );
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') options.onClose();
  });
  return card;
}

type ButtonMaker = (label: string, className: string, onClick: () => void, attributes?: Record<string, string>) => HTMLElement;

/** Dismiss (with undo right there) and "This flag is wrong" (the report in full, then copy, e-mail or issue). */
function controls(doc: Document, claim: ClaimSummary, actions: CardActions, button: ButtonMaker, grew: () => void): HTMLElement {
  const box = el(doc, 'div', { class: 'controls' });
  const row = el(doc, 'div', { class: 'actions' });
  const status = el(doc, 'p', { class: 'status', role: 'status' });
  const reportBox = el(doc, 'div', { class: 'report' });
  let dismissed = claim.dismissed;

  const draw = (focus: 'undo' | 'dismiss' | null) => {
    status.replaceChildren();
    if (dismissed) {
      status.append(t(DISMISSED_NOTE[dismissed]), ' ');
      const undo = button(t('cardUndo'), 'undo', () => {
        dismissed = null;
        actions.undo();
        draw('dismiss');
      }, { 'data-action': 'undo' });
      status.append(undo);
      row.replaceChildren(reportButton);
      if (focus === 'undo') undo.focus();
      return;
    }
    const buttons = (['page', 'everywhere'] as const).map((scope) => button(t(DISMISS_LABEL[scope]), 'dismiss', () => {
      dismissed = scope;
      actions.dismiss(scope);
      draw('undo');
    }, { 'data-action': 'dismiss', 'data-scope': scope }));
    row.replaceChildren(...buttons, reportButton);
    if (focus === 'dismiss') buttons[0].focus();
  };

  const reportButton = button(t('cardReportOpen'), 'report-open', () => {
    if (reportBox.childElementCount) {
      reportBox.querySelector('textarea')?.focus();
      return;
    }
    const text = actions.report();
    const area = el(doc, 'textarea', { readonly: '', rows: '9', 'aria-label': t('cardReportArea'), spellcheck: 'false' }) as HTMLTextAreaElement;
    area.value = text;
    const copied = el(doc, 'span', { class: 'copied', role: 'status' });
    const copy = button(t('cardCopy'), 'copy', () => void copyText(doc, area).then((ok) => { copied.textContent = t(ok ? 'cardCopied' : 'cardCopyByHand'); }), { 'data-action': 'copy-report' });
    const link = (label: string, href: string, action: string) => el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer', 'data-action': action }, label);
    reportBox.append(
      el(doc, 'p', { class: 'label' }, t('cardReportTitle')),
      el(doc, 'p', { class: 'hint' }, t('cardReportHint')),
      area,
      el(doc, 'div', { class: 'actions' }, copy, link(t('cardEmail'), reportMailto(claim, text), 'email-report'), link(t('cardIssue'), reportIssueUrl(claim, text), 'issue-report'), copied),
    );
    grew();
    area.focus();
  }, { 'data-action': 'report' });

  draw(null);
  box.append(row, status, reportBox);
  return box;
}

/** A card that grew (the report opened) moves up so that its end stays on screen. */
function keepInView(doc: Document, card: HTMLElement): void {
  const view = doc.defaultView;
  if (!view) return;
  card.classList.add('expanded');
  const box = card.getBoundingClientRect();
  if (box.bottom > view.innerHeight - 8) card.style.top = `${Math.max(8, view.innerHeight - box.height - 8)}px`;
}

/** The clipboard API where the page is a secure context; the selection and the copy command elsewhere. */
async function copyText(doc: Document, area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    area.focus();
    area.select();
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    }
  }
}
