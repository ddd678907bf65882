/** Background: runs the engine for the checker, loads the checker into pages whose topic gate opened, keeps one badge per tab. Holds no page data beyond a block cache. */
import { EngineHost } from '../extension/background/engineHost';
import { bundledKnowledge } from '../extension/engine/bundledKnowledge';
import { isAnalyzeRequest, isLoadChecker, isStatusChanged } from '../extension/messages';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const engine = new EngineHost(bundledKnowledge);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    // only our own content scripts, running in web pages, talk to the background
    if (sender.id !== browser.runtime.id || tabId === undefined || !/^https?:/.test(sender.url ?? '')) return undefined;
    if (isAnalyzeRequest(message)) return Promise.resolve(engine.analyze(`${tabId}:${sender.frameId ?? 0}`, message));
    if (isLoadChecker(message)) return loadChecker(tabId, sender.frameId ?? 0);
    if (sender.frameId !== 0 || !isStatusChanged(message)) return undefined;
    const { discrepancies, claims } = message;
    void action.setBadgeBackgroundColor({ tabId, color: '#b91c1c' });
    void action.setBadgeText({ tabId, text: discrepancies ? String(discrepancies) : '' });
    void action.setTitle({
      tabId,
      title: claims ? `Pardon Check: ${discrepancies} of ${claims} figures disagree with the sources` : 'Pardon Check',
    });
    return undefined;
  });

  // a navigation starts a new page: its badge starts empty until its content script reports
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void action.setBadgeText({ tabId, text: '' });
      void action.setTitle({ tabId, title: 'Pardon Check' });
      engine.forget(String(tabId));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => engine.forget(String(tabId)));
});

/** The page's topic gate opened: the checker goes into that frame only. */
async function loadChecker(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/checker.js'] });
    return true;
  } catch {
    // the tab navigated away or closed meanwhile
    return false;
  }
}
