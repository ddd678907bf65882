/** The built Firefox package in Firefox ESR: marks, badge, card and popup on the same test pages. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './chromium';
import { launchFirefox, openFirefoxPopup, poll, type FirefoxSession } from './firefox';
import { hostTag, marksByVerdict, PALETTE } from './ourMarks';
import { CONTRADICTED_BOX, redShare } from './pixels';
import { startServer, type TestServer } from './server';

let server: TestServer;
let session: FirefoxSession;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer();
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/**
 * The id of the web page's tab the test opened last before `probe` (an extension page): tabs come in the
 * order they were opened, and the extension sees the addresses of web pages (its site access) and of its
 * own pages, so the welcome page, which may open after the test's first page, is passed over.
 */
async function tabOpenedBefore(probe: Page): Promise<number> {
  const tabs = await probe.evaluate(async () => (await browser.tabs.query({})).map((t) => ({ id: t.id!, url: t.url ?? '' })));
  return tabs.filter((t) => /^https?:/.test(t.url)).at(-1)!.id;
}

/** Alt+Shift+J: the shortcut that steps to the next flagged figure. */
async function stepToNextFlagged(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyJ');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/** Our marks' texts by verdict, as a page's own script could read them. */
const marks = (page: Page) => page.evaluate(marksByVerdict, PALETTE);

/** Waits until every one of these verdicts has a mark (plain evaluate calls: some test pages' CSP forbids Function()). */
async function waitForVerdicts(page: Page, verdicts: string[], timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!verdicts.every((v) => v in lastMarks)) {
    if (Date.now() > deadline) throw new Error(`no ${verdicts.join(', ')} marks after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 100));
    lastMarks = await marks(page).catch(() => ({}));
  }
  lastMarks = {};
}
let lastMarks: Record<string, string[]> = {};

describe('Firefox ESR', () => {
  let page: Page;

  beforeAll(async () => {
    page = await session.browser.newPage();
    await page.goto(`${server.origin}/demo-news.html`);
    // wait for a flagged and a quiet mark
    await waitForVerdicts(page, ['outdated', 'supported']);
  });

  it('marks the same figures as in Chromium', async () => {
    const found = await marks(page);
    expect(found.contradicted).toEqual(['four']);
    expect(found.outdated).toEqual(['178']);
    expect(found.supported).toContain('29');
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-annotated-page.png') });
  });

  it('paints the marks: the contradicted figure stands on a red background', async () => {
    const box = await page.evaluate(CONTRADICTED_BOX) as { x: number; y: number; width: number; height: number };
    const png = await page.screenshot({ clip: box, encoding: 'base64' });
    expect(await page.evaluate(redShare(png as string))).toBeGreaterThan(0.3);
  });

  it('opens the card from the keyboard, with the KB figure and its sources', async () => {
    await stepToNextFlagged(page);
    const text = await page.waitForFunction(() => document.documentElement.querySelector(':scope > :not(head):not(body)')?.shadowRoot?.querySelector('.card')?.textContent ?? false, { timeout: 5000 });
    expect(await text.jsonValue()).toContain('3 of those pardoned were pensioners');
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-card.png') });
  });

  it('keeps one host element and shows the count on the badge and the claims in the popup', async () => {
    const tags = await page.evaluate(() => [...document.documentElement.children].map((e) => e.tagName.toLowerCase()));
    expect(tags.slice(0, 2)).toEqual(['head', 'body']);
    // one element of ours, named afresh for this page load
    expect(tags.slice(2)).toEqual([await page.evaluate(hostTag)]);
    expect(tags[2]).toMatch(/^[a-z]+-[a-z]+$/);
    const probe = await openFirefoxPopup(session);
    const pageTab = await tabOpenedBefore(probe);
    const badge = await probe.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), pageTab);
    expect(badge).toBe('2');
    await probe.close();
    const popup = await openFirefoxPopup(session, `?tabId=${pageTab}`);
    await poll(popup, () => document.querySelectorAll('li.claim').length > 0);
    const verdicts = await popup.evaluate(() => [...document.querySelectorAll('li.claim')].map((li) => li.getAttribute('data-verdict')));
    expect(verdicts.slice(0, 2)).toEqual(['contradicted', 'outdated']);
    expect(verdicts).toHaveLength(14);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup.png') });
    await popup.close();
  });
});

describe('Firefox ESR on a page off the topic', () => {
  it('the popup says there is nothing to check, and the page gets no marks', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/off-topic.html`);
    const probe = await openFirefoxPopup(session);
    const pageTab = await tabOpenedBefore(probe);
    await probe.close();
    // no checker runs there to answer: the popup reads what the topic gate found
    const popup = await openFirefoxPopup(session, `?tabId=${pageTab}`);
    await poll(popup, () => document.querySelector('[data-state="off-topic"]') !== null);
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('Firefox ESR on a live blog', () => {
  it('checks entries added after load and keeps earlier marks', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/live-blog.html`);
    await page.waitForFunction(() => {
      const texts: string[] = [];
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => h.forEach((r) => texts.push(r.toString())));
      return ['190', 'over 1,200', 'sixth'].every((t) => texts.includes(t));
    }, { timeout: 20_000 });
    const found = await marks(page);
    expect(found.contradicted).toEqual(['190']);
    expect(found.supported).toEqual(expect.arrayContaining(['32', 'over 1,200', 'sixth']));
    await page.close();
  });
});

describe('Firefox ESR on hostile pages', () => {
  it('markup shown as text never runs, and the card shows it literally', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/hostile-markup.html`);
    await waitForVerdicts(page, ['contradicted']);
    await stepToNextFlagged(page);
    const text = await page.waitForFunction(() => document.documentElement.querySelector(':scope > :not(head):not(body)')?.shadowRoot?.querySelector('.card')?.textContent ?? false, { timeout: 5000 });
    expect(await text.jsonValue()).toContain("<script>window.__pwned='script'</script>");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    await page.close();
  });

  it('under a strict CSP, marks appear and the extension causes no violation', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/strict-csp.html`);
    // the page's CSP forbids Function(), which waitForFunction uses: poll with plain evaluate calls
    await waitForVerdicts(page, ['contradicted']);
    await stepToNextFlagged(page);
    const border = await poll(page, () => {
      const card = document.documentElement.querySelector(':scope > :not(head):not(body)')?.shadowRoot?.querySelector('.card');
      return card ? getComputedStyle(card).borderLeftWidth : false;
    });
    expect(border).toBe('6px');
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    await page.close();
  });
});

declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
};
