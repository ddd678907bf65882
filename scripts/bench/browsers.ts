/**
 * The browser side of the bench: the pages served on a local origin, one load measured in a fresh tab (metrics,
 * optionally a trace or a CPU profile), the empty extension ours is compared with, the service worker stopped and
 * started, and the heaps of the page and of the background.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { tabIdOf, type ChromiumSession } from '../../tests/e2e/chromium';
import { watchServiceWorker } from '../../tests/e2e/serviceWorkerControl';
import { COLD, MEMORY_RUNS, MEMORY_TABS, SETTLE_MS } from './options';
import { MEMORY_PAGE, type Row } from './pages';
import { f1, spread } from './statistics';
import { addProfileTimes, TRACE_CATEGORIES, type ProfileTimes, type TraceEvent } from './trace';

/** ours: the bench build; empty and empty2: the same empty extension in two browsers (the A/A pair). */
export const CONFIGS = ['empty', 'ours', 'empty2'] as const;
export type Config = (typeof CONFIGS)[number];

export interface Load {
  /** all tasks on the page's main thread, wall clock (Performance.getMetrics TaskDuration), navigation to settle */
  taskMs: number;
  /** the main thread's CPU time over the same window (ThreadTime): other work on the machine hardly moves it */
  cpuMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  heapMb: number;
  /** the bench build's own measures: gate and reading slices, their total and the longest */
  ownMs: number;
  ownLongestMs: number;
  scans: number;
  marksAfterDclMs: number | null;
  trace?: TraceEvent[];
}


let origin = '';

/** Serves `pages` (and a blank page) on 127.0.0.1 until closed: the origin every load below uses. */
export async function servePages(pages: Record<string, Row>): Promise<{ origin: string; close(): void }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    const html = name === 'blank' ? '<!doctype html><title>blank</title>' : pages[name]?.html;
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(html ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => server.close() };
}

/** One load of `path` in a fresh tab: a blank page of the same site first, so the counters start in the page's own renderer. */
export async function load(session: ChromiumSession, path: string, options: { waitForDone?: boolean; trace?: boolean; profile?: ProfileTimes } = {}): Promise<Load> {
  const page: Page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await page.goto(`${origin}/blank`);
  await cdp.send('Performance.enable');
  if (options.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  const events: TraceEvent[] = [];
  if (options.trace) {
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  }
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const url = `${origin}/${encodeURIComponent(path)}`;
  await page.goto(url, { waitUntil: 'load' });
  if (options.waitForDone) await page.waitForFunction(() => document.title.endsWith('(done)'), undefined, { timeout: 30_000 });
  await page.waitForTimeout(SETTLE_MS);
  const after = await metrics();
  if (options.profile) addProfileTimes(options.profile, (await cdp.send('Profiler.stop')).profile);
  if (options.trace) {
    const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await traced;
  }
  const own = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const measures = performance.getEntriesByType('measure');
    // gate and slices are our synchronous pieces of work; a scan spans several slices with the page running between
    const pieces = measures.filter((m) => m.name === 'pardon-check:gate' || m.name === 'pardon-check:slice');
    const scans = measures.filter((m) => m.name === 'pardon-check:scan');
    return {
      total: pieces.reduce((n, m) => n + m.duration, 0),
      longest: pieces.reduce((n, m) => Math.max(n, m.duration), 0),
      scans: scans.length,
      firstMarks: scans.length ? scans[0].startTime + scans[0].duration - nav.domContentLoadedEventEnd : null,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await metrics()).JSHeapUsedSize;
  await page.close();
  // seconds → ms; a counter that went backwards started afresh in another renderer
  const delta = (key: string) => 1000 * (after[key] >= before[key] ? after[key] - before[key] : after[key]);
  return {
    taskMs: delta('TaskDuration'),
    cpuMs: delta('ThreadTime'),
    scriptMs: delta('ScriptDuration'),
    styleMs: delta('RecalcStyleDuration'),
    layoutMs: delta('LayoutDuration'),
    heapMb: heap / 1048576,
    ownMs: own.total,
    ownLongestMs: own.longest,
    scans: own.scans,
    marksAfterDclMs: own.firstMarks,
    ...(options.trace ? { trace: events } : {}),
  };
}

/** An unpacked extension whose only content is an empty script on every http(s) page, run when ours runs. */
export function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pardon-check-empty-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Empty content script', version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['content.js'] }],
  }));
  writeFileSync(join(dir, 'content.js'), '// nothing: the cost of being a content script\n');
  return dir;
}

