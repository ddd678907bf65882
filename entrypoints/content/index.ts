/**
 * The topic gate, the one content script that runs on every page. It stays this small on purpose: on a
 * page that is not about the topic it is all that runs. When the gate opens, the background loads the
 * checker (entrypoints/checker) into this frame.
 */
// the marks' styles come with the gate: added later, they would make the browser restyle the whole page
import '../../extension/ui/marks.css';
import { checkerStarted } from '../../extension/content/handover';
import { watchForTopic } from '../../extension/content/topicGate';
import { isContentRequest, type LoadChecker, type PageStatus } from '../../extension/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // our context (extension/content/scriptContext.ts) tells the page nothing; should WXT's own ever be back,
  // this keeps it from posting every page a note carrying our extension id
  noScriptStartedPostMessage: true,
  main(ctx) {
    let handedOver = false;
    // the popup asks every page; until the checker runs here, the gate answers for it
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isContentRequest(message) || checkerStarted()) return undefined;
      const status: PageStatus = { state: handedOver ? 'checking' : 'off-topic' };
      return Promise.resolve(message.type === 'pardon-check/get-status' ? status : { ok: false });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    try {
      const stopWatching = watchForTopic(document, () => {
        if (ctx.isInvalid) return;
        handedOver = true;
        const request: LoadChecker = { type: 'pardon-check/load-checker' };
        browser.runtime.sendMessage(request).catch(() => undefined);
      });
      ctx.onInvalidated(stopWatching);
    } catch (error) {
      // the page must never see an exception of ours
      console.debug('[Pardon Check] skipped this page after an internal error', error);
    }
  },
});
