/**
 * The interface in the browser's language: Chromium started in Russian (--lang=ru) and Firefox ESR in Belarusian
 * (intl.locale.requested=be, with Debian's language pack) show the popup, the card and the badge's tooltip in that
 * language, on a Russian page and on an English one (the page's language and the interface's are independent: an
 * English page gets a Russian card quoting its English sentence). Screenshots: tests/artifacts/i18n-*.png.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CARD, launchChromium, openPopup, tabIdOf, type ChromiumSession } from './chromium';
import { launchFirefox, openFirefoxPopup, poll, type FirefoxSession } from './firefox';
import { marksByVerdict, PALETTE } from './ourMarks';
import { startServer, type TestServer } from './server';

/** How many figures were checked, in the words a reader of the language expects for that count. */
const CHECKED: Record<'ru' | 'be', Record<string, string>> = {
  ru: { one: 'цифра проверена', few: 'цифры проверены', many: 'цифр проверено' },
  be: { one: 'лічба праверана', few: 'лічбы правераны', many: 'лічбаў праверана' },
};
const checkedWords = (lang: 'ru' | 'be', count: number) => `${count} ${CHECKED[lang][new Intl.PluralRules(lang).select(count)]}`;

/** Words of the English interface that must not show in a translated one. */
const ENGLISH_UI = /This page says|The knowledge base holds|Judged against|Dismiss|This flag is wrong|figures? checked|Complete up to|Switch off/i;

/** In the page: what of the card pokes out of it or out of the window (text overflow), as "tag: text" lines. */
function cardOverflow(): string[] {
  const host = [...document.documentElement.children].find((el) => el !== document.head && el !== document.body && el.shadowRoot);
  const card = host?.shadowRoot?.querySelector('.card');
  if (!card) return ['no card'];
  const box = card.getBoundingClientRect();
  const out = box.right > innerWidth || box.bottom > innerHeight || box.left < 0 || box.top < 0 ? ['the card leaves the window'] : [];
  for (const el of card.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    // inline boxes have no scroll width of their own: only blocks (labels, buttons, the report) can clip their text
    const clipped = getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth + 1;
    if (r.width && (r.right > box.right + 1 || r.left < box.left - 1 || clipped)) out.push(`${el.localName}: ${el.textContent?.slice(0, 40)}`);
  }
  return out;
}

/** In an extension page: whether anything is wider than the page (a label that does not wrap). */
const pageOverflows = () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;

let server: TestServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

