/**
 * The journalist's desk (draft.html): a draft or a quote, the day it speaks as of, and its figures checked by the
 * same engine, verdicts and explanations as a page's, discrepancies first, each figure also marked in a read-only
 * copy of the text. Opened from the popup, the options, or the context menu on selected text (which hands over
 * the selection, the page's address and date: extension/desk/handoff.ts). The text is checked here and sent
 * nowhere; it is kept in session storage only while this tab is open.
 */
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import type { Claim } from '../../extension/engine/types';
import { afterHorizonCount, isDiscrepancy } from '../../extension/engine/verdict';
import { checkDraft, inReadingOrder, localDay, segmentsOf, type DraftCheck } from '../../extension/desk/checkDraft';
import { draftClaimReview, draftCsv, draftMarkdown } from '../../extension/desk/exports';
import { deskDraft, handOffIn, keepDraft, keptDraft, MAX_DRAFT_CHARS, takeHandOver, type DeskDraft } from '../../extension/desk/handoff';
import { formatDay, t, tPlural } from '../../extension/i18n/i18n';
import { tPluralSlots, tSlots } from '../../extension/i18n/slots';
import { KnowledgeLink, VerdictCounts } from '../../extension/ui/claimList';
import { useSettings } from '../../extension/ui/settings/useSettings';
import { sourceNames, VERDICT_COUNT, VERDICT_SYMBOL, verdictTitle, verdictWord } from '../../extension/i18n/verdictText';

const HORIZON = bundledKnowledge.horizon;

/** Where the draft came from, when the context menu sent it: the page, and whether its date was known. */
interface Origin {
  url: string;
  dated: boolean;
}

/** The draft this desk opens with: the hand-off named in its address, else what this tab kept before a reload. */
async function openingDraft(tabId: number | null): Promise<{ draft: DeskDraft; handedOver: boolean } | null> {
  const id = handOffIn(location.hash);
  if (id) {
    // the address names a hand-off that is gone once read: a reload must not look for it again
    history.replaceState(null, '', location.pathname);
    const draft = await takeHandOver(browser.storage.session, id);
    // kept under this tab at once: a reload straight away must not lose it
    if (draft && tabId !== null) await keepDraft(browser.storage.session, tabId, draft);
    if (draft) return { draft, handedOver: true };
  }
  const kept = tabId === null ? null : await keptDraft(browser.storage.session, tabId);
  return kept && { draft: kept, handedOver: false };
}

