/**
 * The checker, loaded by the background into a page whose topic gate opened (entrypoints/content):
 * wiring and lifecycle only. The work happens in extension/content/checker.ts; the engine and the KB
 * live in the background. The background names this page load's marks and inserts their styles when
 * the checker starts (none at all in "no marks" mode).
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../extension/ui/card.css?inline';
import { Checker } from '../../extension/content/checker';
import { checkerStarted, clearFrameState, markCheckerStarted } from '../../extension/content/handover';
import { isDiscrepancy } from '../../extension/engine/verdict';
import { isAnalysis, isCheckerSetup, isContentRequest, type AnalyzeRequest, type PageStatus, type ReportError, type StartChecker, type StatusChanged } from '../../extension/messages';

export default defineUnlistedScript(() => {
  // the gate asks once per page; one checker per page even if it were injected twice
  if (checkerStarted()) return;
  markCheckerStarted();
  guard(startChecker);
});

function startChecker(): void {
  const ctx = new ContentScriptContext('checker');
  // nothing is sent for an off-topic page: its badge is already empty
  let lastSent = '0/0';
  // single-page apps: once this page has been checked, a navigation within it means reading it afresh.
  // Not set up on pages never checked (WXT's watcher costs ~0.7 ms, and such a page has nothing to clear:
  // its new content reaches the topic gate through the mutation observer anyway)
  let watchingLocation = false;
  const watchLocation = () => {
    if (watchingLocation) return;
    watchingLocation = true;
    ctx.addEventListener(window, 'wxt:locationchange', () => guard(() => checker.restart()));
  };
  const report = (status: PageStatus) => {
    if (status.state === 'checked') watchLocation();
    const claims = status.state === 'checked' ? status.claims.length : 0;
    const discrepancies = status.state === 'checked' ? status.claims.filter((c) => isDiscrepancy(c.verdict)).length : 0;
    const key = `${claims}/${discrepancies}`;
    if (key === lastSent || ctx.isInvalid) return;
    lastSent = key;
    const message: StatusChanged = { type: 'pardon-check/status-changed', claims, discrepancies };
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  // Chrome does not tell an old content script that its extension was reloaded or updated; once this
  // page shows our marks, look every 2 s (ctx.isInvalid runs onInvalidated, which tears everything down)
  let watching = false;
  const watchForReload = () => {
    if (watching) return;
    watching = true;
    ctx.setInterval(() => void ctx.isInvalid, 2000);
  };
  const analyze = async (page: Omit<AnalyzeRequest, 'type'>) => {
    if (ctx.isInvalid) return null;
    const request: AnalyzeRequest = { type: 'pardon-check/analyze', ...page };
    const answer: unknown = await browser.runtime.sendMessage(request).catch(() => null);
    if (ctx.isInvalid) return null;
    watchForReload();
    return isAnalysis(answer) ? answer : null;
  };
  // names and styles for this page load's marks, asked for once the page has figures to mark
  const marks = async () => {
    const request: StartChecker = { type: 'pardon-check/start-checker' };
    const answer: unknown = await browser.runtime.sendMessage(request).catch(() => null);
    // without an answer, nothing is shown in the page: the popup still has the results
    return isCheckerSetup(answer) && !ctx.isInvalid ? answer.names : null;
  };
  const onError = (error: unknown) => ctx.isInvalid || reportError(error);
  const checker = new Checker(document, { analyze, marks, cardCss, onStatus: report, onError, gateOpen: true });

  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;
    return Promise.resolve(checker.handle(message));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    checker.stop();
    clearFrameState();
  });
  checker.start();
}

/** The page must never see an exception of ours; the extension's own console gets it. */
function guard(work: () => void): void {
  try {
    work();
  } catch (error) {
    reportError(error);
  }
}

function reportError(error: unknown): void {
  const text = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  const message: ReportError = { type: 'pardon-check/report-error', error: text.slice(0, 4000) };
  browser.runtime.sendMessage(message).catch(() => undefined);
}