describe('Chromium in Russian', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    session = await launchChromium({ args: ['--lang=ru'] });
  });

  afterAll(async () => {
    await session?.close();
  });

  /** Opens a test page and waits for its flagged figure's mark. */
  async function openChecked(path: string, flagged: string): Promise<{ page: Page; tabId: number }> {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/${path}`);
    await expect.poll(async () => Object.values(await page.evaluate(marksByVerdict, PALETTE)).flat(), { timeout: 20_000 }).toContain(flagged);
    return { page, tabId: await tabIdOf(session, page) };
  }

  /** Alt+Shift+J to the next flagged figure: its card. */
  async function nextCard(page: Page, verdict: string) {
    await page.keyboard.press('Alt+Shift+KeyJ');
    const card = page.locator(CARD);
    await expect.poll(() => card.getAttribute('data-verdict')).toBe(verdict);
    return card;
  }

  it('a Russian page: the card, its buttons and its explanation are in Russian', async () => {
    const { page } = await openChecked('ru-state-notice.html', '178');
    const card = await nextCard(page, 'outdated');
    const text = await card.innerText();
    expect(await card.getAttribute('lang')).toBe('ru');
    expect(text).toContain('Устаревшая цифра');
    // the section labels are set in capitals by the card's style sheet
    expect(text).toMatch(/На этой странице/i);
    expect(text).toContain('178 — это сумма после шестого раунда (ноябрь 2024); страница сообщает о седьмом раунде (ноябрь–декабрь 2024), после которого помилованных было уже 207');
    expect(text).toMatch(/Время сверки\s+седьмой раунд \(ноябрь–декабрь 2024\)/i);
    expect(await card.locator('[data-action="dismiss"]').allInnerTexts()).toEqual(['Отклонить на этой странице', 'Отклонить везде, где встречаются эта цифра и фраза']);
    expect(await card.locator('[data-action="report"]').innerText()).toBe('Эта пометка ошибочна');
    expect(text).not.toMatch(ENGLISH_UI);
    expect(await page.evaluate(cardOverflow)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'i18n-chromium-ru-card-ru-page.png') });
    await page.close();
  });

  it('a Russian page: the popup counts in Russian plural forms and dates in Russian; the badge says it in Russian', async () => {
    const { page, tabId } = await openChecked('ru-state-notice.html', '178');
    const popup = await openPopup(session, tabId);
    await popup.locator('li.claim').first().waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ru');
    const total = Number(await popup.locator('[data-count="claims"]').innerText());
    expect(total).toBe(9);
    expect(await popup.locator('.total').innerText()).toBe(`${checkedWords('ru', 9)} · страница от 10 декабря 2024 г.`);
    expect(await popup.locator('.horizon').innerText()).toBe('База полна до 19 марта 2026 г.');
    expect(await popup.locator('.counts').innerText()).toMatch(/0 опровергнутых\s+.*1 устаревшая\s+.*0 непроверяемых\s+.*8 подтверждённых/s);
    const first = popup.locator('li.claim').first();
    expect(await first.getAttribute('data-verdict')).toBe('outdated');
    expect(await first.locator('.expected').innerText()).toContain('178 — это сумма после шестого раунда');
    expect(await popup.locator('[data-action="site-toggle"]').innerText()).toBe('Выключить на этом сайте');
    expect(await popup.locator('main').innerText()).not.toMatch(ENGLISH_UI);
    expect(await popup.evaluate(pageOverflows)).toBe(false);
    await popup.screenshot({ path: join(ARTIFACTS, 'i18n-chromium-ru-popup-ru-page.png'), fullPage: true });
    await popup.close();
    // the service worker speaks the same language as the pages (its messages, whatever its getUILanguage says)
    await expect.poll(() => session.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe('Pardon Check: 1 цифра из 9 расходится с источниками');
    await page.close();
  });

  it('an English page: Russian cards quoting the English figure and sentence', async () => {
    const { page, tabId } = await openChecked('demo-news.html', '178');
    const contradicted = await nextCard(page, 'contradicted');
    const text = await contradicted.innerText();
    expect(text).toContain('Противоречит источникам');
    expect(text).toContain('four are pensioners');
    expect(text).toContain('В седьмом раунде (ноябрь–декабрь 2024) среди помилованных пенсионеров — 3 (администрация президента; исходный отчёт о седьмом раунде (ноябрь–декабрь 2024)).');
    // the sources line, too, in Russian
    expect(text).toMatch(/ИСТОЧНИКИ\s+исходный отчёт о седьмом раунде \(ноябрь–декабрь 2024\)/i);
    expect(text).not.toMatch(ENGLISH_UI);
    expect(await page.evaluate(cardOverflow)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'i18n-chromium-ru-card-en-page.png') });
    const outdated = await nextCard(page, 'outdated');
    expect(await outdated.innerText()).toContain('178 — это сумма после шестого раунда');
    await page.keyboard.press('Escape');

    const popup = await openPopup(session, tabId);
    await popup.locator('li.claim').first().waitFor();
    const total = Number(await popup.locator('[data-count="claims"]').innerText());
    expect(await popup.locator('.total').innerText()).toContain(checkedWords('ru', total));
    expect(await popup.locator('li.claim').first().locator('.expected').innerText()).toContain('среди помилованных пенсионеров — 3');
    expect(await popup.evaluate(pageOverflows)).toBe(false);
    await popup.screenshot({ path: join(ARTIFACTS, 'i18n-chromium-ru-popup-en-page.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('the options and welcome pages, and the manifest\'s description and command, are in Russian', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    expect(await options.title()).toBe('Настройки Pardon Check');
    expect(await options.locator('h1').innerText()).toBe('Настройки Pardon Check');
    expect(await options.locator('main').innerText()).toContain('Какие вердикты отмечать на странице');
    expect(await options.evaluate(pageOverflows)).toBe(false);
    await options.screenshot({ path: join(ARTIFACTS, 'i18n-chromium-ru-options.png'), fullPage: true });
    await options.goto(`chrome-extension://${session.extensionId}/welcome.html`);
    await options.locator('h1').waitFor();
    expect(await options.locator('main').innerText()).toMatch(/Проверяются цифры о 26 раундах помилований[\s\S]*Его знания доходят до 19 марта 2026 г\.[\s\S]*Его источники — 46 новостных сообщений/);
    await options.close();
    expect(await session.worker.evaluate(() => chrome.i18n.getMessage('extDescription'))).toMatch(/^Проверяет цифры о помиловании политзаключённых/);
    const commands = await session.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c: { name: string }) => c.name === 'toggle-marks')?.description).toBe('Скрыть или показать пометки на этой вкладке');
  });
});

