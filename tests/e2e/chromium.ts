/** Launches Debian's Chromium, headless, with the built extension loaded (recipe: ../shared/TOOLCHAIN.md). */
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { marksByVerdict, PALETTE } from './ourMarks';

/** The extension APIs, as seen inside the service worker where these helpers evaluate code. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

export const CHROME_BUILD = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../.output/chrome-mv3');
/** The bench build: the same extension, recording its work in the page's performance timeline. */
export const BENCH_CHROME_BUILD = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../.output/bench/chrome-mv3');
export const ARTIFACTS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../artifacts');

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * `extensionPath` loads another unpacked build (the benchmark's empty extension, for one). `profile` starts
 * the browser on that profile folder and keeps it on close (a restart with the same profile); by default a
 * fresh temporary profile is made and removed. `args` are added to the browser's command line.
 */
export async function launchChromium(options: { extension?: boolean; extensionPath?: string; profile?: string; args?: string[] } = {}): Promise<ChromiumSession> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'pardon-check-chromium-'));
  const withExtension = options.extension ?? true;
  const build = options.extensionPath ?? CHROME_BUILD;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    channel: 'chromium',
    viewport: { width: 1200, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${build}`, `--load-extension=${build}`] : []),
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...(options.args ?? []),
    ],
  });
  let worker = context.serviceWorkers()[0];
  const hasWorker = withExtension && Boolean(JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')).background);
  if (hasWorker && !worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The tab id Chromium gave `page`. The extension may read the addresses of http(s) tabs (its host permissions),
 * so the tab is found by its address; where several tabs show it, the page is brought to the front and the active
 * one of them is taken. (The active tab alone is not enough: the welcome page may open in front meanwhile.) Pages
 * it may not read (about:blank) are found as the active tab.
 */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  const tabs = await session.worker.evaluate(async (url: string) => {
    const found = /^https?:/.test(url) ? await chrome.tabs.query({ url }) : [];
    const list = found.length ? found : await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return list.map((t: { id?: number; active?: boolean }) => ({ id: t.id, active: t.active }));
  }, page.url());
  const tab = tabs.length === 1 ? tabs[0] : tabs.find((t: { active?: boolean }) => t.active);
  if (!tab?.id) throw new Error(`no tab found for ${page.url()}`);
  return tab.id as number;
}

export async function badgeText(session: ChromiumSession, tabId: number): Promise<string> {
  return session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens the popup as a tab summarising `tabId`, as the "open in a tab" link does. */
export async function openPopup(session: ChromiumSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 440, height: 700 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** The text of every range in each of the extension's highlights, by verdict, read from the page's own world. */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(marksByVerdict, PALETTE);
}

/** Selector of the card inside our host element, whatever its name this page load (Playwright's CSS pierces open shadow roots). */
export const CARD = 'html > :not(head):not(body) .card';
