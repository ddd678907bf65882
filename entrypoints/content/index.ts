/**
 * The topic gate, the one content script that runs on every page. It stays this small on purpose: on a
 * page that is not about the topic it is all that runs, and it uses no extension API there (the popup
 * reads its state instead, see extension/content/handover.ts). When the gate opens, the background loads
 * the checker (entrypoints/checker) into this frame. Until then it leaves no trace a page could see: no
 * element, no style, no event, no entry in the page's performance timeline.
 */
import { clearFrameState, setFrameState } from '../../extension/content/handover';
import { nativeRuntime } from '../../extension/content/nativeRuntime';
import { watchForTopic } from '../../extension/content/topicGate';
import type { LoadChecker } from '../../extension/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // our context (extension/content/scriptContext.ts) tells the page nothing; should WXT's own ever be back,
  // this keeps it from posting every page a note carrying our extension id
  noScriptStartedPostMessage: true,
  main(ctx) {
    setFrameState('off-topic');
    try {
      const stopWatching = watchForTopic(document, () => {
        // the first use of the extension APIs on this page: it asks whether the extension is still there
        if (ctx.isInvalid) return;
        setFrameState('checking');
        const request: LoadChecker = { type: 'pardon-check/load-checker' };
        nativeRuntime()?.sendMessage(request)?.catch(() => undefined);
      });
      ctx.onInvalidated(() => {
        stopWatching();
        clearFrameState();
      });
    } catch {
      // the page must never see an exception of ours (nor a log line: the gate stays silent off the topic)
    }
  },
});
