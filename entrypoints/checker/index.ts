/**
 * The checker, loaded by the background into a page whose topic gate opened (entrypoints/content):
 * wiring and lifecycle only. The work happens in extension/content/checker.ts; the engine and the KB
 * live in the background. The background names this page load's marks and inserts their styles when
 * the checker starts (none at all in "no marks" mode). The reader's settings are read here and followed
 * live: a flag dismissed or restored, the verdicts to mark, the theme, and the site switched off.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../extension/ui/card.css?inline';
import overlayCss from '../../extension/ui/overlay.css?inline';
import { Checker, type MarkView } from '../../extension/content/checker';
import { checkerStarted, clearFrameState, markCheckerStarted, setFrameState } from '../../extension/content/handover';
import { isDiscrepancy } from '../../extension/engine/verdict';
import {
  isAnalysis, isBadgeCounts, isResend, isCheckerSetup, isContentRequest, withEngineCut, type AnalysisAnswer, type AnalyzeRequest, type ClaimSummary, type OpenKnowledge, type PageStatus,
  type ReportError, type StatusChanged, type StyleMarks,
} from '../../extension/messages';
import {
  addDismissal, DEFAULT_SETTINGS, findDismissal, normalizeSettings, pageKey, removeDismissalsOf, SETTINGS_KEY, siteEnabled, updateSettings, type Settings,
} from '../../extension/settings/settings';
import type { MarkNames } from '../../extension/markNames';
import type { CardActions } from '../../extension/ui/claimCard';
import { flagReport } from '../../extension/ui/report';

export default defineUnlistedScript(() => {
  // the gate asks once per page; one checker per page even if it were injected twice
  if (checkerStarted()) return;
  markCheckerStarted();
  // the background let it in only where the reader's settings allow it; they come with the first answer
  guard(startChecker);
});

/** What the settings say about marks on this page. */
function viewOf(settings: Settings): Omit<MarkView, 'hidden'> {
  return {
    verdicts: settings.markVerdicts,
    theme: settings.theme,
    dismissal: ({ span, quote }) => {
      const flag = findDismissal(settings.dismissed, location.href, span, quote);
      return flag ? (flag.page === null ? 'everywhere' : 'page') : null;
    },
  };
}

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
  const sendCounts = (claims: number, discrepancies: number) => {
    const key = `${claims}/${discrepancies}`;
    if (key === lastSent || ctx.isInvalid) return;
    lastSent = key;
    const message: StatusChanged = { type: 'pardon-check/status-changed', claims, discrepancies };
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  const report = (status: PageStatus) => {
    if (status.state === 'checked') watchLocation();
    const claims = status.state === 'checked' ? status.claims.length : 0;
    // a dismissed flag no longer counts on the toolbar badge
    const discrepancies = status.state === 'checked' ? status.claims.filter((c) => isDiscrepancy(c.verdict) && !c.dismissed).length : 0;
    sendCounts(claims, discrepancies);
  };
  // Chrome does not tell an old content script that its extension was reloaded or updated; once this
  // page shows our marks, look every 2 s (ctx.isInvalid runs onInvalidated, which tears everything down)
  let watching = false;
  const watchForReload = () => {
    if (watching) return;
    watching = true;
    ctx.setInterval(() => void ctx.isInvalid, 2000);
  };
  let settingsKnown = false;
  // the engine stopped at its work budget for this page (engineHost.ts): the popup says only its first part was checked
  let partial = false;
  const analyze = async (page: Omit<AnalyzeRequest, 'type' | 'settings'>) => {
    if (ctx.isInvalid) return null;
    const request: AnalyzeRequest = { type: 'pardon-check/analyze', ...page, settings: !settingsKnown };
    const answer: unknown = await browser.runtime.sendMessage(request).catch(() => null);
    if (ctx.isInvalid) return null;
    // the background no longer has the text a grown page's request went on from: the scan sends it whole
    if (isResend(answer)) return answer;
    if (!isAnalysis(answer)) return null;
    partial = answer.partial;
    watchForReload();
    const { settings, badge } = answer as AnalysisAnswer;
    // the counts the background has just put on the badge: only a difference is reported
    if (isBadgeCounts(badge)) lastSent = `${badge.claims}/${badge.discrepancies}`;
    if (settings !== undefined && !settingsKnown) {
      settingsKnown = true;
      const current = normalizeSettings(settings);
      if (!siteEnabled(current, location.hostname)) {
        switchOff();
        return null;
      }
      checker.setView(viewOf(current));
    }
    return answer;
  };
  let kbVersion = 'unknown';
  // names and styles for this page load's marks, asked for once the page has figures to mark
  const marks = async (scopes: string[], names: MarkNames | null) => {
    const request: StyleMarks = { type: 'pardon-check/style-marks', names, scopes };
    const answer: unknown = await browser.runtime.sendMessage(request).catch(() => null);
    // without an answer, nothing is shown in the page: the popup still has the results
    if (!isCheckerSetup(answer) || ctx.isInvalid) return null;
    kbVersion = answer.kbVersion;
    if (answer.hidden) checker.setView({ hidden: true });
    return answer.names;
  };
  const onError = (error: unknown) => ctx.isInvalid || reportError(error);
  const change = (edit: (settings: Settings) => Settings) => void updateSettings(browser.storage.local, edit).catch(reportError);
  const actions = (claim: ClaimSummary): CardActions => ({
    dismiss: (scope) => change((s) => addDismissal(s, {
      span: claim.span, sentence: claim.quote, page: scope === 'page' ? pageKey(location.href) : null, verdict: claim.verdict, on: today(),
    })),
    undo: () => change((s) => removeDismissalsOf(s, location.href, claim.span, claim.quote)),
    report: () => {
      const status = checker.getStatus();
      const published = status.state === 'checked' ? status.published : null;
      return flagReport(claim, { page: location.href, published, extensionVersion: browser.runtime.getManifest().version, kbVersion, today: today() });
    },
    knowledge: (fact) => {
      const message: OpenKnowledge = { type: 'pardon-check/open-knowledge', fact };
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
  });
  const styles = { overlay: overlayCss, card: cardCss };
  const checker = new Checker(document, { analyze, marks, styles, onStatus: report, onError, gateOpen: true, view: viewOf(DEFAULT_SETTINGS), actions });

  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;
    return Promise.resolve(withEngineCut(checker.handle(message), partial));
  };
  // the reader changed a setting in the popup, the options or a card (here or in another tab)
  const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    guard(() => {
      const settings = normalizeSettings(changes[SETTINGS_KEY].newValue);
      if (siteEnabled(settings, location.hostname)) checker.setView(viewOf(settings));
      else switchOff();
    });
  };
  const stop = () => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onSettings);
    checker.stop();
  };
  // switched off on this site: no marks and no checker from now on; the popup can load it again
  const switchOff = () => {
    sendCounts(0, 0);
    ctx.abort('switched off on this site');
    setFrameState('checking');
  };
  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onSettings);
  ctx.onInvalidated(() => {
    stop();
    clearFrameState();
  });
  checker.start();
}

const today = () => new Date().toISOString().slice(0, 10);

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
