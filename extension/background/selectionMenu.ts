/**
 * "Check with Pardon Check" on selected text, on any page whatever its topic gate said: the selection, the page's
 * address and, where the page's checker knows it, the page's date go to the desk (draft.html) through session
 * storage (desk/handoff.ts). Needs the `contextMenus` permission in Chrome and `menus` in Firefox, neither of which
 * adds an install warning.
 */
import { t } from '../i18n/i18n';
import { deskDraft, deskPath, handOver, MAX_DRAFT_CHARS } from '../desk/handoff';
import { isPageStatus, type ContentRequest } from '../messages';

export const SELECTION_MENU_ID = 'pardon-check-selection';

/**
 * Where the background keeps the menu's click handler for the end-to-end tests (headless browsers cannot click a
 * context menu). The background's global is the extension's own: no page and no content script can reach it.
 */
export const CHECK_SELECTION_HOOK = 'pardon-check/check-selection';

type Menus = typeof browser.contextMenus;
export type MenuClick = Pick<Browser.contextMenus.OnClickData, 'selectionText' | 'pageUrl' | 'frameId'> & { menuItemId?: number | string };
type ClickedTab = Pick<Browser.tabs.Tab, 'id' | 'index' | 'windowId' | 'url'>;

/** Firefox's `menus`, Chrome's `contextMenus` (Firefox offers both names; the manifest asks for its own). */
export const menusApi = (): Menus | undefined => (browser as unknown as { menus?: Menus }).menus ?? browser.contextMenus;

/** Registers the item (at install and update: browsers keep it across restarts), in the browser's language. */
export async function createSelectionMenu(): Promise<void> {
  const menus = menusApi();
  if (!menus) return;
  await menus.removeAll().catch(() => undefined);
  menus.create({ id: SELECTION_MENU_ID, title: t('menuCheckSelection'), contexts: ['selection'] });
}

/** The selection as the page has it, line breaks kept (the menu's own copy may have them folded into spaces). */
async function selectionInPage(tabId: number, frameId: number): Promise<string> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: () => String(getSelection() ?? '') }).catch(() => []);
  return typeof frame?.result === 'string' ? frame.result : '';
}

/** The page's published date, if its checker read one (a page whose gate stayed shut has no checker: null). */
async function publishedDateOf(tabId: number): Promise<string | null> {
  const request: ContentRequest = { type: 'pardon-check/get-status' };
  const status = await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null);
  return isPageStatus(status) && status.state === 'checked' ? status.published : null;
}

/** The menu's handler: opens the desk beside the tab, with the selection, the page's address and its date. */
export async function checkSelection(info: MenuClick, tab: ClickedTab | undefined): Promise<void> {
  if (info.menuItemId !== undefined && info.menuItemId !== SELECTION_MENU_ID) return;
  const tabId = tab?.id;
  // a selection in a text field is not in the page's selection: the menu's copy is all there is
  const fromPage = tabId === undefined || tabId < 0 ? '' : await selectionInPage(tabId, info.frameId ?? 0);
  const text = (fromPage.trim() ? fromPage : info.selectionText ?? '').slice(0, MAX_DRAFT_CHARS);
  if (!text.trim()) return;
  const published = tabId === undefined || tabId < 0 ? null : await publishedDateOf(tabId);
  const id = await handOver(browser.storage.session, deskDraft(text, info.pageUrl ?? tab?.url ?? null, published));
  await browser.tabs.create({
    url: browser.runtime.getURL(deskPath(id)),
    ...(tab?.index === undefined ? {} : { index: tab.index + 1 }),
    ...(tab?.windowId === undefined ? {} : { windowId: tab.windowId }),
  });
}
