/**
 * `npm run bench`: what the extension costs. A benchmark that prints figures; it asserts nothing.
 *  1. In headless Chromium, three browsers taking turns on the same page: one with Pardon Check (the bench
 *     build), two with an extension whose content script is empty (same matches, document_idle). Per row,
 *     BENCH_RUNS rounds of one load in each; the extra is the median of the paired ratios ours/empty of all
 *     the page's main-thread time (every cause: CDP Performance.getMetrics, wall-clock task time and the
 *     main thread's CPU time), with a distribution-free 95 % interval (sign test); the second empty
 *     browser against the first is the A/A row, the same statistic where nothing differs. Then where the
 *     extra goes (traced loads, self time by cause), our own measured work, and the first answer after the
 *     service worker was stopped.
 *  2. The engine alone in Node: throughput over the corpus against a plain digit scan, and growth with size.
 *  3. Bundle and zip sizes.
 * Needs the bench build (`npm run bench` makes it, and the shipped build for the sizes) and Debian's chromium.
 * BENCH_RUNS (rounds per row, default 15), BENCH_TRACES (traced loads per browser and row, default 2),
 * BENCH_COLD (cold starts, default 5), BENCH_ROWS=all (the bare pages too), BENCH_ONLY=prefix,
 * BENCH_MEMORY_RUNS (loads per browser of the ×16 live blog for the checker's heap, default 5; 0 skips),
 * BENCH_MEMORY_TABS (tabs of topic pages opened for the background's heap, default 40; 0 skips),
 * BENCH_PROFILE=n (n more loads of ours per row under V8's sampling profiler: our functions' self time; build
 * with BENCH_UNMINIFIED=1 for readable names),
 * BENCH_AGAINST=dir (the third browser runs that unpacked build instead of the empty extension: its A/A column
 * becomes that build against the empty one, and each row also prints ours against it, paired: two builds compared
 * load by load), BENCH_TRACE_DIR=dir (keep the traces, for DevTools' Performance panel), BENCH_BUILD=dir (another unpacked
 * Chromium build in place of .output/bench/chrome-mv3, to compare builds), BENCH_NO_MARKS=1 (the "no marks"
 * setting in our browser: what the marks cost).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { analyzePage } from '../extension/engine/analyze';
import { defaultSettings, SETTINGS_KEY } from '../extension/settings/settings';
import { bundledKnowledge } from '../extension/engine/bundledKnowledge';
import { BENCH_CHROME_BUILD, launchChromium, tabIdOf, type ChromiumSession } from '../tests/e2e/chromium';
import { watchServiceWorker } from '../tests/e2e/serviceWorkerControl';
import { loadCorpusPage } from './evaluate';

/** The extension APIs, as seen inside the service worker where the bench evaluates code. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, 'tests/corpus');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TRACES = Number(process.env.BENCH_TRACES ?? 2);
const COLD = Number(process.env.BENCH_COLD ?? 5);
/** loads per browser of the ×16 live blog for the checker's heap; tabs opened for the background's heap (0: no memory section) */
const MEMORY_RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? 5);
const MEMORY_TABS = Number(process.env.BENCH_MEMORY_TABS ?? 40);
/** BENCH_PROFILE=n: n loads per row of ours under the sampling profiler, our functions' self and inclusive time printed */
const PROFILE_LOADS = Number(process.env.BENCH_PROFILE ?? 0);
/** BENCH_AGAINST=dir: another build of ours in the third browser, compared with ours load by load */
const AGAINST = process.env.BENCH_AGAINST ? (() => {
  const copy = mkdtempSync(join(tmpdir(), 'pardon-check-against-'));
  cpSync(process.env.BENCH_AGAINST!, copy, { recursive: true });
  return copy;
})() : null;
/** after the load event: the checker's first scan, its marks and their paint are done well within this */
const SETTLE_MS = 1000;

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

/**
 * Pardons and political prisoners in other countries (our own sentences): the topic's words without
 * Belarus, the news readers meet far more often than the topic itself.
 */
const otherPardonSentences = [
  'The president pardoned 1,500 people charged over the riot at the Capitol within hours of taking office.',
  'Rights monitors in Nicaragua counted 135 political prisoners put on a plane and stripped of their citizenship.',
  "Iran's judiciary announced clemency for 2,000 convicts on the anniversary, though lawyers said few political detainees were among them.",
  'A pardon decree in Azerbaijan covered 154 people, including 9 reporters held since last winter.',
  'Moscow and Washington exchanged 26 prisoners on an airport runway in August, the largest swap in decades.',
  'A departing governor commuted 17 death sentences to life terms, citing doubts about the evidence.',
  'Lawyers for 42 political prisoners in Venezuela asked a court to release them after 18 months without trial.',
  'An amnesty in Myanmar freed 5,864 inmates, among them 114 foreigners, state television reported.',
  'Campaigners in Egypt said 30 prisoners of conscience were released but 70 more were arrested the same month.',
  'The king granted clemency to 2,476 people to mark the holiday, the palace said in a statement.',
];

