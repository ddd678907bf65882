/**
 * The reader in control in Firefox ESR (the Manifest V2 package): the per-site switch across a reload and a
 * restart with the same profile, hiding the marks on a tab, a dismissed flag kept across a reload and
 * restored from the options, the welcome page opened once, settings exported and imported into a fresh
 * profile, and damaged settings. news.example.co.uk and www.example.co.uk (one site) and control.example.net
 * resolve to the test server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_UUID, launchFirefox, openFirefoxPopup, poll, type FirefoxSession } from './firefox';
import { hostTag, marksByVerdict, PALETTE } from './ourMarks';
import { startServer, type TestServer } from './server';

declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> }; session: { get(k: null): Promise<Record<string, unknown>> } };
  scripting: { executeScript(d: object): Promise<{ result?: unknown }[]> };
};

const PREFS = { 'network.dns.localDomains': 'news.example.co.uk,www.example.co.uk,control.example.net' };
const EXTENSION = `moz-extension://${EXTENSION_UUID}`;

let server: TestServer;
let port: string;

beforeAll(async () => {
  server = await startServer();
  port = new URL(server.origin).port;
});

afterAll(async () => {
  await server?.close();
});

const url = (host: string) => `http://${host}:${port}/demo-news.html`;
const marks = (page: Page) => page.evaluate(marksByVerdict, PALETTE);

async function waitForMark(page: Page, verdict: string, text: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!((await marks(page).catch(() => ({} as Record<string, string[]>)))[verdict] ?? []).includes(text)) {
    if (Date.now() > deadline) throw new Error(`no ${verdict} mark on "${text}" in ${page.url()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** An extension page (a tab), opened without awaiting goto, which never resolves on moz-extension://. */
async function extensionPage(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  void page.goto(`${EXTENSION}/${path}`).catch(() => undefined);
  await poll(page, () => document.querySelector('main h1, .popup') !== null);
  return page;
}

/** The id of the tab showing this address, asked from an extension page (its tabs' addresses are visible to it). */
async function tabOf(probe: Page, address: string): Promise<number> {
  return probe.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? 0, address);
}

async function popupFor(session: FirefoxSession, address: string): Promise<Page> {
  const probe = await openFirefoxPopup(session);
  const tabId = await tabOf(probe, address);
  await probe.close();
  return openFirefoxPopup(session, `?tabId=${tabId}`);
}

async function click(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 10_000 });
  await page.click(selector);
}

