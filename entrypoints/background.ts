/**
 * Background: runs the engine for the checker, loads the checker into pages whose topic gate opened,
 * names each page load's marks and inserts their styles, keeps one badge per tab, and opens the desk
 * (draft.html) from the context menu's "Check with Pardon Check". Holds no page data beyond a block cache.
 */
import { EngineHost, replyOf } from '../extension/background/engineHost';
import { citationsOf, explanationOf, judgedAgainst } from '../extension/i18n/claimText';
import { bundledKnowledge } from '../extension/engine/bundledKnowledge';
import { formatNumber, t, tPlural } from '../extension/i18n/i18n';
import { knowledgeVersion } from '../extension/export/claimRows';
import {
  isAnalyzeRequest, isLoadChecker, isOpenKnowledge, isReportError, isStatusChanged, isStyleMarks, type AnalysisAnswer, type AnalyzeRequest, type BadgeCounts,
  type CheckerSetup, type Resend, type StyleMarks,
} from '../extension/messages';
import { findDismissal, loadSettings, SETTINGS_KEY, SETTINGS_SCHEMA, siteEnabled, type Settings } from '../extension/settings/settings';
import { isDiscrepancy } from '../extension/engine/verdict';
import { forgetTab, marksHidden, TOGGLE_MARKS_COMMAND, toggleMarksHidden } from '../extension/background/tabMarks';
import { randomMarkNames } from '../extension/markNames';
import { markStylesheet } from '../extension/ui/markStyles';
import { CHECK_SELECTION_HOOK, checkSelection, createSelectionMenu, menusApi } from '../extension/background/selectionMenu';
import { forgetDraft } from '../extension/desk/handoff';

/** The settings, read once and again only after they change: the gate's question is answered from memory. */
let settings: Promise<Settings> | null = null;
const currentSettings = () => (settings ??= loadSettings(browser.storage.local));

const toolbarAction = () => browser.action ?? browser.browserAction;

/** The tab's badge: its flagged figures, and a tooltip counting all the figures checked. */
function showBadge(tabId: number, { claims, discrepancies }: BadgeCounts): void {
  const action = toolbarAction();
  void action.setBadgeBackgroundColor({ tabId, color: '#b91c1c' });
  void action.setBadgeText({ tabId, text: discrepancies ? String(discrepancies) : '' });
  // the messages are the browser's language (a Chromium worker's getUILanguage may say en-US, its messages do not)
  void action.setTitle({ tabId, title: claims ? tPlural('badgeTitle', discrepancies, [formatNumber(claims)]) : t('extName') });
}

/**
 * The engine's answer to a checker, with the reader's settings on its first request, and for a top frame
 * the badge set here at once: the checker needs neither a storage read nor a message of its own for them.
 * The badge counts what the checker will count (flags the reader dismissed do not count); should the page
 * map differently, the checker reports the difference.
 */
async function answerAnalysis(engine: EngineHost, tabId: number, frameId: number, url: string, request: AnalyzeRequest): Promise<AnalysisAnswer | Resend> {
  const judged = engine.judge(`${tabId}:${frameId}`, request);
  if ('resend' in judged) return judged;
  const analysis: AnalysisAnswer = replyOf(judged);
  if (!request.settings && frameId !== 0) return analysis;
  const current = await currentSettings();
  if (request.settings) analysis.settings = current;
  if (frameId === 0) {
    // the badge counts the whole page's claims, also those a grown page's answer leaves out
    const { text, analysis: whole } = judged;
    const flagged = whole.claims.filter((c) => isDiscrepancy(c.verdict)
      && !findDismissal(current.dismissed, url, text.slice(c.start, c.end), text.slice(c.quoteStart, c.quoteEnd)));
    analysis.badge = whole.topic ? { claims: whole.claims.length, discrepancies: flagged.length } : { claims: 0, discrepancies: 0 };
    showBadge(tabId, analysis.badge);
  }
  return analysis;
}

