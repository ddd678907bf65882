/** Launches Firefox ESR, headless, over WebDriver BiDi, with the built extension installed (recipe: ../shared/TOOLCHAIN.md). */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_BUILD = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../.output/firefox-mv2');
export const GECKO_ID = 'pardon-check@pardon-check.example';
export const EXTENSION_UUID = '6f1d2c3b-8a47-4e59-9b0e-5c7d1e2f3a4b';

export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * `extension: false` starts the same browser without it, to compare what pages see. `profile` starts it on
 * that profile folder and keeps it (a restart with the same profile): the extension, installed afresh at
 * each start as a temporary add-on, then keeps its storage and its uuid as an installed one would. `prefs`
 * are added to the profile's preferences.
 */
export async function launchFirefox(options: { extension?: boolean; profile?: string; prefs?: Record<string, string | number | boolean> } = {}): Promise<FirefoxSession> {
  let lastError: unknown;
  // one flaky start in ~18 has been seen on these machines: allow one retry
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
        // Firefox ESR 140's BiDi has no viewport emulation: size the window instead
        defaultViewport: null,
        args: ['--width=1200', '--height=900'],
        env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
          ...(options.profile ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true } : {}),
          ...options.prefs,
        },
        ...(options.profile ? { userDataDir: options.profile } : {}),
      });
      if (options.extension ?? true) await browser.installExtension(FIREFOX_BUILD);
      return { browser, close: () => browser.close() };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Opens the popup page in a tab; `goto` on moz-extension:// never resolves, so it is fired and awaited by content. */
export async function openFirefoxPopup(session: FirefoxSession, query = ''): Promise<Page> {
  const page = await session.browser.newPage();
  void page.goto(`moz-extension://${EXTENSION_UUID}/popup.html${query}`).catch(() => undefined);
  await poll(page, () => document.querySelector('.popup') !== null);
  return page;
}

/**
 * Waits until `predicate` holds in the page. Extension pages forbid Function(), which puppeteer's
 * waitForFunction relies on, so this polls with plain evaluate calls.
 */
export async function poll<T>(page: Page, predicate: () => T, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(predicate).catch(() => undefined);
    if (value) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${predicate.toString().slice(0, 120)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
