/**
 * The toolbar popup: how the current page fares, discrepancies first, and the reader's controls for it: the
 * site's switch, hiding the marks on this tab, copying or downloading the results, and the way to the
 * options, the desk (check a text), the welcome page and the knowledge page.
 */
import { useEffect, useState } from 'preact/hooks';
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import { afterHorizonCount } from '../../extension/engine/verdict';
import { formatDay, t, tPlural } from '../../extension/i18n/i18n';
import { tPluralSlots, tSlots } from '../../extension/i18n/slots';
import { FRAME_STATE_KEY, probeFrame, type FrameProbe } from '../../extension/content/handover';
import { isPageStatus, type ClaimSummary, type ContentRequest, type PageStatus } from '../../extension/messages';
import { siteChoice, siteEnabled, type Settings } from '../../extension/settings/settings';
import { marksHidden, setMarksHidden } from '../../extension/background/tabMarks';
import { KnowledgeLink, VERDICT_ORDER, VerdictCounts } from '../../extension/ui/claimList';
import { useSettings, type UpdateSettings } from '../../extension/ui/settings/useSettings';
import { sourceNames, VERDICT_SYMBOL, verdictWord } from '../../extension/i18n/verdictText';
import { claimReviewJson, summaryMarkdown } from './exportPage';

type View = PageStatus | { state: 'unavailable' } | { state: 'loading' } | { state: 'reload' };
type Checked = Extract<PageStatus, { state: 'checked' }>;

const HORIZON = bundledKnowledge.horizon;
const IN_TAB = new URLSearchParams(location.search).has('tabId');

async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab's address: given with the site access the extension has, or read in the page where it is not. */
async function tabUrl(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (tab?.url) return tab.url;
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: () => location.href }).catch(() => []);
  return typeof frame?.result === 'string' ? frame.result : null;
}

async function ask(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

async function probe(tabId: number): Promise<FrameProbe | undefined> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: probeFrame, args: [FRAME_STATE_KEY] }).catch(() => []);
  return frame?.result as FrameProbe | undefined;
}

/**
 * The checker answers for a page it checks. Where none runs, the topic gate left its state in our
 * isolated world. A page where we cannot run scripts is unavailable; one where the gate never ran was
 * open before the extension was installed, updated or reloaded.
 */
async function statusOf(tabId: number): Promise<View> {
  const answer = await ask(tabId, { type: 'pardon-check/get-status' }).catch(() => null);
  if (isPageStatus(answer)) return answer;
  const found = await probe(tabId);
  if (!found) return { state: 'unavailable' };
  if (found.state === 'off-topic') return { state: 'off-topic' };
  // the checker is on its way or starting, or the page is still loading
  if (found.state !== null || !found.settled) return { state: 'checking' };
  return { state: 'reload' };
}

/** Switched back on: where the gate had opened and was turned away, the checker goes in now. */
/**
 * "Check this page anyway": the reader asks for the checker where the gate stayed shut (a page that names Belarus
 * only far below the gate's sample, say). It reads the page once, as if the gate had opened.
 */
async function checkAnyway(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/checker.js'] }).catch(() => undefined);
}

async function resumeChecker(tabId: number): Promise<void> {
  if ((await probe(tabId))?.state !== 'checking') return;
  await browser.scripting.executeScript({ target: { tabId }, files: ['/checker.js'] }).catch(() => undefined);
}

const today = () => new Date().toISOString().slice(0, 10);

