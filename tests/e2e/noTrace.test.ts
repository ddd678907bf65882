/**
 * No page may learn that its reader has this extension (readers in Belarus can be prosecuted for what
 * they follow). The same pages are loaded with the shipped build and without any extension, in Chromium
 * and in Firefox ESR, and everything a page's own scripts can observe is compared (pageWorld.ts):
 * - off the topic, near the topic (other countries' pardons: the gate opens, the engine says no), and on
 *   the topic in "no marks" mode: identical;
 * - on the topic with marks: only what docs/security.md lists differs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
declare const browser: { storage: { local: { set(items: object): Promise<void> } } };
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabIdOf, type ChromiumSession } from './chromium';
import { launchFirefox, openFirefoxPopup, poll, type FirefoxSession } from './firefox';
import { KNOWN_FOR_PAGE, readPageWorld, recordPageEvents, worldDifferences, type PageWorld } from './pageWorld';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** The page's world once the extension has done all it will do there (a checker's result, or a gate that stayed shut). */
const SETTLE_MS = 1500;

/**
 * What differs on a page the checker marks, and only that: one host element (the flagged figures' badges)
 * and the highlights. No known name paints anything; a page that lists the registry's names can read
 * their styles, which is what docs/security.md says.
 */
function expectOnlyMarksDiffer(ours: PageWorld, bare: PageWorld): void {
  expect(worldDifferences(ours, bare).sort()).toEqual(['highlights', 'html', 'mutations', 'styles']);
  // one element of ours, a fresh name for this page load
  const extra = ours.html.replace(bare.html.replace(/<\/html>$/, ''), '');
  expect(extra).toMatch(/^<([a-z]+-[a-z]+)><\/\1><\/html>$/);
  // every other element of the page, and its pseudo-elements, is styled exactly as without the extension
  const host = /^<([a-z]+-[a-z]+)>/.exec(extra)![1];
  expect(ours.styles.filter((line) => !line.startsWith(`${host} `) && !line.startsWith(`${host}::`))).toEqual(bare.styles);
  expect(ours.mutations).toBe(bare.mutations + 1);
  // highlight names chosen for this page load, none of them a fixed name
  expect(ours.highlights.length).toBeGreaterThan(0);
  for (const name of ours.highlights) expect(name).toMatch(/^[a-z]{10}$/);
  expect(ours.probes).toEqual({ highlightStyles: [], timeline: [], elements: [] });
}

function expectUntouched(ours: PageWorld, bare: PageWorld): void {
  expect(ours.probes).toEqual({ highlightStyles: [], timeline: [], elements: [] });
  expect(worldDifferences(ours, bare)).toEqual([]);
}

interface Browsers {
  /** the page in the browser with the extension (once it reached `state`) and in the one without */
  both(path: string, state: string | null): Promise<{ ours: PageWorld; bare: PageWorld }>;
  setNoMarks(noMarks: boolean): Promise<void>;
}

/** The same five pages in either browser; `offTopicState` is what the extension shows on a page whose gate stays shut. */
function sameWorldCases(browsers: () => Browsers, offTopicState: string | null): void {
  it('a page off the topic: the page\'s world is exactly as without the extension', async () => {
    const { ours, bare } = await browsers().both('off-topic.html', offTopicState);
    expectUntouched(ours, bare);
  });

  it('a page about other countries\' pardons: the gate stays shut (no Belarus named), and leaves no trace', async () => {
    const { ours, bare } = await browsers().both('near-topic.html', offTopicState);
    expectUntouched(ours, bare);
  });

  it('a page naming Belarus and another country\'s releases: the checker reads it, finds nothing to check, and leaves no trace', async () => {
    const { ours, bare } = await browsers().both('near-topic-belarus.html', 'no-claims');
    expectUntouched(ours, bare);
  });

  it('a page on the topic in "no marks" mode: judged for the popup, and nothing written into the page', async () => {
    await browsers().setNoMarks(true);
    try {
      const { ours, bare } = await browsers().both('demo-news.html', 'checked');
      expectUntouched(ours, bare);
    } finally {
      await browsers().setNoMarks(false);
    }
  });

  it('a page on the topic with marks: only one host element and highlights under names made for this page load', async () => {
    const { ours, bare } = await browsers().both('demo-news.html', 'checked');
    expectOnlyMarksDiffer(ours, bare);
  });
}

