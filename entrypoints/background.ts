/**
 * Background: runs the engine for the checker, loads the checker into pages whose topic gate opened,
 * names each page load's marks and inserts their styles, keeps one badge per tab. Holds no page data
 * beyond a block cache.
 */
import { EngineHost } from '../extension/background/engineHost';
import { bundledKnowledge } from '../extension/engine/bundledKnowledge';
import { isAnalyzeRequest, isLoadChecker, isReportError, isStartChecker, isStatusChanged, type CheckerSetup } from '../extension/messages';
import { loadSettings } from '../extension/settings/settings';
import { markStylesheet, randomMarkNames } from '../extension/ui/markStyles';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const engine = new EngineHost(bundledKnowledge);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    // only our own content scripts, running in web pages, talk to the background
    if (sender.id !== browser.runtime.id || tabId === undefined || !/^https?:/.test(sender.url ?? '')) return undefined;
    if (isAnalyzeRequest(message)) return Promise.resolve(engine.analyze(`${tabId}:${sender.frameId ?? 0}`, message));
    if (isLoadChecker(message)) return loadChecker(tabId, sender.frameId ?? 0);
    if (isStartChecker(message)) return setUpMarks(tabId, sender.frameId ?? 0);
    if (isReportError(message)) {
      console.warn(`[Pardon Check] could not check a page in tab ${tabId}:`, message.error);
      return undefined;
    }
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

  // once, on install: the welcome page, where a reader can choose "no marks" before reading anything
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});

/**
 * A checker starts in a page: fresh names for its marks and host element, and their styles inserted
 * where page scripts cannot list them. In "no marks" mode nothing is inserted and no names are given.
 */
async function setUpMarks(tabId: number, frameId: number): Promise<CheckerSetup> {
  const settings = await loadSettings(browser.storage.local);
  if (settings.noMarks) return { names: null };
  const names = randomMarkNames();
  try {
    // Chromium inherits highlight styles (rules on :root are enough); Firefox does not
    const css = markStylesheet(names, !import.meta.env.FIREFOX);
    await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css });
    return { names };
  } catch {
    // marks without their styles would be invisible: show the results in the popup only
    return { names: null };
  }
}

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