function layout(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="date" content="2024-12-30"></head>`
    + `<body><nav><a href="#">Home</a> <a href="#">World</a></nav><main><h1>${title}</h1>${body}</main><footer>© 2024</footer>${script}</body></html>`;
}

/** A live-blog entry's time of day, spread over the morning. */
const entryTime = (i: number) => `${String(8 + (i % 12)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;

function liveBlog(copies: number): string {
  const entries: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const [i, report] of topicalReports.entries()) {
      const paragraphs = report.text.split('\n').map((line) => `<p>${escape(line)}</p>`).join('');
      entries.push(`<article class="entry"><time>${entryTime(i)}</time>${paragraphs}</article>`);
    }
  }
  return layout('Live: Belarus pardons political prisoners', entries.join('\n'));
}

/**
 * The weight a news site gives a page: a site stylesheet (about 30 kB, generated), header and
 * navigation, share bars with icons, images, a sidebar of teasers, a footer of links. The bare pages
 * above are the cheapest a page can be, so a fixed cost per page shows there at its largest share; the
 * same content in this shell shows it at a realistic one. No page script of its own beyond what the
 * page needs: the frameworks, ads and analytics real sites run would only add to the page's time, and
 * we do not invent them.
 */
const newsSite = (() => {
  const parts = ['header', 'masthead', 'nav', 'trending', 'entry', 'entry-meta', 'byline', 'share', 'figure', 'caption', 'teaser', 'rail', 'footer', 'newsletter', 'tag', 'card'];
  const rules: string[] = ['*,*::before,*::after{box-sizing:border-box}', 'body{margin:0;font:17px/1.55 Georgia,serif;color:#1a1a1a;background:#fafafa}', '.page{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px;max-width:1200px;margin:0 auto;padding:0 16px}', 'img{max-width:100%;height:auto;display:block}',
    'header.header{flex-wrap:wrap;align-items:center;background:#fff;padding:12px 16px}', 'ul{display:flex;flex-wrap:wrap;gap:6px 14px;list-style:none;margin:0;padding:0}', 'main h1{font:700 34px/1.15 Helvetica,Arial,sans-serif}',
    '.header,.share,.entry-meta{display:flex;gap:8px}', '.share button{display:inline-flex;align-items:center;gap:4px}'];
  for (const [i, part] of parts.entries()) {
    for (const variant of ['', '--large', '--compact', '--dark', '--featured']) {
      const c = `.${part}${variant}`;
      rules.push(`${c}{gap:${i % 5}px;padding:${i % 4 * 4}px ${i % 3 * 8}px;margin:0 0 ${i % 6 * 4}px;border-bottom:1px solid rgba(0,0,0,.${i % 9 + 1});font-size:${14 + (i % 5)}px}`);
      rules.push(`${c} a{color:#${(0x204080 + i * 4099).toString(16).slice(0, 6)};text-decoration:none}`, `${c} a:hover,${c} a:focus-visible{text-decoration:underline;outline:2px solid currentColor}`);
      rules.push(`${c}>h2,${c}>h3{font:700 ${18 + i % 6}px/1.2 Helvetica,Arial,sans-serif;margin:0 0 8px;letter-spacing:-.01em}`, `${c}::before{content:"";display:${i % 2 ? 'none' : 'block'};width:24px;height:3px;background:#c00}`);
      rules.push(`${c} p:first-of-type{margin-top:0}`, `${c} time{font:600 13px/1 Helvetica,Arial,sans-serif;color:#666;text-transform:uppercase}`, `${c} button{font:inherit;border:1px solid #ccc;border-radius:16px;padding:4px 10px;background:#fff;cursor:pointer}`);
      rules.push(`@media (max-width:${720 + i * 20}px){${c}{padding:${i % 3 * 4}px;font-size:${13 + i % 3}px}${c} .rail{display:none}}`);
    }
  }
  const icon = (n: number) => `<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 ${n % 8 + 2}h12v2H2z M${n % 10 + 2} 2v12h2V2z"/></svg>`;
  const image = (n: number) => `<img width="640" height="360" alt="" src="data:image/svg+xml,${encodeURIComponent(`<svg xmlns='http://www.w3.org/2000/svg' width='640' height='360'><rect width='640' height='360' fill='#${(0x556677 + n * 2731).toString(16).slice(0, 6)}'/></svg>`)}">`;
  const links = (n: number, label: string) => Array.from({ length: n }, (_, i) => `<li><a href="#${label}-${i}">${label} ${i + 1}</a></li>`).join('');
  const shareBar = (n: number) => `<div class="share">${['Share', 'Post', 'Email', 'Copy link'].map((label, k) => `<button type="button">${icon(n + k)} ${label}</button>`).join('')}</div>`;
  const teasers = Array.from({ length: 15 }, (_, i) => `<div class="teaser card">${image(100 + i)}<h3><a href="#t${i}">Other story ${i + 1}</a></h3><p>A short summary of another story on the site.</p></div>`).join('');
  return {
    /** a live-blog entry: time, byline, a photo on every fourth, the paragraphs, a share bar */
    entry(i: number, paragraphs: string): string {
      const figure = i % 4 === 0 ? `<figure class="figure">${image(i)}<figcaption class="caption">Photo ${i + 1}</figcaption></figure>` : '';
      return `<article class="entry entry--${i % 3 ? 'compact' : 'featured'}"><div class="entry-meta"><time>${entryTime(i)}</time> <span class="byline">Staff reporter</span></div>${figure}${paragraphs}${shareBar(i)}</article>`;
    },
    shareBar,
    page(title: string, main: string, script = ''): string {
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="date" content="2024-12-30"><style>${rules.join('\n')}</style></head>`
        + `<body><header class="header masthead"><a href="#" class="logo">${icon(99)} The Daily Example</a><nav class="nav"><ul>${links(40, 'Section')}</ul></nav><div class="trending"><ul>${links(8, 'Trending')}</ul></div></header>`
        + `<div class="page"><main><h1>${title}</h1>${main}</main><aside class="rail">${teasers}</aside></div>`
        + `<footer class="footer"><div class="newsletter"><p>Sign up for the morning briefing.</p><button type="button">Sign up</button></div><ul>${links(60, 'About')}</ul></footer>${script}</body></html>`;
    },
  };
})();

function liveBlogOnNewsSite(): string {
  const entries = topicalReports.map((report, i) => newsSite.entry(i, report.text.split('\n').map((line) => `<p>${escape(line)}</p>`).join('')));
  return newsSite.page('Live: Belarus pardons political prisoners', entries.join('\n'));
}

/**
 * The page most readers meet: one report as a news site's article (meta line, photo, body, share bar), with
 * the site's "more news" cards and a comment thread below it in the same shell. The comments and cards are
 * our own words, off the topic.
 */
function articleOnNewsSite(): string {
  const report = topicalReports[0];
  const body = report.text.split('\n').map((line) => `<p>${escape(line)}</p>`).join('');
  const more = Array.from({ length: 30 }, (_, i) => `<div class="card teaser--compact"><h3><a href="#m${i}">More news ${i + 1}</a></h3><p>A summary of another story from the site's other sections.</p><time>${entryTime(i)}</time></div>`).join('');
  const comments = Array.from({ length: 40 }, (_, i) => `<div class="comment tag"><p class="byline">Reader ${i + 1} <time>${entryTime(i)}</time></p><p>${['Thanks for the report.', 'Is there an update on this?', 'Good to see this covered.', 'Where can I read more?'][i % 4]}</p>${newsSite.shareBar(i)}</div>`).join('');
  const article = `<article class="story"><div class="entry-meta"><time>${entryTime(0)}</time> <span class="byline">Staff reporter</span></div>`
    + `<figure class="figure"><figcaption class="caption">Photo</figcaption></figure><div class="article-body">${body}</div>${newsSite.shareBar(0)}</article>`;
  return newsSite.page('Belarus pardons political prisoners', `${article}<section class="more"><h2>More news</h2>${more}</section><section class="comments"><h2>Comments</h2>${comments}</section>`);
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

/** The same feed in a news site's layout: each burst of 25 paragraphs arrives as an entry with its share bar. */
function infiniteScrollOnNewsSite(): string {
  const lines = topicalReports.flatMap((r) => r.text.split('\n'));
  const script = `<script>
    const lines = ${JSON.stringify(lines)};
    const share = ${JSON.stringify(newsSite.shareBar(0))};
    let burst = 0, n = 0;
    const timer = setInterval(() => {
      const entry = document.createElement('article');
      entry.className = 'entry entry--compact';
      entry.innerHTML = '<div class="entry-meta"><time>' + String(burst % 60).padStart(2, '0') + ':00</time> <span class="byline">Staff reporter</span></div>';
      for (let i = 0; i < 25; i++) { const p = document.createElement('p'); p.textContent = lines[n++ % lines.length]; entry.append(p); }
      entry.insertAdjacentHTML('beforeend', share);
      document.querySelector('main').append(entry);
      if (++burst === 40) { clearInterval(timer); document.title += ' (done)'; }
    }, 50);
  </script>`;
  return newsSite.page('Live: Belarus pardons political prisoners', newsSite.entry(0, `<p>${escape(topicalReports[0].text.split('\n')[1])}</p>`), script);
}

/** An article of many paragraphs in the news site's shell: meta line, share bars, a photo every 40 paragraphs. */
function newsArticle(title: string, sentences: string[], paragraphs: number): string {
  const body: string[] = [`<div class="entry-meta"><time>09:30</time> <span class="byline">Staff reporter</span></div>${newsSite.shareBar(0)}`];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 40 === 39) body.push(`<figure class="figure"><img width="640" height="360" alt=""><figcaption class="caption">Photo ${i + 1}</figcaption></figure>`);
    body.push(`<p>${escape(sentences[i % sentences.length])} ${escape(sentences[(i * 3 + 1) % sentences.length])}</p>`);
  }
  body.push(newsSite.shareBar(1));
  return newsSite.page(title, `<article class="entry">${body.join('\n')}</article>`);
}

interface Row {
  html: string;
  /** the page's own script says "(done)" in its title when it has finished changing */
  waitForDone?: boolean;
}

/** The rows with targets (issue 20): pages with a news site's weight. */
const ROWS: Record<string, Row> = {
  'off-topic, 800 paragraphs': { html: newsArticle('City news: budget, trains and football', offTopicSentences, 800) },
  "other countries' pardons, 800 paragraphs": { html: newsArticle('Pardons and prisoners around the world', otherPardonSentences, 800) },
  'news article, 1 report, with cards and comments': { html: articleOnNewsSite() },
  'live blog, 40 reports': { html: liveBlogOnNewsSite() },
  'infinite-scroll feed, +1,000 paragraphs': { html: infiniteScrollOnNewsSite(), waitForDone: true },
};
/** BENCH_ROWS=all: the bare pages (worst cases, without a target). */
const MORE_ROWS: Record<string, Row> = {
  'bare: off-topic, 4,000 paragraphs': { html: offTopic(4000) },
  'bare: live blog, 40 reports': { html: liveBlog(1) },
  'bare: live blog ×16 (640 reports)': { html: liveBlog(16) },
  'bare: infinite scroll': { html: infiniteScroll(), waitForDone: true },
};
const PAGES: Record<string, Row> = { ...ROWS, ...(process.env.BENCH_ROWS === 'all' ? MORE_ROWS : {}) };
/** The memory section's page (the checker's heap), served whatever the rows. */
const MEMORY_PAGE = 'memory: bare live blog ×16 (640 reports)';
const SERVED: Record<string, Row> = { ...ROWS, ...MORE_ROWS, [MEMORY_PAGE]: { html: liveBlog(16) } };

// ---------- browser measurements ----------
/** ours: the bench build; empty and empty2: the same empty extension in two browsers (the A/A pair). */
const CONFIGS = ['empty', 'ours', 'empty2'] as const;
type Config = (typeof CONFIGS)[number];

interface Load {
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

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { url?: string }; beginData?: { url?: string } } }

const TRACE_CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8,disabled-by-default-v8.gc';

let origin = '';

/** One load of `path` in a fresh tab: a blank page of the same site first, so the counters start in the page's own renderer. */
async function load(session: ChromiumSession, path: string, options: { waitForDone?: boolean; trace?: boolean; profile?: ProfileTimes } = {}): Promise<Load> {
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

/** Time (ms) in our scripts' functions, summed over profiled loads: "function file:line" → self time, "total: function file:line" → inclusive time. */
type ProfileTimes = Map<string, number>;

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Adds a sampled CPU profile's self time of functions in extension scripts (and the GC row); `total:` keys hold inclusive time. */
function addProfileTimes(into: ProfileTimes, profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (!url.startsWith('chrome-extension://')) return functionName === '(garbage collector)' ? functionName : null;
    return `${functionName || '(anonymous)'} ${url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${lineNumber + 1}`;
  };
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i++) {
    const ms = (timeDeltas[i + 1] ?? 0) / 1000;
    const self = keyOf(samples[i]);
    if (self) into.set(self, (into.get(self) ?? 0) + ms);
    // inclusive: each function on the sample's stack once
    const seen = new Set<string>();
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const key = keyOf(id);
      if (!key || key === '(garbage collector)' || seen.has(key)) continue;
      seen.add(key);
      into.set(`total: ${key}`, (into.get(`total: ${key}`) ?? 0) + ms);
    }
  }
}