export function Desk() {
  // the reader's theme, for this page too
  useSettings();
  const [text, setText] = useState('');
  const [asOf, setAsOf] = useState(localDay());
  const [url, setUrl] = useState('');
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [checked, setChecked] = useState<{ check: DraftCheck; url: string } | null>(null);
  const [note, setNote] = useState('');
  const [tabId, setTabId] = useState<number | null>(null);
  const [ready, setReady] = useState(false);
  const results = useRef<HTMLElement>(null);

  const run = (draftText: string, day: string, address: string, focusResults: boolean) => {
    if (!draftText.trim()) {
      setChecked(null);
      setNote(t('deskEmpty'));
      return;
    }
    const check = checkDraft(draftText, day);
    setChecked({ check, url: address.trim() });
    setNote(summaryLine(check));
    // from the button, the reader goes on to the results; Ctrl+Enter leaves them writing (the status says it)
    if (focusResults) requestAnimationFrame(() => results.current?.focus());
  };

  useEffect(() => {
    void (async () => {
      const tab = await browser.tabs.getCurrent().catch(() => undefined);
      const id = tab?.id ?? null;
      setTabId(id);
      const opening = await openingDraft(id);
      if (opening) {
        const { draft, handedOver } = opening;
        const day = draft.asOf ?? localDay();
        setText(draft.text);
        setAsOf(day);
        setUrl(draft.url ?? '');
        if (handedOver && draft.url) setOrigin({ url: draft.url, dated: draft.asOf !== null });
        // the reader asked for a check when choosing the menu item: give it at once
        if (handedOver) run(draft.text, day, draft.url ?? '', false);
      }
      setReady(true);
    })();
  }, []);

  // kept under this tab only while it is open (the background drops it when the tab closes)
  useEffect(() => {
    if (!ready || tabId === null) return;
    const timer = setTimeout(() => void keepDraft(browser.storage.session, tabId, deskDraft(text, url.trim() || null, asOf)), 400);
    return () => clearTimeout(timer);
  }, [text, asOf, url, ready, tabId]);

  const submit = (event: Event, fromKeys = false) => {
    event.preventDefault();
    run(text, asOf, url, !fromKeys);
  };
  const stale = checked !== null && (checked.check.text !== text.replace(/\r\n?/g, '\n') || checked.check.asOf !== asOf);

  return (
    <main class="desk">
      <header>
        <h1>{t('deskTitle')}</h1>
        <p class="lead">{t('deskLead')}</p>
        <p class="horizon">{t('popupHorizon', [formatDay(HORIZON)])} <a href="knowledge.html" target="_blank" rel="noreferrer">{t('knowledgeLink')}</a></p>
      </header>
      {/* private by design: nothing remembered by the browser's form history, no spelling service that may send
          text away (Chromium's enhanced spell check), no validation that would block an address typed without https:// */}
      <form class="draft-form" onSubmit={submit} aria-label={t('deskTitle')} autoComplete="off" noValidate>
        <label class="field text" for="draft-text">{t('deskTextLabel')}</label>
        <textarea id="draft-text" name="text" rows={12} maxLength={MAX_DRAFT_CHARS} spellcheck={false} value={text}
          aria-describedby="draft-keys"
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e, true);
          }} />
        {origin && (
          <p class="origin" data-origin={origin.dated ? 'dated' : 'undated'}>
            {tSlots(origin.dated ? 'deskFromPageDated' : 'deskFromPageUndated', [<span class="origin-url">{shortAddress(origin.url)}</span>])}
          </p>
        )}
        <div class="row">
          <p class="field">
            <label for="draft-date">{t('deskAsOfLabel')}</label>
            <input id="draft-date" type="date" name="asOf" required value={asOf} aria-describedby="draft-date-hint"
              onInput={(e) => {
                const value = (e.target as HTMLInputElement).value;
                if (value) setAsOf(value);
              }} />
            <span id="draft-date-hint" class="hint">{t('deskAsOfHint')}</span>
          </p>
          <p class="field grow">
            <label for="draft-url">{t('deskAddressLabel')}</label>
            <input id="draft-url" type="url" name="url" value={url} placeholder="https://" aria-describedby="draft-url-hint"
              onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
            <span id="draft-url-hint" class="hint">{t('deskAddressHint')}</span>
          </p>
        </div>
        <p class="submit">
          <button type="submit" class="action primary" data-action="check-draft" aria-keyshortcuts="Control+Enter">{t('deskCheck')}</button>
          <span id="draft-keys" class="hint">{t('deskCheckKeys')}</span>
        </p>
        <p class="state" role="status">{note}</p>
      </form>
      {checked && <Results check={checked.check} url={checked.url || null} stale={stale} sectionRef={results} />}
    </main>
  );
}

/** What the status line says once a check is done: how many figures, how many flagged. */
function summaryLine({ report }: DraftCheck): string {
  if (!report.topic) return t('deskOffTopic');
  if (report.claims.length === 0) return t('deskNoClaims');
  const flagged = (['contradicted', 'outdated'] as const).map((v) => tPlural(VERDICT_COUNT[v], report.claims.filter((c) => c.verdict === v).length));
  return [tPlural('figuresChecked', report.claims.length), ...flagged].join(' · ');
}

