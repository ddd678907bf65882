/**
 * The built extension in real headless Chromium, on test pages served from 127.0.0.1:
 * marks, badge, card, popup, dynamic pages, the page's DOM left alone, and no network requests.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, badgeText, CARD, highlightedTexts, launchChromium, openPopup, tabIdOf, type ChromiumSession } from './chromium';
import { highlightNameOf, hostTag, PALETTE } from './ourMarks';
import { CONTRADICTED_BOX, redShare } from './pixels';
import { PAGES_DIR, startServer, type TestServer } from './server';

let server: TestServer;
let session: ChromiumSession;
const outgoing: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer();
  session = await launchChromium();
  session.context.on('request', (request) => outgoing.push(request.url()));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  const url = `${server.origin}/${path}`;
  await page.goto(url);
  return { page, tabId: await tabIdOf(session, page) };
}

/** Waits until the extension has painted at least one mark of this verdict (or the time runs out). */
async function waitForMarks(page: Page, verdict = 'supported', text?: string): Promise<void> {
  await page.waitForFunction(
    ([palette, v, t]) => {
      let found = false;
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((highlight, name) => {
        // a mark's styles apply on the elements holding its text (see MarkScope)
        const holder = [...highlight][0]?.startContainer.parentElement ?? document.documentElement;
        if ((palette as Record<string, string>)[getComputedStyle(holder, `::highlight(${name})`).backgroundColor] !== v) return;
        if (highlight.size > 0 && (!t || [...highlight].some((r) => r.toString() === t))) found = true;
      });
      return found;
    },
    [PALETTE, verdict, text] as const,
    { timeout: 15_000 },
  );
}

async function rangeCentre(page: Page, verdict: string, text: string): Promise<{ x: number; y: number }> {
  const name = await page.evaluate(highlightNameOf, [PALETTE, verdict] as [Record<string, string>, string]);
  return page.evaluate(([n, t]) => {
    const range = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n!)!].find((r) => r.toString() === t)!;
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, [name, text]);
}