function printProfile(name: string, times: ProfileTimes, loads: number): void {
  const self = [...times].filter(([k]) => !k.startsWith('total: '));
  const total = self.filter(([k]) => k !== '(garbage collector)').reduce((n, [, ms]) => n + ms, 0);
  console.log(`\n   CPU profile, ${name}: ${loads} load(s) of ours, sampled every 50 µs; self time per load in our scripts ${f1(total / loads)} ms`);
  for (const [key, ms] of self.sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`     ${(ms / loads).toFixed(2).padStart(6)} ms  ${key}`);
  console.log('   inclusive (the function and what it called, native DOM and style work included):');
  const inclusive = [...times].filter(([k]) => k.startsWith('total: ')).sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [key, ms] of inclusive) console.log(`     ${(ms / loads).toFixed(2).padStart(6)} ms  ${key.slice(7)}`);
}

// ---------- where the time goes, from a trace ----------
const CAUSES = ['script', 'style', 'layout', 'paint', 'parse', 'gc', 'ipc', 'other'] as const;
type Cause = (typeof CAUSES)[number];

function causeOf(name: string): Cause {
  if (/GC|^BlinkGC|^CppGC|^V8\.GC/i.test(name)) return 'gc';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc|ScheduleStyleRecalculation|SelectorStats|StyleInvalidat)/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout|ComputeIntersections|IntersectionObserver|HitTest|LayoutShift)/.test(name)) return 'layout';
  if (/^(PrePaint|Paint|Layerize|Commit|UpdateLayer|CompositeLayers|Decode|Raster|ImageDecode|LocalFrameView::RunPostLifecycleSteps|Animation|HighlightRegistry)/.test(name)) return 'paint';
  // promise continuations run in the microtask checkpoint, which the trace does not split by script
  if (/^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|TimerFire|EventDispatch|FireAnimationFrame|FireIdleCallback|CompileScript|CompileCode|CompileModule|EvaluateModule|CacheScript|MutationObserver)/.test(name)) return 'script';
  if (/^(ParseHTML|Resource|ParseScript)/.test(name)) return 'parse';
  // messages between the page's renderer and the browser: extension messaging, injected scripts and styles
  if (/mojo|IPC/i.test(name)) return 'ipc';
  return 'other';
}

