/**
 * The reader in control, in the built extension in headless Chromium: the per-site switch (kept across a
 * reload and a restart with the same profile), hiding the marks on a tab, dismissing a flag and restoring
 * it, the verdicts to mark, "This flag is wrong", the welcome page opened once, settings exported and
 * imported into a fresh profile, damaged or older settings, the popup's exports and knowledge links;
 * screenshots of the popup, options, welcome page and card in light and dark, and axe-core on each.
 *
 * Sites: Chromium resolves *.example.co.uk, *.example.org and *.example.net to the test server, so
 * news.example.co.uk and www.example.co.uk are one site (example.co.uk), other.example.org another, and
 * control.example.net a third, never switched off.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ARTIFACTS, badgeText, CARD, highlightedTexts, launchChromium, openPopup, tabIdOf, type ChromiumSession } from './chromium';
import { hostTag } from './ourMarks';
import { startServer, type TestServer } from './server';

const HOSTS = ['--host-resolver-rules=MAP *.example.co.uk 127.0.0.1, MAP *.example.org 127.0.0.1, MAP *.example.net 127.0.0.1'];
const FRAME_STATE_KEY = 'pardon-check/frame-state';

let server: TestServer;
let port: string;
const outgoing: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer();
  port = new URL(server.origin).port;
});

afterAll(async () => {
  await server?.close();
});

const url = (host: string, path = 'demo-news.html') => `http://${host}:${port}/${path}`;

async function launch(profile?: string): Promise<ChromiumSession> {
  const session = await launchChromium({ profile, args: HOSTS });
  session.context.on('request', (request) => outgoing.push(request.url()));
  return session;
}

async function open(session: ChromiumSession, address: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(address);
  return { page, tabId: await tabIdOf(session, page) };
}

/** Our marks' texts by verdict, as the page's own script could read them. */
const marks = (page: Page) => highlightedTexts(page);

