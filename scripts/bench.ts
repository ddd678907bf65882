/**
 * `npm run bench`: what the extension costs. A benchmark that prints figures; it asserts nothing.
 *  1. In headless Chromium, the same pages with and without the extension: extra main-thread time,
 *     the longest piece of our work, extra JS heap, time from load to marks shown.
 *  2. The engine alone in Node: throughput over the corpus against a plain digit scan, and growth with size.
 *  3. Bundle and zip sizes.
 * Needs a build (`npm run build`) and Debian's chromium.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { analyzePage } from '../extension/engine/analyze';
import { bundledKnowledge } from '../extension/engine/bundledKnowledge';
import { launchChromium, type ChromiumSession } from '../tests/e2e/chromium';
import { loadCorpusPage } from './evaluate';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, 'tests/corpus');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

// ---------- pages ----------
const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
const topicalReports = readdirSync(corpusDir).filter((f) => /\.(txt|html)$/.test(f)).map((f) => loadCorpusPage(join(corpusDir, f))).filter((p) => p.expected.length > 0).slice(0, 40);
const offTopicSentences = [
  'The city council approved a budget of 4.2 billion for the coming year, with 12% more for schools.',
  'Rail traffic resumed on 3 lines after 48 hours of repairs, the operator said on Tuesday.',
  'The home side won 3-1, their 14th win in 20 games, in front of 31,000 supporters.',
  'Inflation slowed to 2.9% in October, while unemployment stayed at 5.1% for the third month.',
  'Researchers tracked 1,300 households over 7 years and found energy use fell by a fifth.',
];

function layout(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="date" content="2024-12-30"></head>`
    + `<body><nav><a href="#">Home</a> <a href="#">World</a></nav><main><h1>${title}</h1>${body}</main><footer>© 2024</footer>${script}</body></html>`;
}

function liveBlog(copies: number): string {
  const entries: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const [i, report] of topicalReports.entries()) {
      const paragraphs = report.text.split('\n').map((line) => `<p>${escape(line)}</p>`).join('');
      entries.push(`<article class="entry"><time>${String(8 + (i % 12)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}</time>${paragraphs}</article>`);
    }
  }
  return layout('Live: Belarus pardons political prisoners', entries.join('\n'));
}

function offTopic(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) body.push(`<p>${offTopicSentences[i % offTopicSentences.length]} ${offTopicSentences[(i * 3 + 1) % offTopicSentences.length]}</p>`);
  return layout('City news: budget, trains and football', body.join('\n'));
}

/** Starts with one report and appends 1,000 paragraphs in 40 bursts of 25, every 50 ms (infinite scroll). */
function infiniteScroll(): string {
  const lines = topicalReports.flatMap((r) => r.text.split('\n'));
  const script = `<script>
    const lines = ${JSON.stringify(lines)};
    let burst = 0, n = 0;
    const timer = setInterval(() => {
      const feed = document.querySelector('main');
      for (let i = 0; i < 25; i++) { const p = document.createElement('p'); p.textContent = lines[n++ % lines.length]; feed.append(p); }
      if (++burst === 40) { clearInterval(timer); document.title += ' (done)'; }
    }, 50);
  </script>`;
  return layout('Live: Belarus pardons political prisoners', `<p>${escape(topicalReports[0].text.split('\n')[1])}</p>`, script);
}

const PAGES: Record<string, string> = {
  'off-topic, 4,000 paragraphs': offTopic(4000),
  'live blog, 40 reports': liveBlog(1),
  'live blog ×4 (160 reports)': liveBlog(4),
  'live blog ×16 (640 reports)': liveBlog(16),
  'infinite scroll, +1,000 paragraphs': infiniteScroll(),
};

// ---------- browser measurements ----------
interface Sample {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  heapMb: number;
  ourTotalMs: number;
  ourLongestMs: number;
  scans: number;
  marksAfterLoadMs: number | null;
  longestTaskMs: number;
  slices: number;
}

