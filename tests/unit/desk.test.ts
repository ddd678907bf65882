/**
 * The journalist's desk without a browser: its check gives what the engine gives (seed 002, read from ../shared/seeds
 * at test time, dated 2024-12-10: the 178 outdated, the round's figures supported), the text cut at its figures joins
 * back exactly, the hand-off is taken once and kept only in session storage, the exports name a draft, and the
 * context menu's handler hands over the page's selection, address and date (the browser's APIs stubbed).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkSelection, createSelectionMenu, menusApi, SELECTION_MENU_ID } from '../../extension/background/selectionMenu';
import { checkDraft, inReadingOrder, localDay, segmentsOf } from '../../extension/desk/checkDraft';
import { draftClaimReview, draftCsv, draftMarkdown } from '../../extension/desk/exports';
import {
  deskDraft, deskPath, forgetDraft, handOffIn, handOver, isDeskDraft, keepDraft, keptDraft, MAX_DRAFT_CHARS, takeHandOver, type SessionArea,
} from '../../extension/desk/handoff';
import { analyzePage } from '../../extension/engine/analyze';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { readSeeds } from '../helpers/seeds';

const SEED_002 = Object.entries(readSeeds()).find(([file]) => file.startsWith('002_'))![1];
const DAY = '2024-12-10';

/** storage.session as a Map; `failing` makes every call reject, as a browser without it or over its quota would. */
function fakeSession(failing = false): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const fail = () => Promise.reject(new Error('no session storage'));
  return {
    data,
    get: (key) => (failing ? fail() : Promise.resolve(data.has(key) ? { [key]: structuredClone(data.get(key)) } : {})),
    set: (items) => (failing ? fail() : Promise.resolve(void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))))),
    remove: (keys) => (failing ? fail() : Promise.resolve(void [keys].flat().forEach((k) => data.delete(k)))),
  };
}

describe('the desk\'s check', () => {
  it('seed 002 as of 2024-12-10: the verdicts the engine gives (the 178 outdated, the round\'s figures supported), discrepancies first', () => {
    const check = checkDraft(SEED_002, DAY, 'en');
    const engine = analyzePage({ text: SEED_002, published: DAY, hasHeadline: true }, kb);
    expect(check.report.claims.map((c) => [c.span, c.verdict])).toEqual(engine.claims.map((c) => [c.span, c.verdict]));
    const ordered = inReadingOrder(check.report.claims).map(({ claim }) => claim);
    expect(ordered[0]).toMatchObject({ span: '178', verdict: 'outdated', reason: 'earlier-time' });
    for (const figure of ['29', '11', '18', 'six', 'three', 'two', '15', 'seventh']) {
      expect(ordered.find((c) => c.span === figure), figure).toMatchObject({ verdict: 'supported' });
    }
  });

  it('reads a draft written with Windows line breaks as the same text', () => {
    const check = checkDraft(SEED_002.replace(/\n/g, '\r\n'), DAY, 'en');
    expect(check.text).toBe(SEED_002);
    expect(check.report.claims.find((c) => c.span === '178')?.verdict).toBe('outdated');
  });

  it('a text off the topic has nothing to check', () => {
    expect(checkDraft('The city council approved 29 new bus routes and 178 benches.', DAY, 'en').report).toMatchObject({ topic: false, claims: [] });
  });

  it('today is the reader\'s own day', () => {
    expect(localDay(new Date(2024, 11, 10, 0, 30))).toBe('2024-12-10');
  });
});

describe('the text cut at its figures', () => {
  it('joins back into the text exactly, each figure a piece of its own', () => {
    const check = checkDraft(SEED_002, DAY, 'en');
    const segments = segmentsOf(check.text, check.report.claims);
    expect(segments.map((s) => s.text).join('')).toBe(check.text);
    const marked = segments.filter((s) => s.claim !== null);
    expect(marked).toHaveLength(check.report.claims.length);
    for (const s of marked) expect(s.text).toBe(check.report.claims[s.claim!].span);
  });

  it('whatever the figures\' places (overlapping, out of order, past the end), the text comes back whole', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.array(fc.tuple(fc.nat(90), fc.nat(12)), { maxLength: 8 }), (text, spans) => {
      const claims = spans.map(([start, length]) => ({ start, end: start + length }));
      const segments = segmentsOf(text, claims);
      expect(segments.map((s) => s.text).join('')).toBe(text);
      for (const s of segments) if (s.claim !== null) expect(s.text).toBe(text.slice(claims[s.claim].start, claims[s.claim].end));
    }));
  });
});