interface Causes {
  /** the page's main thread, top-level tasks: CPU ms where the trace has thread time */
  mainMs: number;
  /** self time by cause */
  byCause: Record<Cause, number>;
  /** self time by event name */
  byName: Record<string, number>;
  /** self time inside our scripts (what they ran and made the browser do synchronously), by cause */
  inOurScript: Record<Cause, number>;
  /** whole top-level tasks that ran script of ours, and the longest (wall clock) */
  ourTasksMs: number;
  ourLongestTaskMs: number;
  /** the same load's CPU time as Performance.getMetrics counts it, for comparison with mainMs */
  metricCpuMs?: number;
}

const zero = (): Record<Cause, number> => Object.fromEntries(CAUSES.map((c) => [c, 0])) as Record<Cause, number>;

/** Self time of the page's main-thread events, by cause; thread (CPU) time where the trace has it, wall time elsewhere. */
function causes(events: TraceEvent[], url: string): Causes {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const onMain = events.filter((e) => parse && e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((x, y) => x.ts - y.ts || y.dur! - x.dur!);
  const time = (e: TraceEvent) => (e.tdur ?? e.dur!) / 1000;
  const isOurs = (e: TraceEvent) => Boolean(e.args?.data?.url?.startsWith('chrome-extension://'));
  const out: Causes = { mainMs: 0, byCause: zero(), byName: {}, inOurScript: zero(), ourTasksMs: 0, ourLongestTaskMs: 0 };
  interface Open { e: TraceEvent; end: number; children: number; ours: boolean; top: Open }
  const stack: Open[] = [];
  const tops = new Map<Open, boolean>();
  const close = (open: Open) => {
    const self = Math.max(0, time(open.e) - open.children);
    const cause = causeOf(open.e.name);
    out.byCause[cause] += self;
    out.byName[open.e.name] = (out.byName[open.e.name] ?? 0) + self;
    if (open.ours) {
      out.inOurScript[cause] += self;
      tops.set(open.top, true);
    }
  };
  for (const e of onMain) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) close(stack.pop()!);
    const parent = stack[stack.length - 1];
    if (parent) parent.children += time(e);
    const open: Open = { e, end: e.ts + e.dur!, children: 0, ours: isOurs(e) || Boolean(parent?.ours), top: undefined as unknown as Open };
    open.top = parent ? parent.top : open;
    if (!parent) {
      out.mainMs += time(e);
      tops.set(open, false);
    }
    stack.push(open);
  }
  while (stack.length) close(stack.pop()!);
  for (const [top, ours] of tops) {
    if (!ours) continue;
    out.ourTasksMs += top.e.dur! / 1000;
    out.ourLongestTaskMs = Math.max(out.ourLongestTaskMs, top.e.dur! / 1000);
  }
  return out;
}