describe('a dated news article with an outdated total and a wrong breakdown', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    ({ page, tabId } = await open('demo-news.html'));
    // wait for each kind of mark the page should get
    await waitForMarks(page, 'outdated');
    await waitForMarks(page, 'unverifiable');
    await waitForMarks(page, 'supported', '37');
  });

  it('marks the exact figures, a different mark per verdict', async () => {
    const marks = await highlightedTexts(page);
    expect(marks.contradicted).toEqual(['four']);
    expect(marks.outdated).toEqual(['178']);
    expect(marks.unverifiable).toEqual(['more than 60']);
    expect(marks.supported).toEqual(expect.arrayContaining(['29', 'Eleven', '18', 'two', '15', 'seventh', '30', '37', 'around 1,300', 'at least 13,000']));
    // every highlight on the page is ours, and paints one of the verdicts' styles
    expect(Object.keys(marks).sort()).toEqual(['contradicted', 'outdated', 'supported', 'unverifiable']);
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-annotated-page.png'), fullPage: true });
  });

  it('paints the marks: the contradicted figure stands on a red background', async () => {
    const box = await page.evaluate(CONTRADICTED_BOX) as { x: number; y: number; width: number; height: number };
    const png = await page.screenshot({ clip: box });
    expect(await page.evaluate(redShare(png.toString('base64')))).toBeGreaterThan(0.3);
  });

  it('shows the number of discrepancies on the badge', async () => {
    await expect.poll(() => badgeText(session, tabId)).toBe('2');
  });

  it('puts a badge right after each flagged figure, and moves it with the text when the page\'s layout moves', async () => {
    const placement = () => page.evaluate((palette) => {
      const flagged: Range[] = [];
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((highlight, name) => {
        const holder = [...highlight][0]?.startContainer.parentElement ?? document.documentElement;
        const verdict = palette[getComputedStyle(holder, `::highlight(${name})`).backgroundColor];
        if (verdict === 'contradicted' || verdict === 'outdated') flagged.push(...highlight);
      });
      const ends = flagged.map((r) => { const rects = r.getClientRects(); const last = rects[rects.length - 1]; return { x: Math.round(last.right), y: Math.round(last.top) }; });
      const badges = [...document.documentElement.querySelector(':scope > :not(head):not(body)')!.shadowRoot!.querySelectorAll('.marker')].map((b) => { const box = b.getBoundingClientRect(); return { x: Math.round(box.left), y: Math.round(box.top), verdict: b.getAttribute('data-verdict'), drawn: !b.textContent && getComputedStyle(b).backgroundImage.includes('gradient') }; });
      return { ends, badges };
    }, PALETTE);
    // a badge is drawn just after the figure's last letter, raised half its height (see overlay.css)
    const sitsAfter = (b: { x: number; y: number }, end: { x: number; y: number }) => Math.abs(b.x - end.x) <= 4 && b.y <= end.y && end.y - b.y <= 14;
    const before = await placement();
    // a badge per flag, its symbol (✗, ◔) drawn by its sheet, not typed: no font is loaded for it (overlay.css)
    expect(before.badges.map((b) => b.verdict).sort()).toEqual(['contradicted', 'outdated']);
    expect(before.badges.every((b) => b.drawn)).toBe(true);
    for (const end of before.ends) expect(before.badges.some((b) => sitsAfter(b, end))).toBe(true);
    // the page's own style change pushes the text down (no text changes, so no rescan: the badges must follow the layout)
    await page.evaluate(() => { document.body.style.paddingTop = '180px'; });
    await expect.poll(async () => {
      const { ends, badges } = await placement();
      return ends.every((end) => badges.some((b) => sitsAfter(b, end))) && ends[0].y !== before.ends[0].y;
    }, { timeout: 5000 }).toBe(true);
    await page.evaluate(() => document.body.style.removeProperty('padding-top'));
  });

  it('leaves the page DOM as served, apart from its one host element', async () => {
    const html = readFileSync(join(PAGES_DIR, 'demo-news.html'), 'utf8');
    const result = await page.evaluate((source) => {
      const served = new DOMParser().parseFromString(source, 'text/html');
      const extra = [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body).map((el) => el.tagName.toLowerCase());
      return { bodySame: served.body.innerHTML === document.body.innerHTML, headSame: served.head.innerHTML === document.head.innerHTML, extra };
    }, html);
    expect(result).toEqual({ bodySame: true, headSame: true, extra: [await page.evaluate(hostTag)] });
    expect(result.extra[0]).toMatch(/^[a-z]+-[a-z]+$/);
  });

  it('opens a card on hover that says what the KB holds, as of when and from where', async () => {
    const { x, y } = await rangeCentre(page, 'outdated', '178');
    await page.mouse.move(x, y);
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-card.png') });
    const text = await card.innerText();
    expect(text).toContain('Outdated figure');
    expect(text).toContain('178 was the total after the sixth round');
    expect(text).toContain('207');
    expect(text).toMatch(/Sources\s+seed report on the sixth round, Nov 2024; seed report on the seventh round, Nov–Dec 2024; seed report on the fifth round, Nov 2024/i);
    expect(await card.getAttribute('data-verdict')).toBe('outdated');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
  });

  it('steps through flagged figures from the keyboard and closes with Escape', async () => {
    await page.keyboard.press('Alt+Shift+KeyJ');
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('data-verdict')).toBe('contradicted');
    expect(await card.innerText()).toContain('3 of those pardoned were pensioners');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(await page.evaluate(hostTag));
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(() => card.getAttribute('data-verdict')).toBe('outdated');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('renders the card for a dark theme with dark colours', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.keyboard.press('Alt+Shift+KeyJ');
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    const colours = await card.evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, fg: getComputedStyle(el).color }));
    expect(colours).toEqual({ bg: 'rgb(31, 32, 36)', fg: 'rgb(236, 236, 241)' });
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-card-dark.png') });
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('summarises the page in the popup, discrepancies first, and reveals a claim on click', async () => {
    const popup = await openPopup(session, tabId);
    const items = popup.locator('li.claim');
    await items.first().waitFor();
    const verdicts = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-verdict')));
    expect(verdicts.slice(0, 3)).toEqual(['contradicted', 'outdated', 'unverifiable']);
    expect(verdicts.filter((v) => v === 'supported')).toHaveLength(11);
    expect(await popup.locator('.counts li[data-verdict="contradicted"]').getAttribute('data-count')).toBe('1');
    expect(await popup.locator('.horizon').innerText()).toContain('19 March 2026');
    expect(await items.first().innerText()).toContain('four');
    await popup.screenshot({ path: join(ARTIFACTS, 'chromium-popup.png'), fullPage: true });
    await items.nth(1).locator('button').click();
    await page.waitForFunction(highlightNameOf, [PALETTE, 'flash'] as [Record<string, string>, string]);
    expect(await page.locator(CARD).getAttribute('data-verdict')).toBe('outdated');
    await popup.close();
  });

  it('clears the badge when the tab navigates to a page with nothing to flag', async () => {
    await page.goto(`${server.origin}/off-topic.html`);
    await expect.poll(() => badgeText(session, tabId)).toBe('');
    await page.close();
  });
});

