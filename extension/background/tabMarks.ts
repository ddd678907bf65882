/**
 * "Hide marks on this tab": kept in the browser's session storage (extension pages and the background
 * only; gone when the browser closes) and dropped when the tab closes, so nothing outlives the tab. The
 * popup's control and the keyboard command both come here; the tab's checker is told at once, and a
 * checker starting later in the same tab asks the background (see entrypoints/background.ts). It sends a
 * message to the tab's checker, so it sits on the background's floor, above messages.ts (docs/architecture.md).
 */
import type { ContentRequest } from '../messages';

/** The keyboard command that hides or shows the marks on the current tab (declared in wxt.config.ts). */
export const TOGGLE_MARKS_COMMAND = 'toggle-marks';

const key = (tabId: number) => `hidden-marks:${tabId}`;

export async function marksHidden(tabId: number): Promise<boolean> {
  try {
    return (await browser.storage.session.get(key(tabId)))[key(tabId)] === true;
  } catch {
    return false;
  }
}

export async function setMarksHidden(tabId: number, hidden: boolean): Promise<void> {
  try {
    if (hidden) await browser.storage.session.set({ [key(tabId)]: true });
    else await browser.storage.session.remove(key(tabId));
  } catch {
    // without session storage the tab's page still hides its marks; a reload shows them again
  }
  const message: ContentRequest = { type: 'pardon-check/set-hidden', hidden };
  // every frame's checker in the tab hears it; a tab without one has nothing to hide
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

export async function toggleMarksHidden(tabId: number): Promise<boolean> {
  const hidden = !(await marksHidden(tabId));
  await setMarksHidden(tabId, hidden);
  return hidden;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session?.remove(key(tabId)).catch(() => undefined);
}