// ---------- statistics ----------
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomialCdf(k: number, n: number): number {
  let term = 0.5 ** n;
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += term;
    term *= (n - i) / (i + 1);
  }
  return sum;
}

/**
 * The median of the values with a distribution-free interval (the sign test inverted): between the k-th
 * smallest and the k-th largest, k the largest rank that keeps the coverage at 95 % or more. It assumes
 * nothing of the spread's shape, only that the pairs are independent.
 */
function medianInterval(xs: number[]): { median: number; lo: number; hi: number; rank: number; coverage: number } {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  let k = 1;
  while (k + 1 <= n / 2 && 1 - 2 * binomialCdf(k, n) >= 0.95) k++;
  return { median: median(s), lo: s[k - 1], hi: s[n - k], rank: k, coverage: 1 - 2 * binomialCdf(k - 1, n) };
}

const f1 = (x: number) => x.toFixed(1);
const signed = (x: number, digits = 1) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;
/** a ratio as a signed percentage */
const pc = (ratio: number) => `${signed((ratio - 1) * 100)} %`;
const interval = (ratios: number[]) => {
  const { median: m, lo, hi } = medianInterval(ratios);
  return `${pc(m)} [${signed((lo - 1) * 100)}, ${signed((hi - 1) * 100)}]`;
};
const spread = (xs: number[]) => `${f1(median(xs))} (${f1(Math.min(...xs))}–${f1(Math.max(...xs))})`;
const cols = (values: (string | number)[], widths: number[]) => values.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join(' ');

