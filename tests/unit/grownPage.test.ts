// @vitest-environment happy-dom
/**
 * A feed that keeps adding entries: each rescan reads only the entries added, asks the background about their text
 * alone, and keeps the claims already shown. What the reader sees must not tell: after every step the popup's claims
 * (and the toolbar's counts) are those of a checker that reads the page as it stands, whole, for the first time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Checker } from '../../extension/content/checker';
import { EngineHost, replyOf } from '../../extension/background/engineHost';
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import type { AnalyzeRequest, Analysis, ClaimSummary, PageStatus, Resend } from '../../extension/messages';
import { randomMarkNames } from '../../extension/markNames';

const names = randomMarkNames();

/** Paragraphs of the project's own corpus reports (figures as they read, markup taken out). */
const corpusDir = join(__dirname, '../corpus');
const paragraphs = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 12)
  .flatMap((f) => readFileSync(join(corpusDir, f), 'utf8').split('\n'))
  .filter((line) => line.trim() && !line.startsWith('@'))
  .map((line) => line.replace(/\[\[([^|\]]+)\|[^\]]*\]\]/g, '$1'));

const checkers: Checker[] = [];
afterEach(() => {
  for (const checker of checkers.splice(0)) checker.stop();
  delete (window as { Highlight?: unknown }).Highlight;
  delete (window as { CSS?: unknown }).CSS;
});

/** Marks through a stand-in for the CSS Highlight API (happy-dom lacks it): they leave the page's text nodes alone, as in browsers. */
function withHighlightRegistry(): void {
  Object.defineProperty(window, 'Highlight', { value: class extends Set<unknown> {}, configurable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights: new Map() }, configurable: true });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

/** A checker on `doc` with its own engine (a background of its own); its requests and the badge counts it was given. */
function start(doc: Document, engine: () => EngineHost, marks = true) {
  const requests: Omit<AnalyzeRequest, 'type' | 'settings'>[] = [];
  const answers: Analysis[] = [];
  const statuses: PageStatus[] = [];
  let inFlight = 0;
  const checker = new Checker(doc, {
    styles: { overlay: ':host{}', card: '.card{}' },
    marks: async () => (marks ? names : null),
    settleMs: 20,
    onStatus: (status) => statuses.push(status),
    analyze: async (request): Promise<Analysis | Resend> => {
      inFlight++;
      try {
        requests.push(request);
        const judged = engine().judge('test:0', { type: 'pardon-check/analyze', ...request });
        if ('resend' in judged) return judged;
        const answer = replyOf(judged);
        answers.push(answer);
        return answer;
      } finally {
        inFlight--;
      }
    },
  });
  checkers.push(checker);
  checker.start();
  /**
   * Until the page's change has been asked about and answered, and nothing more is under way (no timing decides the
   * test: a slow scan makes the loop wait longer before the next, settle.ts)
   */
  const settle = async () => {
    const before = requests.length;
    for (let calm = 0, i = 0; calm < 8 && i < 3000; i++) {
      await tick();
      calm = requests.length > before && inFlight === 0 && statuses.at(-1)?.state !== 'checking' ? calm + 1 : 0;
    }
  };
  const claims = (): ClaimSummary[] => {
    const status = statuses.at(-1);
    return status?.state === 'checked' ? status.claims : [];
  };
  return { checker, requests, answers, statuses, settle, claims };
}

/** What a checker reading this page whole, for the first time, shows. */
async function freshClaims(): Promise<{ claims: ClaimSummary[]; status: PageStatus | undefined }> {
  const copy = document.implementation.createHTMLDocument('');
  copy.documentElement.innerHTML = document.documentElement.innerHTML;
  // in "no marks" mode: a document made here has no window to draw in; the claims and the status are the same
  const fresh = start(copy, () => new EngineHost(bundledKnowledge), false);
  await fresh.settle();
  const status = fresh.statuses.at(-1);
  fresh.checker.stop();
  return { claims: fresh.claims(), status };
}

function entry(from: number, count: number): HTMLElement {
  const article = document.createElement('article');
  article.innerHTML = `<div class="meta"><time>10:${String(from % 60).padStart(2, '0')}</time> Staff</div>`
    + paragraphs.slice(from, from + count).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')
    + '<div class="share"><button>Share</button></div>';
  return article;
}