/**
 * The first answer after Chrome stopped the service worker, against the same with it running: a page that
 * changes (the checker's rescan asks the engine, and its message starts the worker), the popup on an open
 * page, and a page loaded afresh (the tab's navigation starts the worker before the gate asks: the
 * background listens to tabs.onUpdated).
 */
export async function coldStart(session: ChromiumSession, path: string): Promise<void> {
  if (!COLD) return;
  const watch = await watchServiceWorker(session);
  const marksAfterDcl = async (page: Page) => {
    await page.goto(`${origin}/${encodeURIComponent(path)}`);
    return page.evaluate(async () => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      for (let i = 0; i < 500; i++) {
        const [scan] = performance.getEntriesByName('pardon-check:scan');
        if (scan) return scan.startTime + scan.duration - nav.domContentLoadedEventEnd;
        await new Promise((done) => setTimeout(done, 10));
      }
      return NaN;
    });
  };
  /** the page adds an update with a figure: from the change to the end of the rescan that marks it */
  const rescan = (page: Page, n: number) => page.evaluate(async (k) => {
    const before = performance.getEntriesByName('pardon-check:scan').length;
    const update = document.createElement('p');
    update.textContent = `Update ${k}: the first of these rounds, in July, freed 25 people.`;
    const changed = performance.now();
    document.querySelector('main')!.append(update);
    for (let i = 0; i < 1000; i++) {
      const scans = performance.getEntriesByName('pardon-check:scan');
      if (scans.length > before) return scans[scans.length - 1].startTime + scans[scans.length - 1].duration - changed;
      await new Promise((done) => setTimeout(done, 10));
    }
    return NaN;
  }, n);
  const popupAnswer = async (tabId: number) => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`, { waitUntil: 'commit' });
    const ms = await popup.waitForFunction(() => document.querySelector('li.claim') && performance.now(), undefined, { timeout: 10_000, polling: 10 });
    const value = (await ms.jsonValue()) as number;
    await popup.close();
    return value;
  };
  const results: Record<'load' | 'rescan' | 'popup', { running: number[]; stopped: number[] }> = {
    load: { running: [], stopped: [] }, rescan: { running: [], stopped: [] }, popup: { running: [], stopped: [] },
  };
  let restartedByRescan = 0;
  for (let i = 0; i < COLD; i++) {
    const page = await session.context.newPage();
    results.load.running.push(await marksAfterDcl(page));
    const tabId = await tabIdOf(session, page);
    results.rescan.running.push(await rescan(page, 2 * i));
    results.popup.running.push(await popupAnswer(tabId));
    await watch.stop();
    const stoppedAt = watch.history.length;
    results.rescan.stopped.push(await rescan(page, 2 * i + 1));
    if (watch.history.slice(stoppedAt).includes('running')) restartedByRescan++;
    await watch.stop();
    results.popup.stopped.push(await popupAnswer(tabId));
    await watch.stop();
    results.load.stopped.push(await marksAfterDcl(page));
    await page.close();
  }
  await watch.close();
  console.log(`\n   Service worker stopped (CDP ServiceWorker.stopWorker) against running, ${COLD} times each, "${path}" (ms, medians and range):`);
  console.log(`     an open page adds a figure → its rescan ends (marks): running ${spread(results.rescan.running)}, stopped ${spread(results.rescan.stopped)} (the rescan's message started the worker ${restartedByRescan} of ${COLD} times)`);
  console.log(`     the popup opened on the open page → its first answer: running ${spread(results.popup.running)}, stopped ${spread(results.popup.stopped)}`);
  console.log(`     a page loaded afresh → first marks after DOMContentLoaded: running ${spread(results.load.running)}, stopped ${spread(results.load.stopped)}`);
  console.log('     (a rescan waits for at least 250 ms of calm after the change before it reads the page)');
}

/**
 * The service worker's V8 heap, through the DevTools protocol: a page's session attaches to the worker's
 * target (not flattened: Playwright's sessions do not route child sessions) and sends it
 * HeapProfiler.collectGarbage and Runtime.getHeapUsage. `performance.memory` does not exist in a worker.
 */