/** An unpacked extension whose only content is an empty script on every http(s) page, run when ours runs. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pardon-check-empty-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Empty content script', version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['content.js'] }],
  }));
  writeFileSync(join(dir, 'content.js'), '// nothing: the cost of being a content script\n');
  return dir;
}

interface RowResult {
  name: string;
  samples: Record<Config, Load[]>;
  traces: Record<'ours' | 'empty', Causes[]>;
}

const ratiosOf = (row: RowResult, key: 'taskMs' | 'cpuMs', of: Config, against: Config) => row.samples[of].map((s, i) => s[key] / row.samples[against][i][key]);

function printRows(rows: RowResult[]): void {
  const widths = [40, 16, 18, 18, 26, 26];
  console.log(`\n1. Headless Chromium: ${RUNS} rounds per page, one load in each of three browsers per round, their order rotating`);
  console.log(AGAINST
    ? `   extra = median of the paired ratios ours/empty [95 % interval]; "A/A" here = the build in BENCH_AGAINST (${process.env.BENCH_AGAINST}) against empty\n`
    : '   extra = median of the paired ratios ours/empty [95 % interval]; A/A = the same for the second empty browser\n');
  console.log(cols(['page', 'all main thread', 'empty: ms (range)', 'ours: ms (range)', 'extra [95 %]', 'A/A [95 %]'], widths));
  for (const row of rows) {
    for (const [key, label] of [['cpuMs', 'CPU time'], ['taskMs', 'tasks, wall']] as const) {
      console.log(cols([
        key === 'cpuMs' ? row.name : '', label, spread(row.samples.empty.map((s) => s[key])), spread(row.samples.ours.map((s) => s[key])),
        interval(ratiosOf(row, key, 'ours', 'empty')), interval(ratiosOf(row, key, 'empty2', 'empty')),
      ], widths));
    }
    if (AGAINST) console.log(cols(['', 'ours / against', '', spread(row.samples.empty2.map((s) => s.cpuMs)), interval(ratiosOf(row, 'cpuMs', 'ours', 'empty2')), '(CPU time)'], widths));
  }
  const n = rows[0]?.samples.ours.length ?? 0;
  if (n) {
    const { rank, coverage } = medianInterval(Array.from({ length: n }, (_, i) => i));
    console.log(`\n   [interval]: from the ${rank}th smallest to the ${rank}th largest of the ${n} paired ratios (the sign test inverted), coverage ${(coverage * 100).toFixed(1)} %`);
  }

  const w2 = [40, 18, 18, 18, 16, 8, 16, 12];
  console.log('\n   Direct figures (medians over the loads, range in brackets)\n');
  console.log(cols(['page', 'script, ours ms', 'script, empty ms', 'own work ms', 'longest piece', 'scans', 'marks after DCL', 'heap +MB'], w2));
  for (const row of rows) {
    const ours = row.samples.ours;
    const marks = ours.map((s) => s.marksAfterDclMs).filter((x): x is number => x !== null);
    console.log(cols([
      row.name, spread(ours.map((s) => s.scriptMs)), spread(row.samples.empty.map((s) => s.scriptMs)), spread(ours.map((s) => s.ownMs)),
      spread(ours.map((s) => s.ownLongestMs)), median(ours.map((s) => s.scans)), marks.length ? spread(marks) : '—',
      f1(median(ours.map((s) => s.heapMb)) - median(row.samples.empty.map((s) => s.heapMb))),
    ], w2));
  }
  console.log(`
   CPU time        the page's main-thread CPU time (Performance.getMetrics ThreadTime), from the navigation to
                   ${SETTLE_MS} ms after the load event: every cause (parsing, style, layout, paint, script, ours included)
   tasks, wall     the same window's main-thread task time, wall clock (TaskDuration): what the issue measured
                   first; other work on the machine stretches it, which the A/A interval shows
   script          ScriptDuration over the window: the empty browser's is the page's own (none here) and the
                   empty script's; ours adds the gate and, on topic pages, the checker
   own work        the bench build's measures of our synchronous pieces (gate, reading slices); longest = one piece
   marks after DCL from DOMContentLoaded to the end of the first scan (marks painted right after)
   heap +MB        the page's JS heap after a garbage collection, ours minus empty (our isolated world included)`);
}

function printCauses(rows: RowResult[]): void {
  if (!TRACES) return;
  console.log(`\n   Where the extra goes: ${TRACES} traced load(s) per browser and page, main-thread self time (CPU where traced) by cause, medians`);
  for (const row of rows) {
    const med = (config: 'ours' | 'empty', pick: (c: Causes) => number) => median(row.traces[config].map(pick));
    const parts = CAUSES.map((c) => `${c} ${signed(med('ours', (t) => t.byCause[c]) - med('empty', (t) => t.byCause[c]))}`);
    const names = new Set([...row.traces.ours, ...row.traces.empty].flatMap((t) => Object.keys(t.byName)));
    const top = [...names].map((name) => [name, med('ours', (t) => t.byName[name] ?? 0) - med('empty', (t) => t.byName[name] ?? 0)] as const)
      .sort((a, b) => b[1] - a[1]).slice(0, 6).filter(([, ms]) => ms >= 0.2);
    const inOurs = CAUSES.map((c) => [c, med('ours', (t) => t.inOurScript[c])] as const).filter(([, ms]) => ms >= 0.05);
    console.log(`\n   ${row.name}: main thread, traced tasks ${f1(med('empty', (t) => t.mainMs))} → ${f1(med('ours', (t) => t.mainMs))} ms (CPU time of the same loads ${f1(med('empty', (t) => t.metricCpuMs!))} → ${f1(med('ours', (t) => t.metricCpuMs!))} ms)`);
    console.log(`     extra by cause (ms): ${parts.join(', ')}`);
    console.log(`     inside our scripts: ${inOurs.map(([c, ms]) => `${c} ${f1(ms)}`).join(', ') || 'nothing'}; tasks that ran our script ${f1(med('ours', (t) => t.ourTasksMs))} ms, longest ${f1(med('ours', (t) => t.ourLongestTaskMs))} ms`);
    console.log(`     largest extra events: ${top.map(([name, ms]) => `${name} ${signed(ms)}`).join(', ') || 'none over 0.2 ms'}`);
  }
}

/** Markdown rows for the README's short table. */
function printTable(rows: RowResult[]): void {
  console.log('\n   For the README (CPU time, all causes; wall-clock tasks in brackets):\n');
  console.log('   | page | extra main-thread time, all causes [95 %] | A/A [95 %] | our own work (gate, reading) |');
  console.log('   |---|---|---|---|');
  for (const row of rows) {
    const own = median(row.samples.ours.map((s) => s.ownMs));
    console.log(`   | ${row.name} | ${interval(ratiosOf(row, 'cpuMs', 'ours', 'empty'))} (wall ${interval(ratiosOf(row, 'taskMs', 'ours', 'empty'))}) | ${interval(ratiosOf(row, 'cpuMs', 'empty2', 'empty'))} (wall ${interval(ratiosOf(row, 'taskMs', 'empty2', 'empty'))}) | ${f1(own)} ms |`);
  }
}