describe('a wire report with a wrong running total', () => {
  it('flags the total as contradicted and nothing else', async () => {
    const { page, tabId } = await open('wrong-total.html');
    await waitForMarks(page, 'contradicted');
    const marks = await highlightedTexts(page);
    expect(marks.contradicted).toEqual(['160']);
    expect(marks.outdated).toBeUndefined();
    await expect.poll(() => badgeText(session, tabId)).toBe('1');
    await page.close();
  });
});

describe('a live blog whose entries cover several rounds', () => {
  it('judges each entry against its own round: only the one wrong figure is flagged', async () => {
    const { page, tabId } = await open('live-blog-weeks.html');
    await waitForMarks(page, 'contradicted');
    await waitForMarks(page, 'supported', '31');
    const marks = await highlightedTexts(page);
    expect(marks.contradicted).toEqual(['13']);
    expect(marks.outdated).toBeUndefined();
    expect(marks.supported).toEqual(expect.arrayContaining(['20', '14', '10', '29', '11', '18', '32', '24', '8', 'nine', '31', '17']));
    await expect.poll(() => badgeText(session, tabId)).toBe('1');
    await page.close();
  });
});

describe('a page whose figures are all right', () => {
  it('adds no element to the page until the reader opens a card', async () => {
    const { page, tabId } = await open('all-correct.html');
    await waitForMarks(page, 'supported', '178');
    await expect.poll(() => badgeText(session, tabId)).toBe('');
    expect(await page.evaluate(() => document.documentElement.querySelector(':scope > :not(head):not(body)'))).toBeNull();
    const { x, y } = await rangeCentre(page, 'supported', '178');
    await page.mouse.move(x, y);
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('data-verdict')).toBe('supported');
    await page.close();
  });
});

describe('a page on another subject', () => {
  it('leaves no trace: no marks, no host element, empty badge, and the popup says so', async () => {
    const { page, tabId } = await open('off-topic.html');
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="off-topic"]').waitFor();
    const trace = await page.evaluate(() => ({
      host: document.documentElement.querySelector(':scope > :not(head):not(body)') !== null,
      highlights: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
    }));
    expect(trace).toEqual({ host: false, highlights: [] });
    expect(await badgeText(session, tabId)).toBe('');
    await popup.close();
    await page.close();
  });
});