/** Waits until the page has our mark of this verdict on this text (also outside a test, where expect.poll is not allowed). */
async function waitForMark(page: Page, verdict: string, text: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!((await marks(page))[verdict] ?? []).includes(text)) {
    if (Date.now() > deadline) throw new Error(`no ${verdict} mark on "${text}" in ${page.url()}: ${JSON.stringify(await marks(page))}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** What our scripts in the tab's page are doing: 'checking' once the gate opened and no checker (yet) runs. */
async function frameState(session: ChromiumSession, tabId: number): Promise<string | null> {
  return session.worker.evaluate(async ([id, key]) => {
    const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, func: (k: string) => (globalThis as Record<symbol, unknown>)[Symbol.for(k)] ?? null, args: [key] });
    return frame?.result ?? null;
  }, [tabId, FRAME_STATE_KEY] as const);
}

const storedSettings = (session: ChromiumSession) => session.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);

/**
 * The page's gate opened and the checker was turned away: a page on another site, loaded after it, has
 * been checked and marked meanwhile, while this one has no checker, no mark and none of our elements.
 */
async function expectOff(session: ChromiumSession, page: Page, tabId: number): Promise<void> {
  await expect.poll(() => frameState(session, tabId)).toBe('checking');
  const control = await open(session, url('control.example.net'));
  await waitForMark(control.page, 'outdated', '178');
  await control.page.close();
  expect(await frameState(session, tabId)).toBe('checking');
  expect(await marks(page)).toEqual({});
  expect(await page.evaluate(hostTag)).toBeNull();
  expect(await badgeText(session, tabId)).toBe('');
}

function extensionPages(session: ChromiumSession, name: string): Page[] {
  return session.context.pages().filter((p) => p.url().startsWith(`chrome-extension://${session.extensionId}/${name}`));
}

async function optionsPage(session: ChromiumSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.locator('h1').waitFor();
  return page;
}

describe('a site switched off, across a reload and a restart with the same profile', () => {
  const profile = mkdtempSync(join(tmpdir(), 'pardon-check-profile-'));
  let session: ChromiumSession;

  afterAll(async () => {
    await session?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens the welcome page once, on install', async () => {
    session = await launch(profile);
    await expect.poll(() => extensionPages(session, 'welcome.html').length).toBe(1);
    const welcome = extensionPages(session, 'welcome.html')[0];
    await welcome.locator('h1').waitFor();
    expect(await welcome.locator('main').innerText()).toMatch(/Switch off on this site/);
  });

  it('switching off from the popup removes the marks at once, on every page of that site', async () => {
    const { page, tabId } = await open(session, url('news.example.co.uk'));
    await waitForMark(page, 'outdated', '178');
    const popup = await openPopup(session, tabId);
    await popup.locator('li.claim').first().waitFor();
    // the registrable domain, once the public-suffix list has loaded (after the popup's first answer)
    await expect.poll(() => popup.locator('.site-name').innerText()).toBe('example.co.uk');
    await popup.locator('[data-action="site-toggle"]').click();
    await popup.locator('[data-state="site-off"]').waitFor();
    await expect.poll(() => marks(page)).toEqual({});
    await expect.poll(() => page.evaluate(hostTag)).toBeNull();
    await expect.poll(() => badgeText(session, tabId)).toBe('');
    expect(await storedSettings(session)).toMatchObject({ sites: { 'example.co.uk': 'off' } });
    await popup.close();
    // another page of the same site (www.) is off too
    const other = await open(session, url('www.example.co.uk'));
    await expectOff(session, other.page, other.tabId);
    await other.page.close();
    // and a reload keeps it off
    await page.reload();
    await expectOff(session, page, tabId);
    await page.close();
  });

  it('after a restart with the same profile the site is still off, the welcome page does not open again, and switching on brings the marks back', async () => {
    await session.close();
    session = await launch(profile);
    const { page, tabId } = await open(session, url('news.example.co.uk'));
    await expectOff(session, page, tabId);
    expect(extensionPages(session, 'welcome.html')).toHaveLength(0);
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="site-off"]').waitFor();
    expect(await popup.locator('[data-action="site-toggle"]').innerText()).toBe('Switch on for this site');
    await popup.locator('[data-action="site-toggle"]').click();
    // on again: the checker goes into the page without a reload
    await waitForMark(page, 'outdated', '178');
    await popup.locator('li.claim').first().waitFor();
    expect((await storedSettings(session)).sites).toEqual({});
    await popup.close();
    await page.reload();
    await waitForMark(page, 'outdated', '178');
    await page.close();
  });
});