/**
 * The first answer after Chrome stopped the service worker, against the same with it running: a page that
 * changes (the checker's rescan asks the engine, and its message starts the worker), the popup on an open
 * page, and a page loaded afresh (the tab's navigation starts the worker before the gate asks: the
 * background listens to tabs.onUpdated).
 */
async function coldStart(session: ChromiumSession, path: string): Promise<void> {
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
async function memory(sessions: Record<Config, ChromiumSession>): Promise<void> {
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

async function browserBench(): Promise<void> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    const html = name === 'blank' ? '<!doctype html><title>blank</title>' : SERVED[name]?.html;
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(html ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // the end-to-end tests rebuild .output whenever they run: measure a copy that cannot change mid-run
  const ours = mkdtempSync(join(tmpdir(), 'pardon-check-bench-'));
  cpSync(process.env.BENCH_BUILD ?? BENCH_CHROME_BUILD, ours, { recursive: true });
  const empty = emptyExtension();
  const sessions: Record<Config, ChromiumSession> = {
    empty: await launchChromium({ extensionPath: empty }),
    // the bench build: the shipped extension plus timings of our work in the page's timeline (see measure.ts)
    ours: await launchChromium({ extensionPath: ours }),
    empty2: await launchChromium({ extensionPath: AGAINST ?? empty }),
  };
  // BENCH_NO_MARKS=1: the reader's "no marks" setting (results in the popup only), to tell the marks' share
  if (process.env.BENCH_NO_MARKS === '1') {
    await sessions.ours.worker.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [SETTINGS_KEY, { ...defaultSettings(), noMarks: true }] as const);
  }
  const rows: RowResult[] = [];
  const profiles: (() => void)[] = [];
  const started = performance.now();
  const names = Object.keys(PAGES).filter((n) => !process.env.BENCH_ONLY || n.startsWith(process.env.BENCH_ONLY));
  for (const name of names) {
    const { waitForDone } = PAGES[name];
    const row: RowResult = { name, samples: { empty: [], ours: [], empty2: [] }, traces: { ours: [], empty: [] } };
    // one load each first, not counted: the first load of a page compiles and caches what the others reuse
    for (const config of CONFIGS) await load(sessions[config], name, { waitForDone });
    for (let i = 0; i < RUNS; i++) {
      const order = CONFIGS.map((_, k) => CONFIGS[(i + k) % CONFIGS.length]);
      for (const config of order) row.samples[config].push(await load(sessions[config], name, { waitForDone }));
    }
    for (let i = 0; i < TRACES; i++) {
      for (const config of (i % 2 ? ['empty', 'ours'] : ['ours', 'empty']) as ('ours' | 'empty')[]) {
        const traced = await load(sessions[config], name, { waitForDone, trace: true });
        if (process.env.BENCH_TRACE_DIR) {
          mkdirSync(process.env.BENCH_TRACE_DIR, { recursive: true });
          writeFileSync(join(process.env.BENCH_TRACE_DIR, `${name.replace(/[^a-z0-9]+/gi, '-')}-${config}-${i + 1}.json`), JSON.stringify({ traceEvents: traced.trace }));
        }
        row.traces[config].push({ ...causes(traced.trace!, `${origin}/${encodeURIComponent(name)}`), metricCpuMs: traced.cpuMs });
      }
    }
    if (PROFILE_LOADS) {
      const times: ProfileTimes = new Map();
      for (let i = 0; i < PROFILE_LOADS; i++) await load(sessions.ours, name, { waitForDone, profile: times });
      profiles.push(() => printProfile(name, times, PROFILE_LOADS));
    }
    rows.push(row);
    process.stderr.write(`  measured: ${name} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  printRows(rows);
  printCauses(rows);
  printTable(rows);
  for (const print of profiles) print();
  const topic = names.find((n) => n.startsWith('live blog'));
  if (topic) await coldStart(sessions.ours, topic);
  await memory(sessions);
  for (const session of Object.values(sessions)) await session.close();
  rmSync(empty, { recursive: true, force: true });
  rmSync(ours, { recursive: true, force: true });
  if (AGAINST) rmSync(AGAINST, { recursive: true, force: true });
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
  const deskChunk = readdirSync(join(chrome, 'chunks')).find((f) => f.startsWith('draft'))!;
  console.log('\n3. Bundle sizes (chrome-mv3, minified)');
  console.log(`   content script ${kbOf(join(chrome, 'content-scripts/content.js'))} · background ${kbOf(join(chrome, 'background.js'))} · popup ${kbOf(join(chrome, 'chunks', popupChunk))} · desk (draft.html) ${kbOf(join(chrome, 'chunks', deskChunk))} · KB (kb.json) ${kbOf(join(root, 'knowledge/kb.json'))}`);
  const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
  if (zips.length) console.log(`   zips: ${zips.map((z) => `${z} ${kbOf(join(out, z))}`).join(' · ')}`);
  else console.log('   zips: run `npm run zip` first');
}

await browserBench();
engineBench();
sizes();