async function workerHeap(session: ChromiumSession): Promise<{ usedMb(): Promise<number>; close(): Promise<void> }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`));
  if (!target) throw new Error('no service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let id = 0;
  const waiting = new Map<number, (result: { usedSize?: number }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result ?? {});
    waiting.delete(message.id!);
  });
  const send = (method: string) => new Promise<{ usedSize?: number }>((done) => {
    waiting.set(++id, done);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
  });
  return {
    async usedMb() {
      await send('HeapProfiler.collectGarbage');
      return ((await send('Runtime.getHeapUsage')).usedSize ?? NaN) / 1048576;
    },
    async close() {
      await page.close();
    },
  };
}

/**
 * Memory (issue 20): (a) the checker's added JS heap on the ×16 live blog: the page's renderer heap after a
 * forced garbage collection (Performance.getMetrics JSHeapUsedSize: every world of the page's isolate, our
 * isolated world included), ours against the empty extension, loads alternating; (b) the background's heap
 * while topic pages open one by one in tabs left open, past the engine's cap of 24 cached pages
 * (engineHost.ts MAX_CACHED_PAGES; each cache at most 20,000 blocks, extract.ts), and after they close.
 */
export async function memory(sessions: Record<Config, ChromiumSession>): Promise<void> {
  if (!MEMORY_RUNS && !MEMORY_TABS) return;
  console.log('\n   Memory, after forced garbage collections (MB)');
  if (MEMORY_RUNS) {
    const heaps: Record<'ours' | 'empty', number[]> = { ours: [], empty: [] };
    for (const config of ['empty', 'ours'] as const) await load(sessions[config], MEMORY_PAGE);
    for (let i = 0; i < MEMORY_RUNS; i++) {
      for (const config of (i % 2 ? ['empty', 'ours'] : ['ours', 'empty']) as ('ours' | 'empty')[]) heaps[config].push((await load(sessions[config], MEMORY_PAGE)).heapMb);
    }
    const added = heaps.ours.map((mb, i) => mb - heaps.empty[i]);
    console.log(`     the page's JS heap, ${MEMORY_PAGE}, ${MEMORY_RUNS} loads each: empty ${spread(heaps.empty)}, ours ${spread(heaps.ours)}; added by the checker ${spread(added)} (paired)`);
  }
  if (MEMORY_TABS) {
    const session = sessions.ours;
    const heap = await workerHeap(session);
    const path = 'live blog, 40 reports';
    const marks: string[] = [`before ${f1(await heap.usedMb())}`];
    // one large page first: what a single tab's block cache weighs (about 3,000 blocks), closed again
    const big = await session.context.newPage();
    await big.goto(`${origin}/${encodeURIComponent(MEMORY_PAGE)}`, { waitUntil: 'load' });
    await big.waitForFunction(() => performance.getEntriesByName('pardon-check:scan').length > 0, undefined, { timeout: 30_000, polling: 20 });
    marks.push(`the ×16 live blog open ${f1(await heap.usedMb())}`);
    await big.close();
    await new Promise((done) => setTimeout(done, 500));
    marks.push(`closed ${f1(await heap.usedMb())}`);
    const tabs: Page[] = [];
    for (let i = 1; i <= MEMORY_TABS; i++) {
      const page = await session.context.newPage();
      await page.goto(`${origin}/${encodeURIComponent(path)}?tab=${i}`, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('pardon-check:scan').length > 0, undefined, { timeout: 15_000, polling: 20 });
      tabs.push(page);
      if (i === 1 || i % 4 === 0 || i === MEMORY_TABS) marks.push(`${i} tabs ${f1(await heap.usedMb())}`);
    }
    for (const page of tabs) await page.close();
    await new Promise((done) => setTimeout(done, 500));
    marks.push(`all closed ${f1(await heap.usedMb())}`);
    await heap.close();
    console.log(`     the background's heap (service worker, Runtime.getHeapUsage), "${path}" opened in ${MEMORY_TABS} tabs one after another, kept open:`);
    console.log(`       ${marks.join(' · ')}`);
    console.log('       caps: 24 tabs\' block caches (engineHost.ts MAX_CACHED_PAGES, least recently used first), 20,000 blocks each (extract.ts)');
  }
}