describe('on a page with flags', () => {
  let session: ChromiumSession;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    session = await launch();
    // the extension's pages are an opaque origin to the permission API: granted everywhere in this profile
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    ({ page, tabId } = await open(session, url('news.example.co.uk')));
    await waitForMark(page, 'contradicted', 'four');
    await waitForMark(page, 'outdated', '178');
  });

  afterAll(async () => {
    await session?.close();
  });

  async function openCardOn(span: string): Promise<void> {
    const card = page.locator(CARD);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      await card.waitFor({ state: 'visible' });
      if ((await card.locator('.span').innerText()) === span) return;
    }
    throw new Error(`no card for ${span}`);
  }

  const closeCard = async () => {
    await page.keyboard.press('Escape');
    await page.locator(CARD).waitFor({ state: 'detached' });
  };

  it('hides all marks on the tab from the popup and shows them again; nothing is kept once the tab is closed', async () => {
    const popup = await openPopup(session, tabId);
    const hide = popup.locator('[data-action="hide-marks"]');
    await hide.click();
    await expect.poll(() => marks(page)).toEqual({});
    // the badges after flagged figures go too
    expect(await page.evaluate(() => document.documentElement.querySelector(':scope > :not(head):not(body)')?.shadowRoot?.querySelectorAll('.marker').length ?? 0)).toBe(0);
    expect(await hide.getAttribute('aria-pressed')).toBe('true');
    expect(await hide.innerText()).toBe('Show marks on this tab');
    // still hidden after a reload of this tab
    await page.reload();
    await popup.reload();
    await popup.locator('li.claim').first().waitFor();
    expect(await marks(page)).toEqual({});
    await popup.locator('[data-action="hide-marks"]').click();
    await waitForMark(page, 'outdated', '178');
    await popup.locator('[data-action="hide-marks"]').click();
    await expect.poll(() => marks(page)).toEqual({});
    // a tab that closes takes its choice with it
    const hidden = await session.worker.evaluate(() => chrome.storage.session.get(null));
    expect(Object.keys(hidden)).toEqual([`hidden-marks:${tabId}`]);
    await popup.close();
    await page.close();
    await expect.poll(() => session.worker.evaluate(() => chrome.storage.session.get(null))).toEqual({});
    ({ page, tabId } = await open(session, url('news.example.co.uk')));
    await waitForMark(page, 'contradicted', 'four');
  });

  it('dismisses a flag on this page with the scope in the button\'s words, and undoes it right there', async () => {
    await openCardOn('four');
    const card = page.locator(CARD);
    expect(await card.locator('[data-action="dismiss"]').allInnerTexts()).toEqual(['Dismiss on this page', 'Dismiss everywhere this figure and sentence appear']);
    await card.locator('[data-action="dismiss"][data-scope="page"]').click();
    await expect.poll(async () => (await marks(page)).contradicted ?? []).toEqual([]);
    expect(await card.locator('.status').innerText()).toContain('Dismissed on this page.');
    await expect.poll(() => badgeText(session, tabId)).toBe('1');
    await card.locator('[data-action="undo"]').click();
    await waitForMark(page, 'contradicted', 'four');
    await expect.poll(() => badgeText(session, tabId)).toBe('2');
    await card.locator('[data-action="dismiss"][data-scope="page"]').click();
    await expect.poll(async () => (await marks(page)).contradicted ?? []).toEqual([]);
    await closeCard();
  });

  it('a dismissed flag stays dismissed after a reload, the popup says so, and restoring it in the options brings it back', async () => {
    await page.reload();
    await waitForMark(page, 'outdated', '178');
    expect((await marks(page)).contradicted).toBeUndefined();
    const popup = await openPopup(session, tabId);
    await expect.poll(() => popup.locator('li.claim[data-dismissed="page"] .span').allInnerTexts()).toEqual(['four']);
    await popup.close();
    const options = await optionsPage(session);
    const rows = options.locator('[data-list="dismissed"] > li');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('four');
    expect(await rows.first().innerText()).toContain(`news.example.co.uk:${port}/demo-news.html`);
    await rows.first().locator('[data-action="restore"]').click();
    // the open page follows at once, and a reload keeps it
    await waitForMark(page, 'contradicted', 'four');
    await expect.poll(() => rows.count()).toBe(0);
    await options.close();
    await page.reload();
    await waitForMark(page, 'contradicted', 'four');
  });

  it('"everywhere" hides the same figure in the same sentence on another site\'s page', async () => {
    await openCardOn('four');
    await page.locator(CARD).locator('[data-action="dismiss"][data-scope="everywhere"]').click();
    await expect.poll(async () => (await marks(page)).contradicted ?? []).toEqual([]);
    await closeCard();
    const other = await open(session, url('other.example.org'));
    await waitForMark(other.page, 'outdated', '178');
    expect((await marks(other.page)).contradicted).toBeUndefined();
    await other.page.close();
    // restored for the next tests
    await session.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, dismissed: [] } });
    });
    await waitForMark(page, 'contradicted', 'four');
  });

  it('marks only the verdicts chosen in the options, on open pages at once', async () => {
    expect((await marks(page)).supported).toContain('29');
    const options = await optionsPage(session);
    await options.locator('[data-action="mark-verdict"][data-verdict="supported"]').uncheck();
    await expect.poll(async () => (await marks(page)).supported).toBeUndefined();
    expect((await marks(page)).outdated).toEqual(['178']);
    await options.locator('[data-action="mark-verdict"][data-verdict="supported"]').check();
    await waitForMark(page, 'supported', '29');
    await options.close();
  });

  it('the options name the hide command\'s key as the browser has it', async () => {
    const options = await optionsPage(session);
    await expect.poll(() => options.locator('kbd[data-shortcut="toggle-marks"]').innerText()).toBe('Alt+Shift+H');
    await options.close();
  });

  it('"This flag is wrong" shows the report in full, copies it, and offers an e-mail draft and an issue without a request of its own', async () => {
    const before = outgoing.length;
    await openCardOn('178');
    const card = page.locator(CARD);
    await card.locator('[data-action="report"]').click();
    const text = await card.locator('textarea').inputValue();
    for (const part of ['Figure: 178', 'Verdict: outdated', `Page: ${url('news.example.co.uk')}`]) expect(text).toContain(part);
    expect(text).toMatch(/Page dated: \d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/Extension version: \d+\.\d+\.\d+; knowledge base version: \d{4}-\d{2}-\d{2}\.[0-9a-f]{8}/);
    expect(text).toMatch(/Knowledge base facts: .*r\d\.total/);
    expect(decodeURIComponent((await card.locator('[data-action="email-report"]').getAttribute('href'))!.split('&body=')[1])).toBe(text);
    expect(new URL((await card.locator('[data-action="issue-report"]').getAttribute('href'))!).searchParams.get('body')).toBe(text);
    await card.locator('[data-action="copy-report"]').click();
    await expect.poll(() => card.locator('.copied').innerText()).not.toBe('');
    await page.screenshot({ path: join(ARTIFACTS, 'controls-card-report.png') });
    // nothing went out: only the test server and the extension's own pages were asked for anything
    expect(outgoing.slice(before).filter((u) => !u.startsWith('http://news.example.co.uk') && !u.startsWith('chrome-extension://'))).toEqual([]);
    await closeCard();
  });

  it('the card\'s sources line opens the knowledge page at the fact behind the verdict', async () => {
    await openCardOn('178');
    const opened = session.context.waitForEvent('page');
    await page.locator(CARD).locator('[data-action="knowledge"]').click();
    const knowledge = await opened;
    await knowledge.waitForURL(/knowledge\.html#r\d\.total$/);
    expect(knowledge.url().startsWith(`chrome-extension://${session.extensionId}/knowledge.html#`)).toBe(true);
    await knowledge.close();
    await closeCard();
  });

  it('the popup copies a Markdown summary, downloads ClaimReview JSON-LD, and links each figure to its fact', async () => {
    const popup = await openPopup(session, tabId);
    await popup.locator('li.claim').first().waitFor();
    await popup.locator('[data-action="copy-summary"]').click();
    await expect.poll(() => popup.locator('.tool-note').innerText()).toBe('Summary copied as Markdown.');
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    expect(markdown.startsWith(`### Pardon Check: ${url('news.example.co.uk')}`)).toBe(true);
    expect(markdown).toMatch(/\| ◔ outdated \| 178 \| 207 \|/);
    const claims = await popup.locator('li.claim').count();
    const downloading = popup.waitForEvent('download');
    await popup.locator('[data-action="download"]').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^pardon-check-example\.co\.uk-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const feed = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(feed).toMatchObject({ '@context': 'https://schema.org', '@type': 'DataFeed' });
    expect(feed.dataFeedElement).toHaveLength(claims);
    expect(feed.dataFeedElement[0]).toMatchObject({ '@type': 'ClaimReview', itemReviewed: { appearance: { url: url('news.example.co.uk') } } });
    const links = await popup.locator('li.claim [data-action="knowledge"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBe(claims);
    expect(links.every((href) => /^knowledge\.html#[a-z0-9_.]+$/i.test(href!))).toBe(true);
    await popup.close();
  });
});

describe('settings that are damaged or from an older version', () => {
  it.each([
    ['an older version\'s object', { schema: 1, noMarks: false }],
    ['a string', 'not settings at all'],
    ['an object with every field wrong', { schema: 2, sites: 'all', dismissed: {}, markVerdicts: [], theme: 7, enabledByDefault: 'yes' }],
  ])('%s: pages are still checked and marked, and the options open with the defaults', async (_, stored) => {
    const session = await launch();
    try {
      await session.worker.evaluate((value) => chrome.storage.local.set({ settings: value }), stored);
      const { page } = await open(session, url('news.example.co.uk'));
      await waitForMark(page, 'contradicted', 'four');
      const options = await optionsPage(session);
      expect(await options.locator('[data-action="default-on"]').isChecked()).toBe(true);
      expect(await options.locator('[data-action="mark-verdict"]:checked').count()).toBe(4);
      // the next change writes the current schema
      await options.locator('[data-action="theme"][value="dark"]').check();
      await expect.poll(() => storedSettings(session)).toMatchObject({ schema: 2, theme: 'dark', sites: {}, dismissed: [] });
    } finally {
      await session.close();
    }
  });
});

describe('settings exported and imported into a fresh profile', () => {
  it('give the same behaviour: the same site off, the same flag dismissed', async () => {
    const first = await launch();
    let file: string;
    try {
      // off on one site (from its popup), a flag dismissed everywhere (from its card)
      const offSite = await open(first, url('other.example.org'));
      await waitForMark(offSite.page, 'outdated', '178');
      const popup = await openPopup(first, offSite.tabId);
      await popup.locator('[data-action="site-toggle"]').click();
      await popup.locator('[data-state="site-off"]').waitFor();
      await popup.close();
      const { page } = await open(first, url('news.example.co.uk'));
      await waitForMark(page, 'contradicted', 'four');
      await page.keyboard.press('Alt+Shift+KeyJ');
      await page.locator(CARD).waitFor({ state: 'visible' });
      await page.locator(CARD).locator('[data-action="dismiss"][data-scope="everywhere"]').click();
      await expect.poll(async () => (await marks(page)).contradicted ?? []).toEqual([]);
      const options = await optionsPage(first);
      const downloading = options.waitForEvent('download');
      await options.locator('[data-action="export"]').click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^pardon-check-settings-\d{4}-\d{2}-\d{2}\.json$/);
      file = join(mkdtempSync(join(tmpdir(), 'pardon-check-export-')), download.suggestedFilename());
      await download.saveAs(file);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'pardon-check/settings', schema: 2, settings: { sites: { 'example.org': 'off' } } });
    } finally {
      await first.close();
    }

    const fresh = await launch();
    try {
      const options = await optionsPage(fresh);
      await options.locator('[data-action="import-file"]').setInputFiles(file);
      const summary = options.locator('[data-import="pending"]');
      await summary.waitFor();
      expect(await summary.innerText()).toContain('Sites: 1 added');
      expect(await summary.innerText()).toContain('Flags: 1 dismissed');
      await options.locator('[data-action="import-apply"]').click();
      await options.locator('[data-list="sites"] li[data-site="example.org"][data-state="off"]').waitFor();
      const off = await open(fresh, url('other.example.org'));
      await expectOff(fresh, off.page, off.tabId);
      const { page } = await open(fresh, url('news.example.co.uk'));
      await waitForMark(page, 'outdated', '178');
      expect((await marks(page)).contradicted).toBeUndefined();
    } finally {
      await fresh.close();
      rmSync(join(file, '..'), { recursive: true, force: true });
    }
  });
});