describe('a live blog that adds and replaces entries after load', () => {
  it('checks the new figures and keeps marks on the text that is there', async () => {
    const { page, tabId } = await open('live-blog.html');
    await waitForMarks(page, 'contradicted', '190');
    await expect.poll(() => badgeText(session, tabId)).toBe('1');
    // after the page rewrites its first entry, every mark still sits on live text that reads as its figure
    await page.waitForFunction(() => document.body.textContent!.includes('(updated)'));
    await page.waitForTimeout(800);
    const marks = await page.evaluate(() => {
      const all: { text: string; connected: boolean }[] = [];
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => h.forEach((r) => all.push({ text: r.toString(), connected: r.startContainer.isConnected })));
      return all;
    });
    expect(marks.every((m) => m.connected && m.text.length > 0)).toBe(true);
    expect(marks.map((m) => m.text).sort()).toEqual(['190', '32', '32', 'over 1,200', 'sixth']);
    await page.close();
  });
});

describe('an infinite-scroll feed that keeps adding entries', () => {
  /** Marks, badge and its tooltip of a tab once its page has all its entries and the checker has calmed. */
  async function settled(path: string): Promise<{ marks: Record<string, string[]>; badge: string; title: string; page: Page }> {
    const { page, tabId } = await open(path);
    await page.waitForFunction(() => document.querySelectorAll('#feed article').length === 7);
    await waitForMarks(page, 'contradicted', '190');
    // the rescan after the last entry: its marks and counts no longer change
    const seen: string[] = [];
    await expect.poll(async () => {
      const title: string = await session.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
      seen.push(JSON.stringify([await highlightedTexts(page), await badgeText(session, tabId), title]));
      return seen.length >= 3 && seen.slice(-3).every((s) => s === seen.at(-1));
    }, { timeout: 20_000, interval: 1000 }).toBe(true);
    const title: string = await session.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    return { marks: await highlightedTexts(page), badge: await badgeText(session, tabId), title, page };
  }

  it('has, once grown, the marks and counts of the same page read whole, having asked only about each new entry', async () => {
    // what the checker asks the background, seen from the background
    await session.worker.evaluate(() => {
      const seen: boolean[] = [];
      (globalThis as unknown as { grownRequests: boolean[] }).grownRequests = seen;
      chrome.runtime.onMessage.addListener((message: { type?: string; after?: unknown }) => {
        if (message?.type === 'pardon-check/analyze') seen.push(message.after !== undefined);
      });
    });
    const grown = await settled('feed-grows.html');
    const asked: boolean[] = await session.worker.evaluate(() => (globalThis as unknown as { grownRequests: boolean[] }).grownRequests.splice(0));
    const whole = await settled('feed-grows.html?all');
    expect(grown.marks).toEqual(whole.marks);
    expect(grown.badge).toBe(whole.badge);
    expect(grown.title).toBe(whole.title);
    expect(Object.values(grown.marks).flat()).toEqual(expect.arrayContaining(['190', '32', '24', 'eight']));
    // the first read is whole; the entries added later were asked about on their own
    expect(asked[0]).toBe(false);
    expect(asked.slice(1).filter(Boolean).length).toBeGreaterThanOrEqual(2);
    await grown.page.close();
    await whole.page.close();
  });
});

describe('a page that changes without changing its words', () => {
  it('keeps every mark on its figure, also where the page set a text node to the same words again', async () => {
    const { page } = await open('wrong-total.html');
    await waitForMarks(page, 'contradicted', '160');
    await page.evaluate(() => {
      // an ad slot fills, and a script writes a paragraph's text node again with the same words
      document.querySelector('.promo')!.append(document.createElement('img'));
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.data.includes('160')) node.data = `${node.data}`;
      }
    });
    await page.waitForTimeout(1000);
    const marks = await highlightedTexts(page);
    expect(marks.contradicted).toEqual(['160']);
    expect(Object.values(marks).flat().every((text) => text.length > 0)).toBe(true);
    await page.close();
  });
});