export default defineBackground(() => {
  const action = toolbarAction();
  // explanations in the reader's language are written here, where the KB is: the checker in pages carries none
  const engine = new EngineHost(bundledKnowledge, (claim) => ({ expected: explanationOf(claim), refersTo: judgedAgainst(claim), citations: citationsOf(claim) }));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) settings = null;
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    // only our own content scripts, running in web pages, talk to the background
    if (sender.id !== browser.runtime.id || tabId === undefined || !/^https?:/.test(sender.url ?? '')) return undefined;
    const frameId = sender.frameId ?? 0;
    if (isAnalyzeRequest(message)) return answerAnalysis(engine, tabId, frameId, sender.url ?? '', message);
    if (isLoadChecker(message)) return loadChecker(tabId, frameId, sender.url ?? '');
    if (isStyleMarks(message)) return styleMarks(tabId, frameId, message);
    if (isOpenKnowledge(message)) return openKnowledge(message.fact, sender.tab);
    if (isReportError(message)) {
      console.warn(`[Pardon Check] could not check a page in tab ${tabId}:`, message.error);
      return undefined;
    }
    if (frameId === 0 && isStatusChanged(message)) showBadge(tabId, message);
    return undefined;
  });

  // a navigation starts a new page: its badge starts empty until its content script reports
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void action.setBadgeText({ tabId, text: '' });
      void action.setTitle({ tabId, title: t('extName') });
      engine.forget(String(tabId));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    engine.forget(String(tabId));
    void forgetTab(tabId);
    // a desk's draft lives only while its tab is open
    void forgetDraft(browser.storage.session, tabId);
  });

  // "Check with Pardon Check" on selected text opens the desk with it (the item is made at install, below)
  menusApi()?.onClicked.addListener((info, tab) => void checkSelection(info, tab));
  (globalThis as Record<symbol, unknown>)[Symbol.for(CHECK_SELECTION_HOOK)] = checkSelection;

  // hide or show the marks on the current tab (the popup has the same control)
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_MARKS_COMMAND) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await toggleMarksHidden(tabId);
    })();
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // once, on install: the welcome page, where a reader can choose "no marks" before reading anything
    if (reason === 'install') void welcomeOnce();
    // the context menu's item, in the browser's language (browsers keep it across restarts)
    void createSelectionMenu();
    // an update brings the stored settings to this version's schema (reading them would too, field by field)
    void migrateStoredSettings();
  });
});

/**
 * Chromium reports an extension loaded from the command line as installed again at every start, with its
 * storage kept: a note in storage makes the welcome page open once. Uninstalling clears both.
 */
const WELCOMED_KEY = 'welcomed';

async function welcomeOnce(): Promise<void> {
  const stored = await browser.storage.local.get(WELCOMED_KEY).catch(() => ({} as Record<string, unknown>));
  if (stored[WELCOMED_KEY] === true) return;
  await browser.storage.local.set({ [WELCOMED_KEY]: true }).catch(() => undefined);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

async function migrateStoredSettings(): Promise<void> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY).catch(() => ({})) as Record<string, unknown>)[SETTINGS_KEY];
  if (stored === undefined || (stored as { schema?: unknown } | null)?.schema === SETTINGS_SCHEMA) return;
  await browser.storage.local.set({ [SETTINGS_KEY]: await loadSettings(browser.storage.local) }).catch(() => undefined);
}

let kbVersion: string | null = null;

/** A card's "what the knowledge base holds": the knowledge page at that fact, next to the reader's tab. */
async function openKnowledge(fact: string, tab: { id?: number; index?: number; windowId?: number } | undefined): Promise<void> {
  if (!bundledKnowledge.facts.some((f) => f.id === fact)) return;
  const url = `${browser.runtime.getURL('/knowledge.html')}#${encodeURIComponent(fact)}`;
  await browser.tabs.create({ url, ...(tab?.index === undefined ? {} : { index: tab.index + 1 }), ...(tab?.windowId === undefined ? {} : { windowId: tab.windowId }) }).catch(() => undefined);
}

/**
 * A checker has figures to mark: fresh names for this page load's marks and host element (or the names
 * it already has), and their styles for the parts of the page holding the figures, inserted where page
 * scripts cannot list them. In "no marks" mode nothing is inserted and no names are given.
 */
async function styleMarks(tabId: number, frameId: number, request: StyleMarks): Promise<CheckerSetup> {
  const [current, hidden] = await Promise.all([currentSettings(), marksHidden(tabId)]);
  const setup = { hidden, kbVersion: (kbVersion ??= knowledgeVersion(bundledKnowledge)) };
  if (current.noMarks) return { names: null, ...setup };
  const inheritsHighlightStyles = !import.meta.env.FIREFOX;
  // Firefox's rules are bare (they reach every element): a page's first sheet is all it needs
  if (request.names && !inheritsHighlightStyles) return { names: request.names, ...setup };
  const names = request.names ?? randomMarkNames();
  try {
    const css = markStylesheet(names, { inheritsHighlightStyles, scopes: request.scopes, wrappers: !request.names });
    await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css });
    return { names, ...setup };
  } catch {
    // marks without their styles would be invisible: show the results in the popup only
    return { names: null, ...setup };
  }
}

/**
 * The page's topic gate opened: the checker goes into that frame only, unless the reader switched the
 * extension off on this site. Decided here, so the gate itself costs no more on such a site.
 */
async function loadChecker(tabId: number, frameId: number, url: string): Promise<boolean> {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  if (!siteEnabled(await currentSettings(), host)) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/checker.js'] });
    return true;
  } catch {
    // the tab navigated away or closed meanwhile
    return false;
  }
}