describe('the hand-off and the kept draft', () => {
  it('is taken once: the second read finds nothing', async () => {
    const session = fakeSession();
    const draft = deskDraft('Lukashenko pardoned 29.', 'https://news.example/a', DAY);
    const id = await handOver(session, draft);
    expect(deskPath(id)).toBe(`/draft.html#from=${id}`);
    expect(handOffIn(`#from=${id}`)).toBe(id);
    expect(await takeHandOver(session, id)).toEqual(draft);
    expect(await takeHandOver(session, id)).toBeNull();
    expect(session.data.size).toBe(0);
  });

  it('takes no hand-off by a name it did not make, nor a stored value of another shape', async () => {
    const session = fakeSession();
    expect(await takeHandOver(session, '../settings')).toBeNull();
    session.data.set(`desk-handoff:${'a'.repeat(24)}`, { text: 7 });
    expect(await takeHandOver(session, 'a'.repeat(24))).toBeNull();
    expect(isDeskDraft({ text: 'x', url: null, asOf: '10.12.2024' })).toBe(false);
    expect(isDeskDraft({ text: 'x'.repeat(MAX_DRAFT_CHARS + 1), url: null, asOf: null })).toBe(false);
  });

  it('keeps the draft under the desk\'s tab until the tab closes', async () => {
    const session = fakeSession();
    const draft = deskDraft('Первая строка\r\nвторая', null, null);
    expect(draft.text).toBe('Первая строка\nвторая');
    await keepDraft(session, 12, draft);
    expect(await keptDraft(session, 12)).toEqual(draft);
    expect(await keptDraft(session, 13)).toBeNull();
    await forgetDraft(session, 12);
    expect(await keptDraft(session, 12)).toBeNull();
  });

  it('without session storage the desk goes on (nothing kept, nothing thrown)', async () => {
    const session = fakeSession(true);
    await expect(keepDraft(session, 1, deskDraft('x', null, null))).resolves.toBeUndefined();
    await expect(keptDraft(session, 1)).resolves.toBeNull();
    await expect(forgetDraft(session, 1)).resolves.toBeUndefined();
  });

  it('cuts a selection longer than the desk takes', () => {
    expect(deskDraft('x'.repeat(MAX_DRAFT_CHARS + 10), null, null).text).toHaveLength(MAX_DRAFT_CHARS);
  });
});

describe('the desk\'s exports', () => {
  const check = checkDraft(SEED_002, DAY, 'en');

  it('a draft with no address is named as a draft, and its ClaimReviews appear nowhere yet', () => {
    expect(draftMarkdown(check, null, '2026-03-01').split('\n')[0]).toBe('### Pardon Check: a draft, not yet published');
    expect(draftMarkdown(check, null, '2026-03-01')).toMatch(/\| ◔ outdated \| 178 \| 207 \|/);
    const feed = JSON.parse(draftClaimReview(check, null, '2026-03-01'));
    expect(feed.name).toBe('Pardon Check: figures checked in a draft, not yet published');
    expect(feed.dataFeedElement).toHaveLength(check.report.claims.length);
    for (const review of feed.dataFeedElement) expect(review.itemReviewed.appearance).toBeUndefined();
  });

  it('with an address, the exports name it', () => {
    const feed = JSON.parse(draftClaimReview(check, 'https://news.example/a', '2026-03-01'));
    expect(feed.dataFeedElement[0].itemReviewed).toMatchObject({ appearance: { url: 'https://news.example/a' }, datePublished: DAY });
    const csv = draftCsv(check, 'https://news.example/a', '2026-03-01').trim().split('\n');
    expect(csv).toHaveLength(check.report.claims.length + 1);
    expect(csv[1].startsWith('https://news.example/a,2024-12-10,')).toBe(true);
  });
});