/** The same page's world in the browser with the extension and in the one without; both pages closed after. */
async function inBoth<P extends { close(): Promise<void> }>(load: (withExtension: boolean) => Promise<[PageWorld, P]>): Promise<{ ours: PageWorld; bare: PageWorld }> {
  const [ours, pageOurs] = await load(true);
  const [bare, pageBare] = await load(false);
  await pageOurs.close();
  await pageBare.close();
  return { ours, bare };
}

describe('Chromium: what a page can observe of the extension', () => {
  let ours: ChromiumSession;
  let plain: ChromiumSession;

  beforeAll(async () => {
    ours = await launchChromium();
    plain = await launchChromium({ extension: false });
  });
  afterAll(async () => {
    await ours?.close();
    await plain?.close();
  });

  const statusIn = (tabId: number) => ours.worker.evaluate(async (id: number) => chrome.tabs.sendMessage(id, { type: 'pardon-check/get-status' }).catch(() => null), tabId);
  const setNoMarks = (noMarks: boolean) => ours.worker.evaluate(async (value: boolean) => chrome.storage.local.set({ settings: { schema: 1, noMarks: value } }), noMarks);

  /** Loads the page in both browsers; `checkerState` is the state the extension's checker must reach first (null: none runs). */
  const both = (path: string, checkerState: string | null) =>
    inBoth(async (withExtension): Promise<[PageWorld, PlaywrightPage]> => {
      const page = await (withExtension ? ours : plain).context.newPage();
      await page.addInitScript(recordPageEvents, ours.extensionId);
      await page.goto(`${server.origin}/${path}`);
      if (withExtension && checkerState) {
        const tabId = await tabIdOf(ours, page);
        // the popup's states: 'no-claims' is a checked page with nothing to check
        const stateOf = (status: { state?: string; claims?: unknown[] } | null) => (status?.state === 'checked' && status.claims?.length === 0 ? 'no-claims' : status?.state);
        await expect.poll(async () => stateOf((await statusIn(tabId)) as { state?: string; claims?: unknown[] } | null), { timeout: 15_000 }).toBe(checkerState);
      }
      await page.waitForTimeout(SETTLE_MS);
      return [await page.evaluate(readPageWorld, KNOWN_FOR_PAGE), page];
    });

  sameWorldCases(() => ({ both, setNoMarks }), null);
});

describe('Firefox ESR: what a page can observe of the extension', () => {
  let ours: FirefoxSession;
  let plain: FirefoxSession;

  beforeAll(async () => {
    ours = await launchFirefox();
    plain = await launchFirefox({ extension: false });
  });
  afterAll(async () => {
    await ours?.close();
    await plain?.close();
  });

  async function setNoMarks(noMarks: boolean): Promise<void> {
    const popup = await openFirefoxPopup(ours);
    await popup.evaluate((value) => browser.storage.local.set({ settings: { schema: 1, noMarks: value } }), noMarks);
    await popup.close();
  }

  /** The popup, as a reader would open it, waits for the checker's state (null: only the gate ran). */
  async function waitForState(state: string): Promise<void> {
    const probe = await openFirefoxPopup(ours);
    // the last web page's tab (the welcome page, which waits for a note in storage, may open after it)
    const tabIds = await probe.evaluate(async () => (await (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser.tabs.query({}))
      .filter((t) => /^https?:/.test(t.url ?? '')).map((t) => t.id!));
    await probe.close();
    const popup = await openFirefoxPopup(ours, `?tabId=${tabIds[tabIds.length - 1]}`);
    await poll(popup, new Function(`return document.querySelector('[data-state="${state}"]') !== null`) as () => boolean, 15_000).catch(async () => {
      throw new Error(`the popup never showed "${state}": ${await popup.evaluate(() => document.body.innerText)}`);
    });
    await popup.close();
  }

  const both = (path: string, state: string | null) =>
    inBoth(async (withExtension): Promise<[PageWorld, PuppeteerPage]> => {
      const page = await (withExtension ? ours : plain).browser.newPage();
      await page.evaluateOnNewDocument(recordPageEvents, 'firefox');
      await page.goto(`${server.origin}/${path}`);
      if (withExtension && state) await waitForState(state);
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      return [await page.evaluate(readPageWorld, KNOWN_FOR_PAGE), page];
    });


  // no checker answers off the topic: the popup shows what the gate found
  sameWorldCases(() => ({ both, setNoMarks }), 'off-topic');
});