export function App() {
  const [settings, update] = useSettings();
  const [tabId, setTabId] = useState<number | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [view, setView] = useState<View>({ state: 'loading' });
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const id = tabId ?? (await targetTab());
      if (cancelled) return;
      if (id === null) return setView({ state: 'unavailable' });
      if (id !== tabId) {
        setTabId(id);
        setUrl(await tabUrl(id));
        setHidden(await marksHidden(id));
      }
      const status = await statusOf(id);
      if (cancelled) return;
      setView(status);
      // keep the summary live: pages that add figures later, turn to the topic or finish loading update it
      timer = setTimeout(poll, status.state === 'checking' ? 400 : 1500);
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [tabId]);

  const reveal = (index: number) => {
    if (tabId !== null) void ask(tabId, { type: 'pardon-check/reveal', index }).catch(() => undefined);
  };
  const toggleHidden = async () => {
    if (tabId === null) return;
    setHidden(!hidden);
    await setMarksHidden(tabId, !hidden);
  };

  const host = url && /^https?:/.test(url) ? new URL(url).hostname : null;
  const enabled = !settings || !host || siteEnabled(settings, host);
  const checked = view.state === 'checked' && view.claims.length > 0 ? view : null;

  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <p class="horizon">{t('popupHorizon', [formatDay(HORIZON)])}</p>
      </header>
      {settings && host && url && tabId !== null && (
        <SiteSwitch settings={settings} update={update} host={host} url={url} onOn={() => void resumeChecker(tabId)} />
      )}
      {enabled ? <Body view={view} onReveal={reveal} onCheck={tabId === null ? null : () => void checkAnyway(tabId)} /> : (
        <p class="state" data-state="site-off">{t('popupSiteOff')}</p>
      )}
      {enabled && checked && url && (
        <Tools status={checked} url={url} hidden={hidden} marksShown={!settings?.noMarks} onToggleHidden={() => void toggleHidden()} />
      )}
      <footer>
        <nav aria-label={t('popupMore')}>
          <button type="button" class="linklike" data-action="open-options" onClick={() => void browser.runtime.openOptionsPage()}>{t('popupOptions')}</button>
          <a href="draft.html" target="_blank" rel="noreferrer" data-action="open-draft">{t('deskTitle')}</a>
          <a href="knowledge.html" target="_blank" rel="noreferrer" data-action="open-knowledge">{t('knowledgeLink')}</a>
          <a href="welcome.html" target="_blank" rel="noreferrer" data-action="open-welcome">{t('popupAbout')}</a>
          {tabId !== null && !IN_TAB && <a href={`popup.html?tabId=${tabId}`} target="_blank" rel="noreferrer">{t('popupOpenInTab')}</a>}
        </nav>
      </footer>
    </main>
  );
}

/**
 * The site key's module holds the public-suffix list, four fifths of the popup's code: it loads after the
 * popup has shown its first answer, and a choice waits for it (reading a choice needs no list).
 */
const siteKeyOf = async (url: string) => (await import('../../extension/settings/siteKey')).siteKey(url);

function useSiteKey(url: string): string | null {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void siteKeyOf(url).then((found) => current && setKey(found));
    return () => {
      current = false;
    };
  }, [url]);
  return key;
}

/** This site: checked or not, by the reader's choice or the default, and the switch. */
function SiteSwitch({ settings, update, host, url, onOn }: { settings: Settings; update: UpdateSettings; host: string; url: string; onOn(): void }) {
  const site = useSiteKey(url) ?? host;
  const choice = siteChoice(settings, host);
  const enabled = siteEnabled(settings, host);
  const set = async (on: boolean) => {
    const site = (await siteKeyOf(url)) ?? host;
    await update((current) => {
      const sites = { ...current.sites };
      const existing = siteChoice(current, host);
      if (existing) delete sites[existing.site];
      // a choice the same as the default is no choice: the site follows the default again
      if (on !== current.enabledByDefault) sites[site] = on ? 'on' : 'off';
      return { ...current, sites };
    });
    if (on) onOn();
  };
  const how = t(choice ? 'siteHowChoice' : 'siteHowDefault');
  return (
    <section class="site" aria-label={t('siteLabel')}>
      <p>
        {tSlots('siteState', [<strong class="site-name">{choice?.site ?? site}</strong>, t(enabled ? 'siteChecked' : 'siteNotChecked'), <span class="how">({how})</span>])}
      </p>
      <button type="button" class="action" data-action="site-toggle" data-site-state={enabled ? 'on' : 'off'} onClick={() => void set(!enabled)}>
        {t(enabled ? 'siteSwitchOff' : 'siteSwitchOn')}
      </button>
    </section>
  );
}