describe('screenshots and accessibility, light and dark', () => {
  let session: ChromiumSession;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    session = await launch();
    ({ page, tabId } = await open(session, url('news.example.co.uk')));
    await waitForMark(page, 'outdated', '178');
    // something in each list of the options page
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: {
      schema: 2, sites: { 'example.org': 'off', 'nashaniva.com': 'on' },
      dismissed: [{ span: '30', sentence: 'A sentence the reader dismissed a figure of 30 in.', page: null, verdict: 'contradicted', on: '2026-11-29' }],
    } }));
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: the popup, options, welcome page and card have no axe violations`, async () => {
      const pages: [string, Page][] = [];
      const popup = await openPopup(session, tabId);
      await popup.locator('li.claim').first().waitFor();
      pages.push(['popup', popup]);
      const options = await optionsPage(session);
      await options.locator('[data-list="dismissed"] li').first().waitFor();
      pages.push(['options', options]);
      const welcome = await session.context.newPage();
      await welcome.goto(`chrome-extension://${session.extensionId}/welcome.html`);
      await welcome.locator('.marks-choice').waitFor();
      pages.push(['welcome', welcome]);
      for (const [name, p] of pages) {
        await p.emulateMedia({ colorScheme: scheme });
        if (name === 'welcome') await p.setViewportSize({ width: 900, height: 1300 });
        if (name === 'options') await p.setViewportSize({ width: 900, height: 1700 });
        await p.screenshot({ path: join(ARTIFACTS, `controls-${name}-${scheme}.png`), fullPage: true });
        expect(await axeViolations(p), `${name} in ${scheme}`).toEqual([]);
        await p.close();
      }
      await page.emulateMedia({ colorScheme: scheme });
      await page.bringToFront();
      await page.keyboard.press('Alt+Shift+KeyJ');
      await page.locator(CARD).waitFor({ state: 'visible' });
      await page.screenshot({ path: join(ARTIFACTS, `controls-card-${scheme}.png`) });
      const host = (await page.evaluate(hostTag))!;
      expect(await axeViolations(page, [host, '.card']), `card in ${scheme}`).toEqual([]);
      await page.locator(CARD).locator('[data-action="report"]').click();
      expect(await axeViolations(page, [host, '.card']), `card with its report in ${scheme}`).toEqual([]);
      await page.keyboard.press('Escape');
    });
  }

  it('the options\' sites list is searched, and resets one site or, once confirmed, all', async () => {
    const options = await optionsPage(session);
    const sites = () => options.locator('[data-list="sites"] li[data-site]').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-site')}:${li.getAttribute('data-state')}`));
    await expect.poll(sites).toEqual(['example.org:off', 'nashaniva.com:on']);
    await options.locator('[data-action="site-search"]').fill('nasha');
    expect(await sites()).toEqual(['nashaniva.com:on']);
    await options.locator('[data-action="site-search"]').fill('');
    await options.locator('li[data-site="example.org"] [data-action="reset-site"]').click();
    await expect.poll(sites).toEqual(['nashaniva.com:on']);
    expect((await storedSettings(session)).sites).toEqual({ 'nashaniva.com': 'on' });
    await options.locator('[data-action="reset-sites"]').click();
    expect((await storedSettings(session)).sites).toEqual({ 'nashaniva.com': 'on' });
    await options.locator('[data-action="reset-sites-confirm"]').click();
    await options.locator('p[data-list="sites"]').waitFor();
    expect((await storedSettings(session)).sites).toEqual({});
    await options.close();
  });

  it('the reader\'s theme overrides the system\'s: dark pages and cards on a light system', async () => {
    await session.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, theme: 'dark' } });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    const popup = await openPopup(session, tabId);
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.locator('li.claim').first().waitFor();
    await expect.poll(() => popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 32, 36)');
    await popup.screenshot({ path: join(ARTIFACTS, 'controls-popup-theme-dark.png'), fullPage: true });
    await popup.close();
    await page.keyboard.press('Alt+Shift+KeyJ');
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('data-theme')).toBe('dark');
    expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 32, 36)');
    await page.keyboard.press('Escape');
  });
});