describe('the context menu\'s handler', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** The browser's APIs the handler uses, stubbed: the page's selection, its checker's answer, session storage, tabs. */
  function stubBrowser({ pageSelection, status }: { pageSelection: string | Error; status: unknown }) {
    const session = fakeSession();
    const created: { url: string; index?: number; windowId?: number }[] = [];
    vi.stubGlobal('browser', {
      scripting: { executeScript: vi.fn(async () => (pageSelection instanceof Error ? Promise.reject(pageSelection) : [{ result: pageSelection }])) },
      tabs: {
        sendMessage: vi.fn(async () => (status instanceof Error ? Promise.reject(status) : status)),
        create: vi.fn(async (properties: { url: string }) => void created.push(properties)),
      },
      storage: { session },
      runtime: { getURL: (path: string) => `chrome-extension://id${path}` },
    });
    const handedOver = () => [...session.data.entries()].filter(([k]) => k.startsWith('desk-handoff:')).map(([, v]) => v);
    return { created, handedOver };
  }

  const tab = { id: 5, index: 2, windowId: 1, url: 'https://news.example/a' };

  it('opens the desk beside the tab with the page\'s selection (line breaks kept), its address and the date its checker read', async () => {
    const { created, handedOver } = stubBrowser({ pageSelection: 'Belarus frees 29\nThe total is 178.', status: { state: 'checked', published: DAY, round: 7, claims: [], truncated: false } });
    await checkSelection({ menuItemId: SELECTION_MENU_ID, selectionText: 'Belarus frees 29 The total is 178.', pageUrl: tab.url, frameId: 0 }, tab);
    expect(handedOver()).toEqual([{ text: 'Belarus frees 29\nThe total is 178.', url: tab.url, asOf: DAY }]);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ index: 3, windowId: 1 });
    expect(created[0].url).toMatch(/^chrome-extension:\/\/id\/draft\.html#from=[0-9a-f]{24}$/);
  });

  it('where the page has no checker (its gate stayed shut) or its selection cannot be read, takes the menu\'s copy and no date', async () => {
    const { created, handedOver } = stubBrowser({ pageSelection: new Error('cannot script this page'), status: new Error('no receiving end') });
    await checkSelection({ menuItemId: SELECTION_MENU_ID, selectionText: 'Lukashenko pardoned 29', pageUrl: 'https://pdf.example/report.pdf', frameId: 0 }, tab);
    expect(handedOver()).toEqual([{ text: 'Lukashenko pardoned 29', url: 'https://pdf.example/report.pdf', asOf: null }]);
    expect(created).toHaveLength(1);
  });

  it('does nothing for another menu item or an empty selection', async () => {
    const { created } = stubBrowser({ pageSelection: '', status: null });
    await checkSelection({ menuItemId: 'something-else', selectionText: 'text', pageUrl: tab.url, frameId: 0 }, tab);
    await checkSelection({ menuItemId: SELECTION_MENU_ID, selectionText: '  ', pageUrl: tab.url, frameId: 0 }, tab);
    expect(created).toEqual([]);
  });
});

describe('the context menu\'s item', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is made once, on selected text only, titled in the browser\'s language, through Firefox\'s `menus` where it exists', async () => {
    const made: unknown[] = [];
    const menus = { removeAll: vi.fn(async () => undefined), create: vi.fn((properties: unknown) => void made.push(properties)) };
    const chromeOnly = { removeAll: vi.fn(), create: vi.fn() };
    vi.stubGlobal('browser', { menus, contextMenus: chromeOnly });
    expect(menusApi()).toBe(menus);
    await createSelectionMenu();
    // removed first: an update or a reload must not make a second item with the same id
    expect(menus.removeAll).toHaveBeenCalledBefore(menus.create);
    expect(made).toEqual([{ id: SELECTION_MENU_ID, title: 'Check with Pardon Check', contexts: ['selection'] }]);
    expect(chromeOnly.create).not.toHaveBeenCalled();
    vi.stubGlobal('browser', { contextMenus: chromeOnly });
    expect(menusApi()).toBe(chromeOnly);
  });
});
