/** The toolbar popup: how the current page fares, discrepancies first. */
import { useEffect, useState } from 'preact/hooks';
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import { describeWindow } from '../../extension/engine/time';
import type { Verdict } from '../../extension/engine/types';
import { FRAME_STATE_KEY, probeFrame, type FrameProbe } from '../../extension/content/handover';
import { isPageStatus, type ClaimSummary, type ContentRequest, type PageStatus } from '../../extension/messages';
import { sourceLabel, VERDICT_SYMBOL, VERDICT_WORD } from '../../extension/ui/verdictText';

type View = PageStatus | { state: 'unavailable' } | { state: 'loading' } | { state: 'reload' };

const ORDER: Verdict[] = ['contradicted', 'outdated', 'unverifiable', 'supported'];
const HORIZON = bundledKnowledge.horizon;

async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function ask(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

/**
 * The checker answers for a page it checks. Where none runs, the topic gate left its state in our
 * isolated world. A page where we cannot run scripts is unavailable; one where the gate never ran was
 * open before the extension was installed, updated or reloaded.
 */
async function statusOf(tabId: number): Promise<View> {
  const answer = await ask(tabId, { type: 'pardon-check/get-status' }).catch(() => null);
  if (isPageStatus(answer)) return answer;
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: probeFrame, args: [FRAME_STATE_KEY] }).catch(() => []);
  const probe = frame?.result as FrameProbe | undefined;
  if (!probe) return { state: 'unavailable' };
  if (probe.state === 'off-topic') return { state: 'off-topic' };
  // the checker is on its way or starting, or the page is still loading
  if (probe.state !== null || !probe.settled) return { state: 'checking' };
  return { state: 'reload' };
}

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const id = tabId ?? (await targetTab());
      if (cancelled) return;
      if (id === null) return setView({ state: 'unavailable' });
      if (id !== tabId) setTabId(id);
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

  return (
    <main class="popup">
      <header>
        <h1>Pardon Check</h1>
        <p class="horizon">Knowledge runs to {formatDate(HORIZON)}</p>
      </header>
      <Body view={view} onReveal={reveal} />
      {tabId !== null && !new URLSearchParams(location.search).has('tabId') && (
        <footer>
          <a href={`popup.html?tabId=${tabId}`} target="_blank" rel="noreferrer">Open this summary in a tab</a>
        </footer>
      )}
    </main>
  );
}

function Body({ view, onReveal }: { view: View; onReveal(index: number): void }) {
  switch (view.state) {
    case 'loading':
    case 'checking':
      return <p class="state" data-state="checking">Checking this page…</p>;
    case 'unavailable':
      return <p class="state" data-state="unavailable">Pardon Check cannot run on this page (browser pages, extension stores and local files are off limits to extensions).</p>;
    case 'reload':
      return <p class="state" data-state="reload">Reload this page to check it: it was open before Pardon Check was installed, updated or restarted.</p>;
    case 'failed':
      return <p class="state" data-state="failed">Pardon Check could not check this page. Reloading it may help.</p>;
    case 'off-topic':
      return <p class="state" data-state="off-topic">This page is not about Belarus's political prisoners or pardons. Nothing to check.</p>;
    case 'checked':
      if (view.claims.length === 0) return <p class="state" data-state="no-claims">This page is about the topic, but it states no figures the extension can check.</p>;
      return <Summary claims={view.claims} published={view.published} truncated={view.truncated} onReveal={onReveal} />;
  }
}

function Summary({ claims, published, truncated, onReveal }: { claims: ClaimSummary[]; published: string | null; truncated: boolean; onReveal(index: number): void }) {
  const counts = Object.fromEntries(ORDER.map((v) => [v, claims.filter((c) => c.verdict === v).length])) as Record<Verdict, number>;
  const sorted = [...claims].sort((a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) || a.index - b.index);
  return (
    <section data-state="checked">
      <p class="total">
        <strong data-count="claims">{claims.length}</strong> figure{claims.length === 1 ? '' : 's'} checked
        {published ? ` · page dated ${formatDate(published)}` : ' · page undated'}
      </p>
      <ul class="counts">
        {ORDER.map((verdict) => (
          <li key={verdict} data-verdict={verdict} data-count={counts[verdict]}>
            <span aria-hidden="true">{VERDICT_SYMBOL[verdict]}</span> {counts[verdict]} {VERDICT_WORD[verdict]}
          </li>
        ))}
      </ul>
      {truncated && <p class="note">This page is very long; only its first part was checked.</p>}
      <ol class="claims">
        {sorted.map((claim) => (
          <li key={claim.index} class="claim" data-verdict={claim.verdict}>
            <button type="button" onClick={() => onReveal(claim.index)} title="Show on the page">
              <span class="verdict">
                <span aria-hidden="true">{VERDICT_SYMBOL[claim.verdict]}</span> {VERDICT_WORD[claim.verdict]}
              </span>
              <span class="span">{claim.span}</span>
              <span class="quote">{claim.quote.length > 160 ? `${claim.quote.slice(0, 157)}…` : claim.quote}</span>
              <span class="expected">{claim.expected}</span>
              {claim.sources.length > 0 && <span class="sources">Sources: {claim.sources.map(sourceLabel).join(', ')}</span>}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

function formatDate(iso: string): string {
  const window = describeWindow({ from: iso, to: iso });
  return `${Number(iso.slice(8, 10))} ${window}`;
}
