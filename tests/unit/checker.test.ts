// @vitest-environment happy-dom
/**
 * The content script's core without a browser: the engine stands in for the background. happy-dom has
 * no CSS Highlight API, so this also exercises the fallback that wraps flagged figures (and undoes it).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checker } from '../../extension/content/checker';
import { FIRST_MARKS } from '../../extension/content/markLayer';
import { EngineHost } from '../../extension/background/engineHost';
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import type { PageStatus } from '../../extension/messages';
import { randomMarkNames } from '../../extension/markNames';

/** This test run's names for marks, as the background would choose them for a page load. */
const names = randomMarkNames();

const engine = new EngineHost(bundledKnowledge);
let checker: Checker | null = null;

afterEach(() => {
  checker?.stop();
  checker = null;
});

async function run(html: string, options: { noMarks?: boolean } = {}): Promise<{ statuses: PageStatus[] }> {
  document.documentElement.innerHTML = html;
  const statuses: PageStatus[] = [];
  checker = new Checker(document, {
    styles: { overlay: ':host{}', card: '.card{}' },
    marks: async () => (options.noMarks ? null : names),
    onStatus: (status) => statuses.push(status),
    analyze: async (request) => engine.analyze('test:0', { type: 'pardon-check/analyze', ...request }),
  });
  checker.start();
  for (let i = 0; i < 50 && statuses.at(-1)?.state !== 'checked' && statuses.at(-1)?.state !== 'off-topic'; i++) await new Promise((r) => setTimeout(r, 10));
  return { statuses };
}

/**
 * The checker's requests in flight, and a wait until the page has calmed and none is left: the engine's first answer
 * compiles its patterns, which a loaded machine may take longer than any fixed wait (no timing decides a test here).
 */
let inFlight = 0;
function track<A extends unknown[], R>(analyze: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    inFlight++;
    try {
      return await analyze(...args);
    } finally {
      inFlight--;
    }
  };
}
async function settle(): Promise<void> {
  const tick = () => new Promise((r) => setTimeout(r, 10));
  // the scan starts after the page's calm (settleMs), then runs until its answer is shown
  for (let i = 0; i < 30; i++) await tick();
  for (let calm = 0, i = 0; calm < 10 && i < 2000; i++) {
    await tick();
    calm = inFlight === 0 ? calm + 1 : 0;
  }
}

describe('Checker', () => {
  it('leaves a page without pardon or prisoner words untouched and reports it off topic', async () => {
    const before = '<head><title>Football</title></head><body><main><p>Dinamo won 4-2 before 13,000 fans.</p></main></body>';
    const { statuses } = await run(before);
    expect(statuses.at(-1)).toEqual({ state: 'off-topic' });
    expect(document.querySelector(names.host)).toBeNull();
    expect(document.body.innerHTML).toBe('<main><p>Dinamo won 4-2 before 13,000 fans.</p></main>');
  });

  it('judges a topical page, wraps its figures where the Highlight API is missing, and unwraps them on stop', async () => {
    const original = '<main><h1>Belarus frees 32 political prisoners</h1><p>Lukashenko pardoned 32 political prisoners, 24 men and eight women, bringing the total to 150.</p></main>';
    const { statuses } = await run(`<head><title>News</title><meta name="date" content="2024-11-21"></head><body>${original}</body>`);
    const status = statuses.at(-1)!;
    expect(status.state).toBe('checked');
    if (status.state !== 'checked') return;
    expect(status.claims.map((c) => [c.span, c.verdict])).toEqual([['32', 'supported'], ['32', 'supported'], ['24', 'supported'], ['eight', 'supported'], ['150', 'contradicted']]);
    // happy-dom lays nothing out, so every figure counts as near the viewport and is wrapped
    expect([...document.querySelectorAll(names.mark)].map((m) => [m.textContent, m.getAttribute('data-verdict')])).toEqual(status.claims.map((c) => [c.span, c.verdict]));
    expect(checker!.handle({ type: 'pardon-check/get-status' })).toBe(status);
    expect(checker!.handle({ type: 'pardon-check/reveal', index: 99 })).toEqual({ ok: false });
    checker!.stop();
    expect(document.body.innerHTML).toBe(original);
  });

  it('in "no marks" mode judges the page for the popup and writes nothing into it', async () => {
    const original = '<main><h1>Belarus frees 32 political prisoners</h1><p>Lukashenko pardoned 32 political prisoners, bringing the total to 150.</p></main>';
    const { statuses } = await run(`<head><title>News</title><meta name="date" content="2024-11-21"></head><body>${original}</body>`, { noMarks: true });
    const status = statuses.at(-1)!;
    expect(status.state === 'checked' && status.claims.map((c) => [c.span, c.verdict])).toEqual([['32', 'supported'], ['32', 'supported'], ['150', 'contradicted']]);
    // revealing a figure from the popup scrolls to it, and still adds nothing
    expect(checker!.handle({ type: 'pardon-check/reveal', index: 2 })).toEqual({ ok: true });
    expect(document.body.innerHTML).toBe(original);
    expect(document.documentElement.children).toHaveLength(2);
  });

  it('a failure while reading or judging ends in "failed", reported to the extension, never left "checking"', async () => {
    document.documentElement.innerHTML = '<head><title>News</title></head><body><main><h1>Belarus frees 32 political prisoners</h1><p>Lukashenko pardoned 32 political prisoners.</p></main></body>';
    const statuses: PageStatus[] = [];
    const errors: unknown[] = [];
    checker = new Checker(document, {
      styles: { overlay: ':host{}', card: '.card{}' },
      marks: async () => names,
      onStatus: (status) => statuses.push(status),
      onError: (error) => errors.push(error),
      analyze: async () => {
        throw new Error('the engine broke');
      },
    });
    checker.start();
    for (let i = 0; i < 50 && statuses.at(-1)?.state !== 'failed'; i++) await new Promise((r) => setTimeout(r, 10));
    expect(statuses.at(-1)).toEqual({ state: 'failed' });
    expect(String(errors[0])).toContain('the engine broke');
  });
});