describe('Firefox ESR in Belarusian', () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    session = await launchFirefox({ prefs: { 'intl.locale.requested': 'be', 'intl.multilingual.enabled': true } });
  });

  afterAll(async () => {
    await session?.close();
  });

  async function openChecked(path: string, flagged: string): Promise<FirefoxPage> {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/${path}`);
    await poll(page, () => document.readyState === 'complete');
    const deadline = Date.now() + 20_000;
    while (!Object.values(await page.evaluate(marksByVerdict, PALETTE)).flat().includes(flagged)) {
      if (Date.now() > deadline) throw new Error(`no mark on ${flagged}`);
      await new Promise((done) => setTimeout(done, 100));
    }
    return page;
  }

  /** Alt+Shift+J, then the card's text once it shows this verdict. */
  async function nextCardText(page: FirefoxPage, verdict: string): Promise<string> {
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    const handle = await page.waitForFunction((v) => {
      const card = [...document.documentElement.children].find((el) => el !== document.head && el !== document.body && el.shadowRoot)?.shadowRoot?.querySelector('.card');
      return card?.getAttribute('data-verdict') === v && card.getAttribute('lang') === 'be' ? (card as HTMLElement).innerText : false;
    }, { timeout: 5000 }, verdict);
    return (await handle.jsonValue()) as string;
  }

  /** The popup summarising the web page opened last (the welcome page may have opened after it). */
  async function popupForLastPage(): Promise<{ popup: FirefoxPage; tabId: number }> {
    const probe = await openFirefoxPopup(session);
    const tabs = await probe.evaluate(async () => (await browser.tabs.query({})).map((t) => ({ id: t.id!, url: t.url ?? '' })));
    const tabId = tabs.filter((t) => /^https?:/.test(t.url)).at(-1)!.id;
    await probe.close();
    const popup = await openFirefoxPopup(session, `?tabId=${tabId}`);
    await poll(popup, () => document.querySelectorAll('li.claim').length > 0);
    return { popup, tabId };
  }

  it('a Russian page: the card and the popup are in Belarusian', async () => {
    const page = await openChecked('ru-state-notice.html', '178');
    const text = await nextCardText(page, 'outdated');
    expect(text).toContain('Састарэлая лічба');
    expect(text).toMatch(/На гэтай старонцы/i);
    expect(text).toContain('178 — гэта сума пасля шостага раўнда (лістапад 2024); старонка паведамляе пра сёмы раўнд (лістапад–снежань 2024), пасля якога памілаваных было ўжо 207');
    expect(text).toMatch(/Час звяркі\s+сёмы раўнд \(лістапад–снежань 2024\)/i);
    expect(text).toContain('Адхіліць на гэтай старонцы');
    expect(text).not.toMatch(ENGLISH_UI);
    expect(await page.evaluate(cardOverflow)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'i18n-firefox-be-card-ru-page.png') });

    const { popup, tabId } = await popupForLastPage();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('be');
    expect(await popup.evaluate(() => document.querySelector('.total')!.textContent)).toBe(`${checkedWords('be', 9)} · старонка ад 10 снежня 2024 г.`);
    expect(await popup.evaluate(() => document.querySelector('.horizon')!.textContent)).toBe('База поўная да 19 сакавіка 2026 г.');
    expect(await popup.evaluate(() => document.querySelector('li.claim .expected')!.textContent)).toContain('178 — гэта сума пасля шостага раўнда');
    expect(await popup.evaluate(() => document.querySelector('main')!.innerText)).not.toMatch(ENGLISH_UI);
    expect(await popup.evaluate(pageOverflows)).toBe(false);
    await popup.screenshot({ path: join(ARTIFACTS, 'i18n-firefox-be-popup-ru-page.png'), fullPage: true });
    expect(await popup.evaluate((id) => (browser.browserAction as unknown as { getTitle(details: { tabId: number }): Promise<string> }).getTitle({ tabId: id }), tabId)).toBe('Pardon Check: 1 лічба з 9 разыходзіцца з крыніцамі');
    await popup.close();
    await page.close();
  });

  it('an English page: Belarusian cards and popup, the figures quoted in English', async () => {
    const page = await openChecked('demo-news.html', '178');
    const text = await nextCardText(page, 'contradicted');
    expect(text).toContain('Супярэчыць крыніцам');
    expect(text).toContain('four are pensioners');
    expect(text).toContain('У сёмым раўндзе (лістапад–снежань 2024) сярод памілаваных пенсіянераў — 3 (адміністрацыя прэзідэнта; зыходная справаздача пра сёмы раўнд (лістапад–снежань 2024)).');
    expect(await page.evaluate(cardOverflow)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'i18n-firefox-be-card-en-page.png') });

    const { popup, tabId } = await popupForLastPage();
    const total = Number(await popup.evaluate(() => document.querySelector('[data-count="claims"]')!.textContent));
    expect(await popup.evaluate(() => document.querySelector('.total')!.textContent)).toContain(checkedWords('be', total));
    expect(await popup.evaluate(() => document.querySelector('.counts')!.textContent)).toContain('1 абвергнутая');
    expect(await popup.evaluate(pageOverflows)).toBe(false);
    await popup.screenshot({ path: join(ARTIFACTS, 'i18n-firefox-be-popup-en-page.png'), fullPage: true });
    expect(await popup.evaluate((id) => (browser.browserAction as unknown as { getTitle(details: { tabId: number }): Promise<string> }).getTitle({ tabId: id }), tabId)).toBe(`Pardon Check: 2 лічбы з ${total} разыходзяцца з крыніцамі`);
    await popup.close();
    await page.close();
  });
});