function Tools({ status, url, hidden, marksShown, onToggleHidden }: { status: Checked; url: string; hidden: boolean; marksShown: boolean; onToggleHidden(): void }) {
  const [note, setNote] = useState('');
  const copy = async () => {
    const text = summaryMarkdown(status, url, today());
    try {
      await navigator.clipboard.writeText(text);
      setNote(t('toolsCopied'));
    } catch {
      setNote(t('toolsCopyRefused'));
    }
  };
  const download = async () => {
    const site = await siteKeyOf(url);
    const blob = new Blob([claimReviewJson(status, url, today())], { type: 'application/ld+json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `pardon-check-${(site ?? 'page').replace(/[^a-z0-9.-]/g, '_')}-${today()}.jsonld`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setNote(t('toolsDownloaded'));
  };
  return (
    <section class="tools" aria-label={t('toolsLabel')}>
      {marksShown && (
        <button type="button" class="action" data-action="hide-marks" aria-pressed={hidden} onClick={onToggleHidden}
          title={t('toolsHideMarksHint')}>
          {t(hidden ? 'toolsShowMarks' : 'toolsHideMarks')}
        </button>
      )}
      <button type="button" class="action" data-action="copy-summary" onClick={() => void copy()}>{t('toolsCopySummary')}</button>
      <button type="button" class="action" data-action="download" onClick={() => void download()}>{t('toolsDownload')}</button>
      <p class="tool-note" role="status">{note}</p>
    </section>
  );
}

function Body({ view, onReveal, onCheck }: { view: View; onReveal(index: number): void; onCheck: (() => void) | null }) {
  switch (view.state) {
    case 'loading':
    case 'checking':
      return <p class="state" data-state="checking">{t('stateChecking')}</p>;
    case 'unavailable':
      return <p class="state" data-state="unavailable">{t('stateUnavailable')}</p>;
    case 'reload':
      return <p class="state" data-state="reload">{t('stateReload')}</p>;
    case 'failed':
      return <p class="state" data-state="failed">{t('stateFailed')}</p>;
    case 'off-topic':
      return (
        <>
          <p class="state" data-state="off-topic">{t('stateOffTopic')}</p>
          {onCheck && <button type="button" class="action" data-action="check-page" title={t('checkPageHint')} onClick={onCheck}>{t('checkPage')}</button>}
        </>
      );
    case 'checked':
      if (view.claims.length === 0) return <p class="state" data-state="no-claims">{t('stateNoClaims')}</p>;
      return <Summary claims={view.claims} published={view.published} truncated={view.truncated} onReveal={onReveal} />;
  }
}

const DISMISSED_WORDS = { page: 'popupDismissedPage', everywhere: 'popupDismissedEverywhere' } as const;

function Summary({ claims, published, truncated, onReveal }: { claims: ClaimSummary[]; published: string | null; truncated: boolean; onReveal(index: number): void }) {
  const sorted = [...claims].sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) || a.index - b.index);
  const afterHorizon = afterHorizonCount(claims);
  return (
    <section data-state="checked">
      <p class="total">
        {tPluralSlots('figuresChecked', claims.length, (count) => <strong data-count="claims">{count}</strong>)}
        {published ? ` · ${t('popupPageDated', [formatDay(published)])}` : ` · ${t('popupPageUndated')}`}
      </p>
      <VerdictCounts claims={claims} />
      {truncated && <p class="note">{t('popupTruncated')}</p>}
      {afterHorizon > 0 && <p class="note" data-state="after-horizon">{tPlural('popupAfterHorizon', afterHorizon, [formatDay(HORIZON)])}</p>}
      <ol class="claims">
        {sorted.map((claim) => (
          <li key={claim.index} class="claim" data-verdict={claim.verdict} data-dismissed={claim.dismissed ?? undefined}>
            <button type="button" onClick={() => onReveal(claim.index)} title={t('popupShowOnPage')}>
              <span class="verdict">
                <span aria-hidden="true">{VERDICT_SYMBOL[claim.verdict]}</span> {verdictWord(claim.verdict)}
                {claim.dismissed && <span class="dismissed"> · {t(DISMISSED_WORDS[claim.dismissed])}</span>}
              </span>
              <span class="span">{claim.span}</span>
              <span class="quote">{claim.quote.length > 160 ? `${claim.quote.slice(0, 157)}…` : claim.quote}</span>
              <span class="expected">{claim.expected}</span>
              {claim.sources.length > 0 && <span class="sources">{t('popupSources', [sourceNames(claim)])}</span>}
            </button>
            <KnowledgeLink factIds={claim.factIds} span={claim.span} />
          </li>
        ))}
      </ol>
    </section>
  );
}
