/**
 * The checker, loaded by the background into a page whose topic gate opened (entrypoints/content):
 * wiring and lifecycle only. The work happens in extension/content/checker.ts; the engine and the KB
 * live in the background. The marks' styles (extension/ui/marks.css) came with the gate.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../extension/ui/card.css?inline';
import { Checker } from '../../extension/content/checker';
import { checkerStarted, clearFrameState, markCheckerStarted } from '../../extension/content/handover';
import { isDiscrepancy } from '../../extension/engine/verdict';
import { isAnalysis, isContentRequest, type AnalyzeRequest, type PageStatus, type StatusChanged } from '../../extension/messages';

export default defineUnlistedScript(() => {
  guard(() => {
    // the gate asks once per page; one checker per page even if it were injected twice
    if (checkerStarted()) return;
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
    const checker = new Checker(document, { analyze, cardCss, onStatus: report, gateOpen: true });

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;
      return Promise.resolve(checker.handle(message));
    };
    browser.runtime.onMessage.addListener(onMessage);
    markCheckerStarted();
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      checker.stop();
      clearFrameState();
    });
    checker.start();
  });
});

/** The page must never see an exception of ours. */
function guard(work: () => void): void {
  try {
    work();
  } catch (error) {
    console.debug('[Pardon Check] skipped this page after an internal error', error);
  }
}