describe('a page about events after what the KB knows', () => {
  it('marks its figures as unverifiable and the popup says how many were not checked, and why', async () => {
    const { page, tabId } = await open('after-horizon.html');
    await waitForMarks(page, 'unverifiable', '47');
    expect(Object.keys(await highlightedTexts(page))).toEqual(['unverifiable']);
    const popup = await openPopup(session, tabId);
    const note = popup.locator('[data-state="after-horizon"]');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/after what the KB knows \(it is complete up to 19 March 2026\): 3 figures not checked/);
    expect(await popup.locator('li.claim .expected').first().innerText()).toContain('after what the KB knows');
    await popup.close();
    await page.close();
  });
});

describe('a page about the topic that states no figures', () => {
  it('the popup says there is nothing to check, and the page gets no marks', async () => {
    const { page, tabId } = await open('no-figures.html');
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="no-claims"]').waitFor();
    expect(await highlightedTexts(page)).toEqual({});
    await popup.close();
    await page.close();
  });
});

describe('an extension page the browser does not let it run on', () => {
  it('the popup says it cannot run there', async () => {
    const page = await session.context.newPage();
    await page.goto('about:blank');
    const blankTab = await tabIdOf(session, page);
    const popup = await openPopup(session, blankTab);
    await popup.locator('[data-state="unavailable"]').waitFor();
    await popup.close();
    await page.close();
  });
});

describe('a tab open before the extension was installed or updated', () => {
  it('the popup asks for a reload instead of saying the page is off limits', async () => {
    const { page, tabId } = await open('off-topic.html');
    // Chrome does not load content scripts into tabs already open: nothing of ours is in this page's
    // isolated world then; clear what the gate left there to make this tab look like one of those
    await session.worker.evaluate((id) => chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        for (const key of Object.getOwnPropertySymbols(globalThis)) if (key.description?.startsWith('pardon-check/')) delete (globalThis as Record<symbol, unknown>)[key];
      },
    }), tabId);
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="reload"]').waitFor({ timeout: 10_000 });
    await popup.screenshot({ path: join(ARTIFACTS, 'chromium-popup-reload.png') });
    await popup.close();
    await page.close();
  });
});

describe('messages', () => {
  it('malformed or unknown messages are ignored, and the content script keeps answering', async () => {
    const { page, tabId } = await open('wrong-total.html');
    await waitForMarks(page, 'contradicted');
    const popup = await openPopup(session, tabId);
    const replies = await popup.evaluate(async (id) => {
      const send = (message: unknown) => chrome.tabs.sendMessage(id, message).then((r: unknown) => r ?? 'no answer', () => 'no answer');
      const bad = [{}, { type: 'pardon-check/reveal', index: -1 }, { type: 'pardon-check/reveal', index: '0' }, { type: 'pardon-check/get-status', extra: '<img src=x>' }, 'pardon-check/get-status', null, { type: 'pardon-check/analyze', text: 'x', published: null, hasHeadline: true }];
      const answers = [];
      for (const message of bad) answers.push(await send(message));
      // the background ignores analysis requests that do not come from a tab
      answers.push(await chrome.runtime.sendMessage({ type: 'pardon-check/analyze', text: 'Belarus pardoned 32 political prisoners', published: null, hasHeadline: true }).then((r: unknown) => r ?? 'no answer', () => 'no answer'));
      const status = await send({ type: 'pardon-check/get-status' });
      return { answers, state: (status as { state: string }).state };
    }, tabId);
    expect(replies.answers).toEqual(Array(8).fill('no answer'));
    expect(replies.state).toBe('checked');
    await popup.close();
    await page.close();
  });
});

describe('privacy', () => {
  it('the extension made no network request: every request went to the test pages or the extension itself', () => {
    const foreign = outgoing.filter((url) => !url.startsWith(server.origin) && !url.startsWith('chrome-extension://') && url !== 'about:blank');
    expect(foreign).toEqual([]);
    expect(server.requests.every((r) => /^GET \/[\w-]+\.(html|js)$/.test(r) || r === 'GET /favicon.ico')).toBe(true);
  });
});
