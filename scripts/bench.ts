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
 *  2. The engine alone in Node (scripts/bench/engine.ts; alone: `npm run bench:engine`): throughput over the corpus
 *     against a plain digit scan, growth with size, and adversarial text in three languages up to 2,000,000 characters.
 *  3. Bundle and zip sizes.
 * The parts live in scripts/bench/: pages (what is loaded), browsers (how a load is measured), trace (where its time
 * goes), statistics (medians and intervals), report (what is printed), engine (the engine alone).
 * Needs the bench build (`npm run bench` makes it, and the shipped build for the sizes) and Debian's chromium.
 * BENCH_RUNS (rounds per row, default 15), BENCH_TRACES (traced loads per browser and row, default 2),
 * BENCH_COLD (cold starts, default 5), BENCH_ENGINE=0 (skip the engine alone and the sizes), BENCH_ENGINE_BUILD=source
 * (the engine alone timed from its sources under tsx, not as shipped), BENCH_ROWS=all (the bare pages too), BENCH_ONLY=prefix[,prefix…],
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
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings, SETTINGS_KEY } from '../extension/settings/settings';
import { BENCH_CHROME_BUILD, launchChromium, type ChromiumSession } from '../tests/e2e/chromium';
import { CONFIGS, coldStart, emptyExtension, load, memory, servePages, type Config } from './bench/browsers';
import { engineBench } from './bench/engine';
import { AGAINST, PROFILE_LOADS, RUNS, TRACES } from './bench/options';
import { PAGES, SERVED } from './bench/pages';
import { printCauses, printProfile, printRows, printTable, sizes, type RowResult } from './bench/report';
import { causes, type ProfileTimes } from './bench/trace';

/** The extension APIs, as seen inside the service worker where the bench evaluates code. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

async function browserBench(): Promise<void> {
  const server = await servePages(SERVED);
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
  // BENCH_ONLY=news,live: the rows starting with any of these
  const only = process.env.BENCH_ONLY?.split(',').filter(Boolean) ?? [];
  const names = Object.keys(PAGES).filter((n) => !only.length || only.some((prefix) => n.startsWith(prefix)));
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
        row.traces[config].push({ ...causes(traced.trace!, `${server.origin}/${encodeURIComponent(name)}`), metricCpuMs: traced.cpuMs });
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

await browserBench();
// BENCH_ENGINE=0: the browser rows only (a targeted run comparing builds needs neither the engine nor the sizes)
if (process.env.BENCH_ENGINE !== '0') {
  await engineBench();
  sizes();
}