describe('a feed that grows, rescanned from where its last read ended', () => {
  it('shows after each burst the claims a whole first read of the page shows, having sent only the new text', async () => {
    withHighlightRegistry();
    document.documentElement.innerHTML = '<head><title>Live</title><meta name="date" content="2024-12-30"></head>'
      + `<body><header>The Daily Example</header><main><h1>Live: Belarus pardons political prisoners</h1></main><aside>Most read 7</aside></body>`;
    document.querySelector('main')!.append(entry(0, 6));
    const engine = new EngineHost(bundledKnowledge);
    const feed = start(document, () => engine);
    await feed.settle();
    expect(feed.claims().length).toBeGreaterThan(0);
    for (let burst = 1, from = 6; burst <= 4; burst++, from += 8) {
      document.querySelector('main')!.append('\n', entry(from, 8));
      await feed.settle();
      const fresh = await freshClaims();
      expect(feed.claims(), `burst ${burst}`).toEqual(fresh.claims);
      expect(feed.statuses.at(-1), `burst ${burst}`).toEqual(fresh.status);
    }
    // every rescan sent only the text added since the last answer, and kept the claims shown
    const rescans = feed.requests.slice(1);
    expect(rescans.length).toBeGreaterThanOrEqual(4);
    for (const [i, request] of rescans.entries()) {
      expect(request.after?.length).toBe(feed.requests.slice(0, i + 1).reduce((length, r) => (r.after ? length : 0) + r.text.length, 0));
      expect(request.text.startsWith('\n')).toBe(true);
    }
    // most bursts leave the claims above them as they were (a burst that changes the page's round changes them all)
    expect(feed.answers.filter((answer) => (answer.kept ?? 0) > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('reads the whole page again after an edit in a part already read, a new date, or a background that lost the text', async () => {
    withHighlightRegistry();
    document.documentElement.innerHTML = '<head><title>Live</title><meta name="date" content="2024-12-30"></head>'
      + `<body><main><h1>Live: Belarus pardons political prisoners</h1></main></body>`;
    document.querySelector('main')!.append(entry(0, 6));
    let engine = new EngineHost(bundledKnowledge);
    const feed = start(document, () => engine);
    await feed.settle();
    const wholeRequests = () => feed.requests.filter((r) => !r.after).length;

    // a figure corrected in the first entry, while another entry arrives: the correction is read and judged
    const judged = feed.claims().find((c) => /^\d+$/.test(c.span))!;
    const holder = [...document.querySelectorAll('main p')].find((p) => p.textContent!.includes(judged.quote))!;
    const corrected = String(Number(judged.span) + 7);
    holder.textContent = holder.textContent!.replace(judged.quote, judged.quote.replace(judged.span, corrected));
    document.querySelector('main')!.append(entry(6, 4));
    await feed.settle();
    expect(wholeRequests()).toBe(2);
    expect(feed.claims()).toEqual((await freshClaims()).claims);
    expect(feed.claims().some((c) => c.span === corrected)).toBe(true);

    // the page's date changes as an entry arrives: every verdict may change, so the page is read and judged whole
    document.querySelector('meta[name="date"]')!.setAttribute('content', '2025-06-21');
    document.querySelector('main')!.append(entry(10, 4));
    await feed.settle();
    expect(wholeRequests()).toBe(3);
    expect(feed.statuses.at(-1)).toEqual((await freshClaims()).status);

    // the background's worker was stopped and started again: it asks for the whole text, which is then sent
    engine = new EngineHost(bundledKnowledge);
    document.querySelector('main')!.append(entry(14, 4));
    await feed.settle();
    expect(feed.requests.at(-2)?.after).toBeDefined();
    expect(feed.requests.at(-1)?.after).toBeUndefined();
    expect(feed.statuses.at(-1)).toEqual((await freshClaims()).status);

    // and the next entry goes on from that answer again
    document.querySelector('main')!.append(entry(18, 4));
    await feed.settle();
    expect(feed.requests.at(-1)?.after).toBeDefined();
    expect(feed.statuses.at(-1)).toEqual((await freshClaims()).status);
  });
});
