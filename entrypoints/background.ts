/** Background: one badge per tab with the page's number of discrepancies. Holds no page data. */
import { isStatusChanged } from '../extension/messages';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId !== 0 || !isStatusChanged(message)) return undefined;
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
    }
  });
});