describe('Checker on a page that changes', () => {
  const originalCss = Object.getOwnPropertyDescriptor(window, 'CSS');

  /** A stand-in for the CSS Highlight API, which happy-dom lacks: marks then leave the page's DOM alone, as in browsers. */
  function withHighlightRegistry(): Map<string, Set<unknown>> {
    const registry = new Map<string, Set<unknown>>();
    Object.defineProperty(window, 'Highlight', { value: class extends Set<unknown> {}, configurable: true });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    return registry;
  }

  afterEach(() => {
    delete (window as { Highlight?: unknown }).Highlight;
    delete (window as { CSS?: unknown }).CSS;
    if (originalCss) Object.defineProperty(window, 'CSS', originalCss);
  });

  it('does not have the page judged again when a change leaves the text it reads as it was', async () => {
    const registry = withHighlightRegistry();
    document.documentElement.innerHTML = '<head><title>News</title><meta name="date" content="2024-11-21"></head><body><main><h1>Belarus frees 32 political prisoners</h1><p>Lukashenko pardoned 32 political prisoners, bringing the total to 150.</p><div id="ad"></div></main><aside id="side"></aside></body>';
    const requests: string[] = [];
    const statuses: PageStatus[] = [];
    checker = new Checker(document, {
      styles: { overlay: ':host{}', card: '.card{}' },
      marks: async () => names,
      settleMs: 20,
      onStatus: (status) => statuses.push(status),
      analyze: track(async (request) => {
        requests.push(request.text);
        return engine.analyze('test:1', { type: 'pardon-check/analyze', ...request });
      }),
    });
    checker.start();
    await settle();
    expect(requests).toHaveLength(1);
    expect(registry.get(names.highlight.contradicted)?.size).toBe(1);

    // an ad slot fills with an image, a sidebar with links: nothing the checker reads
    document.getElementById('ad')!.append(document.createElement('img'));
    document.getElementById('side')!.innerHTML = '<a href="#">More news</a>';
    await settle();
    expect(requests).toHaveLength(1);
    expect(statuses.at(-1)?.state).toBe('checked');
    expect(registry.get(names.highlight.contradicted)?.size).toBe(1);

    // a correction in the article is read and judged afresh
    document.querySelector('main p')!.textContent = 'Lukashenko pardoned 32 political prisoners, bringing the total to 178.';
    await settle();
    expect(requests).toHaveLength(2);
    expect(requests[1]).toContain('178');
    const status = statuses.at(-1)!;
    expect(status.state === 'checked' && status.claims.map((c) => [c.span, c.verdict])).toEqual([['32', 'supported'], ['32', 'supported'], ['178', 'supported']]);
    expect(registry.has(names.highlight.contradicted)).toBe(false);
  });

  it('asks for the marks\' styles in the part of the page holding its figures, and again only for figures outside it', async () => {
    withHighlightRegistry();
    document.documentElement.innerHTML = '<head><title>News</title><meta name="date" content="2024-11-21"></head><body><main><h1>Belarus frees 32 political prisoners</h1>'
      + '<div class="story"><p>Lukashenko pardoned <b>32</b> political prisoners, bringing the total to 150.</p></div><div class="more"></div></main></body>';
    const asked: [string[], unknown][] = [];
    checker = new Checker(document, {
      styles: { overlay: ':host{}', card: '.card{}' },
      marks: async (scopes, given) => {
        asked.push([scopes, given]);
        return names;
      },
      settleMs: 20,
      onStatus: () => undefined,
      analyze: track(async (request) => engine.analyze('test:3', { type: 'pardon-check/analyze', ...request })),
    });
    checker.start();
    await settle();
    // the headline by its tag, the story's figures by the story's own class: not the whole page
    expect(asked).toEqual([[['h1', 'div.story'], null]]);

    // a rescan whose new figure sits inside the story asks nothing
    document.querySelector('main p')!.append(' Another 32 were pardoned.');
    await settle();
    expect(asked).toHaveLength(1);

    // a figure beside the story: the part holding both, under the same names
    document.querySelector('.more')!.innerHTML = '<p>The fifth round freed 31.</p>';
    await settle();
    expect(asked).toEqual([[['h1', 'div.story'], null], [['main'], names]]);
  });

  it('reads a page that never calms down less and less often, and promptly again once it has calmed', async () => {
    withHighlightRegistry();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    try {
      document.documentElement.innerHTML = '<head><title>News</title><meta name="date" content="2024-11-21"></head><body><main><h1>Belarus frees 32 political prisoners</h1><p>Lukashenko pardoned 32 political prisoners.</p><p id="ticker">Update 0</p></main></body>';
      const requestedAt: number[] = [];
      const texts: string[] = [];
      checker = new Checker(document, {
        styles: { overlay: ':host{}', card: '.card{}' },
        marks: async () => names,
        onStatus: () => undefined,
        analyze: async (request) => {
          requestedAt.push(performance.now());
          texts.push(request.text);
          return engine.analyze('test:2', { type: 'pardon-check/analyze', ...request });
        },
      });
      checker.start();
      await vi.advanceTimersByTimeAsync(100);
      expect(requestedAt).toHaveLength(1);

      // a ticker that changes its text every 50 ms for 40 s
      const ticker = document.getElementById('ticker')!;
      let n = 0;
      const timer = setInterval(() => (ticker.textContent = `Update ${++n}`), 50);
      await vi.advanceTimersByTimeAsync(40_000);
      clearInterval(timer);
      // read once a second, that would be 40 reads; the waits double (1, 2, 4, 8, 8… s)
      expect(requestedAt.length).toBeLessThanOrEqual(9);
      expect(requestedAt.length).toBeGreaterThanOrEqual(5);
      const gaps = requestedAt.slice(1).map((t, i) => t - requestedAt[i]);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(8_500);

      // calm again: the last text is read within the calm period, and a new burst is followed at 1 s again
      const before = requestedAt.length;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(texts.at(-1)).toContain(`Update ${n}`);
      expect(requestedAt.length).toBe(before + 1);
      ticker.textContent = 'Update after the calm';
      const again = setInterval(() => (ticker.textContent = `Update ${++n}`), 50);
      await vi.advanceTimersByTimeAsync(1_100);
      clearInterval(again);
      expect(requestedAt.length).toBe(before + 2);
    } finally {
      checker?.stop();
      checker = null;
      vi.useRealTimers();
    }
  });
  /**
   * A page whose feed adds an entry every 50 ms (until the test clears `timer`), checked by a background that takes
   * 100 ms to answer: the page goes on changing meanwhile. Under fake timers.
   */
  function startFilling(id: string): { statuses: PageStatus[]; timer: ReturnType<typeof setInterval> } {
    document.documentElement.innerHTML = '<head><title>News</title><meta name="date" content="2024-11-21"></head><body><main><h1>Belarus frees 32 political prisoners</h1>'
      + '<p id="story">Lukashenko pardoned 32 political prisoners, bringing the total to 150.</p><div id="feed"></div></main></body>';
    const statuses: PageStatus[] = [];
    checker = new Checker(document, {
      styles: { overlay: ':host{}', card: '.card{}' },
      marks: async () => names,
      onStatus: (status) => statuses.push(status),
      analyze: async (request) => {
        await new Promise((r) => setTimeout(r, 100));
        return engine.analyze(id, { type: 'pardon-check/analyze', ...request });
      },
    });
    const feed = document.getElementById('feed')!;
    let n = 0;
    const timer = setInterval(() => feed.append(Object.assign(document.createElement('p'), { textContent: `Entry ${++n}` })), 50);
    checker.start();
    return { statuses, timer };
  }

  it('gives a page that keeps changing its first marks once it calms down, or after a while if it never does', async () => {
    const registry = withHighlightRegistry();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    try {
      const filling = startFilling('test:4');
      await vi.advanceTimersByTimeAsync(300);
      expect(filling.statuses.at(-1)?.state).toBe('checked');
      // judged (the popup has it), but nothing painted while the feed fills in
      expect(registry.size).toBe(0);
      expect(document.querySelector(names.host)).toBeNull();
      await vi.advanceTimersByTimeAsync(500);
      expect(registry.size).toBe(0);
      clearInterval(filling.timer);
      await vi.advanceTimersByTimeAsync(FIRST_MARKS.calmMs + 20);
      expect(registry.get(names.highlight.contradicted)?.size).toBe(1);
      expect(registry.get(names.highlight.supported)?.size).toBe(2);
      checker!.stop();
      checker = null;
      registry.clear();

      // a page that never calms down is marked anyway, FIRST_MARKS.maxHoldMs after its answer at the latest
      const restless = startFilling('test:5');
      await vi.advanceTimersByTimeAsync(300);
      expect(restless.statuses.at(-1)?.state).toBe('checked');
      await vi.advanceTimersByTimeAsync(FIRST_MARKS.maxHoldMs - 400);
      expect(registry.size).toBe(0);
      await vi.advanceTimersByTimeAsync(400);
      expect(registry.get(names.highlight.contradicted)?.size).toBe(1);
      clearInterval(restless.timer);
    } finally {
      checker?.stop();
      checker = null;
      vi.useRealTimers();
    }
  });

  it('marks a new view\'s figures in a part of the page not styled yet only once their styles are in; the popup has them at once', async () => {
    const registry = withHighlightRegistry();
    document.documentElement.innerHTML = '<head><title>News</title><meta name="date" content="2024-11-21"></head><body><main id="app"><h1>Belarus frees 32 political prisoners</h1>'
      + '<p id="story">Lukashenko pardoned 32 political prisoners, bringing the total to 150.</p></main></body>';
    const statuses: PageStatus[] = [];
    const asked: string[][] = [];
    let stylesArrive = () => {};
    checker = new Checker(document, {
      styles: { overlay: ':host{}', card: '.card{}' },
      // the first styles come at once; later ones only when the test lets them
      marks: async (scopes) => {
        asked.push(scopes);
        if (asked.length > 1) await new Promise<void>((resolve) => (stylesArrive = resolve));
        return names;
      },
      settleMs: 20,
      onStatus: (status) => statuses.push(status),
      analyze: track(async (request) => engine.analyze('test:6', { type: 'pardon-check/analyze', ...request })),
    });
    checker.start();
    await settle();
    expect(registry.get(names.highlight.contradicted)?.size).toBe(1);

    // the app shows another view (as after going back in its history): its story has no id of its own, so its
    // figures' part of the page is the app's element, which needs styles of its own
    document.getElementById('app')!.innerHTML = '<h1>Belarus frees 29 political prisoners</h1><p>Lukashenko pardoned 29 political prisoners, 11 women and 18 men, bringing the total to 178.</p>';
    checker.restart();
    await settle();
    const status = statuses.at(-1)!;
    expect(status.state === 'checked' && status.claims.find((c) => c.span === '178')?.verdict).toBe('outdated');
    expect(asked).toEqual([['h1', 'p#story'], ['main#app']]);
    // no mark before its style: it would paint nothing, and a page's script would find it unstyled
    expect(registry.size).toBe(0);
    stylesArrive();
    await settle();
    expect(registry.get(names.highlight.outdated)?.size).toBe(1);
    expect(registry.get(names.highlight.supported)?.size).toBe(4);
    expect(registry.has(names.highlight.contradicted)).toBe(false);
  });

  it('a view that replaces the page while its first marks wait for calm: once calm, only the new view is marked; the popup has it at once', async () => {
    const registry = withHighlightRegistry();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    try {
      const { statuses, timer } = startFilling('test:7');
      await vi.advanceTimersByTimeAsync(300);
      expect(statuses.at(-1)?.state).toBe('checked');
      expect(registry.size).toBe(0);

      // the page navigates within itself while the first marks wait: the same parts of the page, other figures
      document.querySelector('h1')!.textContent = 'Belarus frees 29 political prisoners';
      document.getElementById('story')!.textContent = 'Lukashenko pardoned 29 political prisoners, bringing the total to 178.';
      checker!.restart();
      await vi.advanceTimersByTimeAsync(300);
      const status = statuses.at(-1)!;
      expect(status.state === 'checked' && status.claims.map((c) => [c.span, c.verdict])).toEqual([['29', 'supported'], ['29', 'supported'], ['178', 'outdated']]);
      expect(registry.size).toBe(0);

      clearInterval(timer);
      await vi.advanceTimersByTimeAsync(FIRST_MARKS.calmMs + 20);
      expect(registry.get(names.highlight.outdated)?.size).toBe(1);
      expect(registry.get(names.highlight.supported)?.size).toBe(2);
      expect(registry.has(names.highlight.contradicted)).toBe(false);
    } finally {
      checker?.stop();
      checker = null;
      vi.useRealTimers();
    }
  });
});