async function measure(session: ChromiumSession, url: string, waitForDone: boolean): Promise<Sample> {
  const page: Page = await session.context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __longest: number }).__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as unknown as { __longest: number }).__longest = Math.max((window as unknown as { __longest: number }).__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  if (waitForDone) await page.waitForFunction(() => document.title.endsWith('(done)'), undefined, { timeout: 30_000 });
  await page.waitForTimeout(2500); // settle: the extension's debounced rescans finish
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const ours = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    // gate and scan are the units of work; read/analyze/map/paint are parts of a scan
    // gate and slices are our synchronous pieces of work; a scan spans several slices with the page running between
    const measures = performance.getEntriesByType('measure').filter((m) => m.name === 'pardon-check:gate' || m.name === 'pardon-check:slice');
    const scans = performance.getEntriesByType('measure').filter((m) => m.name === 'pardon-check:scan');
    return {
      total: measures.reduce((n, m) => n + m.duration, 0),
      longest: measures.reduce((n, m) => Math.max(n, m.duration), 0),
      scans: scans.length,
      firstMarks: scans.length ? scans[0].startTime + scans[0].duration - nav.domContentLoadedEventEnd : null,
      slices: measures.length,
      longestTask: (window as unknown as { __longest: number }).__longest,
    };
  });
  await page.close();
  return {
    scriptMs: metrics.ScriptDuration * 1000,
    layoutMs: metrics.LayoutDuration * 1000,
    styleMs: metrics.RecalcStyleDuration * 1000,
    taskMs: metrics.TaskDuration * 1000,
    heapMb: metrics.JSHeapUsedSize / 1048576,
    ourTotalMs: ours.total,
    ourLongestMs: ours.longest,
    scans: ours.scans,
    marksAfterLoadMs: ours.firstMarks,
    longestTaskMs: ours.longestTask,
    slices: ours.slices,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f1 = (x: number) => x.toFixed(1);

async function browserBench(): Promise<void> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    const html = PAGES[name];
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(html ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const withExt = await launchChromium();
  const without = await launchChromium({ extension: false });
  console.log(`\n1. Headless Chromium, median of ${RUNS} loads each (main-thread task time from CDP Performance.getMetrics)\n`);
  console.log(`${'page'.padEnd(36)} ${'page ms'.padStart(8)} ${'extra ms'.padStart(9)} ${'extra'.padStart(7)} ${'ours ms'.padStart(8)} ${'longest'.padStart(8)} ${'scans'.padStart(6)} ${'heap +MB'.padStart(9)} ${'marks after DCL'.padStart(16)}${'slices'.padStart(7)}`);
  for (const name of Object.keys(PAGES).filter((n) => !process.env.BENCH_ONLY || n.startsWith(process.env.BENCH_ONLY))) {
    const url = `${origin}/${encodeURIComponent(name)}`;
    const scroll = name.startsWith('infinite');
    const a: Sample[] = [];
    const b: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      b.push(await measure(without, url, scroll));
      a.push(await measure(withExt, url, scroll));
    }
    const base = median(b.map((s) => s.taskMs));
    const extra = median(a.map((s) => s.taskMs)) - base;
    const marks = a.map((s) => s.marksAfterLoadMs).filter((x): x is number => x !== null);
    console.log(`${name.padEnd(36)} ${f1(base).padStart(8)} ${f1(extra).padStart(9)} ${`${f1((extra / base) * 100)}%`.padStart(7)} ${f1(median(a.map((s) => s.ourTotalMs))).padStart(8)} ${f1(median(a.map((s) => s.ourLongestMs))).padStart(8)} ${String(median(a.map((s) => s.scans))).padStart(6)} ${f1(median(a.map((s) => s.heapMb)) - median(b.map((s) => s.heapMb))).padStart(9)} ${(marks.length ? `${f1(median(marks))} ms` : '—').padStart(16)}${String(median(a.map((s) => s.slices))).padStart(7)}   +script ${f1(median(a.map((s) => s.scriptMs)) - median(b.map((s) => s.scriptMs)))} +layout ${f1(median(a.map((s) => s.layoutMs)) - median(b.map((s) => s.layoutMs)))} +style ${f1(median(a.map((s) => s.styleMs)) - median(b.map((s) => s.styleMs)))}`);
  }
  console.log('\n   ours = the extension\'s own measured work (gate + scans, performance.measure); longest = its longest single piece;');
  console.log('   extra = difference in total main-thread task time with and without the extension (noisy on small pages).');
  await withExt.close();
  await without.close();
  server.close();
}

// ---------- engine alone ----------
function engineBench(): void {
  const pages = readdirSync(corpusDir).filter((f) => /\.(txt|html)$/.test(f)).map((f) => loadCorpusPage(join(corpusDir, f)));
  const text = pages.map((p) => p.text).join('\n');
  const time = (work: () => void, repeat: number) => {
    work();
    const start = performance.now();
    for (let i = 0; i < repeat; i++) work();
    return (performance.now() - start) / repeat;
  };
  const engineMs = time(() => pages.forEach((p) => analyzePage({ text: p.text, published: p.published, hasHeadline: p.hasHeadline }, bundledKnowledge)), 20);
  const regexMs = time(() => pages.forEach((p) => p.text.match(/\d+/g)), 20);
  const kb = text.length / 1024;
  console.log(`\n2. Engine alone (Node ${process.version}), corpus of ${pages.length} pages, ${f1(kb)} KB of text`);
  console.log(`   engine: ${f1(engineMs)} ms (${f1(kb / (engineMs / 1000) / 1024)} MB/s)   baseline /\\d+/g scan: ${(regexMs).toFixed(3)} ms   ratio ${f1(engineMs / regexMs)}×`);
  console.log('   growth with size (one page made of the corpus repeated n times, dated inside the KB window):');
  for (const n of [1, 4, 16, 64]) {
    const big = Array.from({ length: n }, () => text).join('\n');
    const ms = time(() => analyzePage({ text: big, published: '2024-12-30', hasHeadline: true }, bundledKnowledge), n > 16 ? 2 : 5);
    console.log(`     ×${String(n).padEnd(3)} ${f1(big.length / 1024).padStart(8)} KB  ${f1(ms).padStart(8)} ms  ${(ms / (big.length / 1024)).toFixed(3)} ms/KB`);
  }
}

// ---------- sizes ----------
function sizes(): void {
  const out = join(root, '.output');
  const kbOf = (path: string) => `${f1(statSync(path).size / 1024)} kB`;
  const chrome = join(out, 'chrome-mv3');
  const popupChunk = readdirSync(join(chrome, 'chunks')).find((f) => f.startsWith('popup'))!;
  console.log('\n3. Bundle sizes (chrome-mv3, minified)');
  console.log(`   content script ${kbOf(join(chrome, 'content-scripts/content.js'))} · background ${kbOf(join(chrome, 'background.js'))} · popup ${kbOf(join(chrome, 'chunks', popupChunk))} · KB (kb.json) ${kbOf(join(root, 'knowledge/kb.json'))}`);
  const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
  if (zips.length) console.log(`   zips: ${zips.map((z) => `${z} ${kbOf(join(out, z))}`).join(' · ')}`);
  else console.log('   zips: run `npm run zip` first');
}

engineBench();
sizes();
await browserBench();