/** Gate opened, checker turned away (the control page on another site was marked meanwhile), nothing of ours in the page. */
async function expectOff(session: FirefoxSession, page: Page, address: string): Promise<void> {
  const probe = await openFirefoxPopup(session);
  const tabId = await tabOf(probe, address);
  const state = () => probe.evaluate(async (id) => {
    const [frame] = await browser.scripting.executeScript({ target: { tabId: id }, func: () => (globalThis as Record<symbol, unknown>)[Symbol.for('pardon-check/frame-state')] ?? null });
    return frame?.result ?? null;
  }, tabId);
  const deadline = Date.now() + 15_000;
  while ((await state()) !== 'checking') {
    if (Date.now() > deadline) throw new Error(`the gate did not open on ${address}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  const control = await session.browser.newPage();
  await control.goto(url('control.example.net'));
  await waitForMark(control, 'outdated', '178');
  await control.close();
  expect(await state()).toBe('checking');
  expect(await marks(page)).toEqual({});
  expect(await page.evaluate(hostTag)).toBeNull();
  await probe.close();
}

describe('Firefox ESR: a site switched off, across a reload and a restart with the same profile', () => {
  const profile = mkdtempSync(join(tmpdir(), 'pardon-check-firefox-'));
  let session: FirefoxSession;

  afterAll(async () => {
    await session?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens the welcome page once; switching a site off removes its marks and keeps them off after a reload', async () => {
    session = await launchFirefox({ profile, prefs: PREFS });
    const page = await session.browser.newPage();
    await page.goto(url('news.example.co.uk'));
    await waitForMark(page, 'outdated', '178');
    const probe = await openFirefoxPopup(session);
    await poll(probe, async () => (await browser.tabs.query({})).some((t) => t.url?.endsWith('/welcome.html')));
    expect(await probe.evaluate(async () => (await browser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html')).length)).toBe(1);
    await probe.close();
    const popup = await popupFor(session, url('news.example.co.uk'));
    await click(popup, '[data-action="site-toggle"]');
    await poll(popup, () => document.querySelector('[data-state="site-off"]') !== null);
    await poll(page, () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0);
    await popup.close();
    await page.reload();
    await expectOff(session, page, url('news.example.co.uk'));
    const www = await session.browser.newPage();
    await www.goto(url('www.example.co.uk'));
    await expectOff(session, www, url('www.example.co.uk'));
    await www.close();
  });

  it('after a restart the site is still off and no welcome page opens; switching on brings the marks back', async () => {
    await session.close();
    session = await launchFirefox({ profile, prefs: PREFS });
    const page = await session.browser.newPage();
    await page.goto(url('news.example.co.uk'));
    await expectOff(session, page, url('news.example.co.uk'));
    const probe = await openFirefoxPopup(session);
    expect(await probe.evaluate(async () => (await browser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html')).length)).toBe(0);
    await probe.close();
    const popup = await popupFor(session, url('news.example.co.uk'));
    await poll(popup, () => document.querySelector('[data-state="site-off"]') !== null);
    await click(popup, '[data-action="site-toggle"]');
    await waitForMark(page, 'outdated', '178');
    await popup.close();
    await page.reload();
    await waitForMark(page, 'outdated', '178');
  });
});

describe('Firefox ESR: hide, dismiss and restore', () => {
  let session: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchFirefox({ prefs: PREFS });
    page = await session.browser.newPage();
    await page.goto(url('news.example.co.uk'));
    await waitForMark(page, 'contradicted', 'four');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the popup hides all marks on the tab and shows them again', async () => {
    const popup = await popupFor(session, url('news.example.co.uk'));
    await click(popup, '[data-action="hide-marks"]');
    await poll(page, () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0);
    expect(await popup.$eval('[data-action="hide-marks"]', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    await click(popup, '[data-action="hide-marks"]');
    await waitForMark(page, 'contradicted', 'four');
    await popup.close();
  });

  it('a flag dismissed on its card stays dismissed after a reload and comes back when restored in the options', async () => {
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await poll(page, () => document.documentElement.querySelector(':scope > :not(head):not(body)')?.shadowRoot?.querySelector('.card .span')?.textContent === 'four');
    await page.evaluate(() => (document.documentElement.querySelector(':scope > :not(head):not(body)')!.shadowRoot!.querySelector('[data-action="dismiss"][data-scope="page"]') as HTMLElement).click());
    const noFour = async () => !((await marks(page)).contradicted ?? []).includes('four');
    const deadline = Date.now() + 10_000;
    while (!(await noFour())) {
      if (Date.now() > deadline) throw new Error('the dismissed flag is still marked');
      await new Promise((done) => setTimeout(done, 100));
    }
    await page.reload();
    await waitForMark(page, 'outdated', '178');
    expect((await marks(page)).contradicted).toBeUndefined();
    const options = await extensionPage(session, 'options.html');
    await poll(options, () => document.querySelectorAll('[data-list="dismissed"] > li').length === 1);
    expect(await options.$eval('[data-list="dismissed"] > li', (li) => li.textContent)).toContain('four');
    await click(options, '[data-action="restore"]');
    await waitForMark(page, 'contradicted', 'four');
    await options.close();
    await page.reload();
    await waitForMark(page, 'contradicted', 'four');
  });
});

describe('Firefox ESR: settings exported and imported into a fresh profile, and damaged settings', () => {
  it('an exported file, imported into a fresh profile, switches the same site off', async () => {
    const first = await launchFirefox({ prefs: PREFS });
    let text: string;
    try {
      const page = await first.browser.newPage();
      await page.goto(url('news.example.co.uk'));
      await waitForMark(page, 'outdated', '178');
      const popup = await popupFor(first, url('news.example.co.uk'));
      await click(popup, '[data-action="site-toggle"]');
      await poll(popup, () => document.querySelector('[data-state="site-off"]') !== null);
      await popup.close();
      const options = await extensionPage(first, 'options.html');
      // the download goes through a Blob link: read the Blob the link points at
      await options.evaluate(() => {
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          (window as unknown as { exported: Promise<string> }).exported = fetch(this.href).then((r) => r.text());
        };
      });
      await click(options, '[data-action="export"]');
      text = await options.evaluate(() => (window as unknown as { exported: Promise<string> }).exported);
      expect(JSON.parse(text)).toMatchObject({ format: 'pardon-check/settings', schema: 2, settings: { sites: { 'example.co.uk': 'off' } } });
    } finally {
      await first.close();
    }

    const folder = mkdtempSync(join(tmpdir(), 'pardon-check-export-'));
    const file = join(folder, 'settings.json');
    writeFileSync(file, text);
    const fresh = await launchFirefox({ prefs: PREFS });
    try {
      const options = await extensionPage(fresh, 'options.html');
      const input = await options.waitForSelector('[data-action="import-file"]');
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
      await poll(options, () => document.querySelector('[data-import="pending"]')?.textContent?.includes('Sites: 1 added') ?? false);
      await click(options, '[data-action="import-apply"]');
      await poll(options, () => document.querySelector('[data-list="sites"] li[data-site="example.co.uk"][data-state="off"]') !== null);
      const page = await fresh.browser.newPage();
      await page.goto(url('www.example.co.uk'));
      await expectOff(fresh, page, url('www.example.co.uk'));
    } finally {
      await fresh.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('an older or corrupted settings object does not keep a page from being checked and marked', async () => {
    const session = await launchFirefox({ prefs: PREFS });
    try {
      for (const stored of [{ schema: 1, noMarks: false }, 'corrupted', { schema: 2, sites: [], dismissed: 'x', theme: null }]) {
        const options = await extensionPage(session, 'options.html');
        await options.evaluate((value) => browser.storage.local.set({ settings: value }), stored as object);
        await options.close();
        const page = await session.browser.newPage();
        await page.goto(url('news.example.co.uk'));
        await waitForMark(page, 'contradicted', 'four');
        await page.close();
      }
    } finally {
      await session.close();
    }
  });
});