function shortAddress(url: string): string {
  const plain = url.replace(/^https?:\/\//, '');
  return plain.length > 80 ? `${plain.slice(0, 77)}…` : plain;
}

function Results({ check, url, stale, sectionRef }: { check: DraftCheck; url: string | null; stale: boolean; sectionRef: Ref<HTMLElement> }) {
  const { report } = check;
  const claims = report.claims;
  return (
    <section class="results" aria-labelledby="results-title" tabIndex={-1} ref={sectionRef} data-state={!report.topic ? 'off-topic' : claims.length ? 'checked' : 'no-claims'}>
      <h2 id="results-title">{t('deskResultsTitle')}</h2>
      {stale && <p class="note" data-state="stale">{t('deskStale')}</p>}
      {!report.topic ? (
        <p class="state" data-state="off-topic">{t('deskOffTopic')}</p>
      ) : claims.length === 0 ? (
        <p class="state" data-state="no-claims">{t('deskNoClaims')}</p>
      ) : (
        <>
          <Summary claims={claims} asOf={check.asOf} />
          <Tools check={check} url={url} />
          <div class="columns">
            <Mirror check={check} />
            <Cards claims={claims} />
          </div>
        </>
      )}
    </section>
  );
}

function Summary({ claims, asOf }: { claims: Claim[]; asOf: string }) {
  const afterHorizon = afterHorizonCount(claims);
  return (
    <>
      <p class="total">
        {tPluralSlots('figuresChecked', claims.length, (count) => <strong data-count="claims">{count}</strong>)}
        {` · ${t('deskAsOfDay', [formatDay(asOf)])}`}
      </p>
      <VerdictCounts claims={claims} />
      {afterHorizon > 0 && <p class="note" data-state="after-horizon">{tPlural('popupAfterHorizon', afterHorizon, [formatDay(HORIZON)])}</p>}
    </>
  );
}

/** Copy as Markdown, download CSV or ClaimReview: the popup's writers, named for the draft. */
function Tools({ check, url }: { check: DraftCheck; url: string | null }) {
  const [note, setNote] = useState('');
  const today = localDay();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draftMarkdown(check, url, today));
      setNote(t('toolsCopied'));
    } catch {
      setNote(t('toolsCopyRefused'));
    }
  };
  const download = (body: string, type: string, extension: string, done: string) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([body], { type }));
    link.download = `pardon-check-draft-${check.asOf}.${extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setNote(t(done));
  };
  return (
    <div class="tools" role="group" aria-label={t('toolsLabel')}>
      <button type="button" class="action" data-action="copy-markdown" onClick={() => void copy()}>{t('deskCopyMarkdown')}</button>
      <button type="button" class="action" data-action="download-csv" onClick={() => download(draftCsv(check, url, today), 'text/csv', 'csv', 'deskCsvDownloaded')}>{t('deskDownloadCsv')}</button>
      <button type="button" class="action" data-action="download-claimreview"
        onClick={() => download(draftClaimReview(check, url, today), 'application/ld+json', 'jsonld', 'toolsDownloaded')}>{t('deskDownloadClaimReview')}</button>
      <p class="tool-note" role="status">{note}</p>
    </div>
  );
}

/** The draft as written, read-only, each figure marked by its verdict and linked to its card. Text nodes only. */
function Mirror({ check }: { check: DraftCheck }) {
  const claims = check.report.claims;
  return (
    <section class="mirror-box" aria-labelledby="mirror-title">
      <h3 id="mirror-title">{t('deskMarkedTitle')}</h3>
      <div class="mirror" lang="">
        {segmentsOf(check.text, claims).map((segment, i) => {
          if (segment.claim === null) return segment.text;
          const verdict = claims[segment.claim].verdict;
          return (
            <a key={i} class="figure" id={`figure-${segment.claim}`} href={`#claim-${segment.claim}`} data-verdict={verdict} data-claim={segment.claim}>
              {isDiscrepancy(verdict) && <span class="badge" aria-hidden="true">{VERDICT_SYMBOL[verdict]}</span>}
              {segment.text}
              <span class="visually-hidden"> ({verdictWord(verdict)})</span>
            </a>
          );
        })}
      </div>
    </section>
  );
}

/** One card per figure, discrepancies first: what the text says, what the KB holds, the reading that held, sources. */
function Cards({ claims }: { claims: Claim[] }) {
  return (
    <section class="cards" aria-labelledby="cards-title">
      <h3 id="cards-title">{t('deskClaimsTitle')}</h3>
      <ol class="claims">
        {inReadingOrder(claims).map(({ claim, index }) => (
          <li key={index} class="claim" id={`claim-${index}`} data-verdict={claim.verdict} data-kind={claim.kind} data-reason={claim.reason} tabIndex={-1}>
            <p class="verdict"><span aria-hidden="true">{VERDICT_SYMBOL[claim.verdict]}</span> {verdictTitle(claim.verdict)}</p>
            <p class="says">
              <span class="label">{t('deskSays')}</span> <mark class="span" lang="">{claim.span}</mark>{' '}
              <span class="quote" lang="">{claim.quote.length > 280 ? `${claim.quote.slice(0, 277)}…` : claim.quote}</span>
            </p>
            <p class="holds"><span class="label">{t('cardHolds')}</span> <span class="expected">{claim.expected}</span></p>
            {claim.refersTo !== null && <p class="when"><span class="label">{t('cardJudgedAgainst')}</span> <span class="refers-to">{claim.refersTo}</span></p>}
            {claim.sources.length > 0 && (
              <p class="sources"><span class="label">{t('cardSources')}</span> <span class="source-list">{sourceNames(claim)}</span></p>
            )}
            <p class="links">
              <a href={`#figure-${index}`} data-action="show-in-text">{t('deskShowInText')}<span class="visually-hidden">: {claim.span}</span></a>
              <KnowledgeLink factIds={claim.factIds} span={claim.span} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
