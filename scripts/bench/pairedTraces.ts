/**
 * `npx tsx scripts/bench/pairedTraces.ts`: where two or more builds differ, by cause. Every round loads one bench row
 * once in each build's browser, traced, their order rotating; prints each cause's main-thread self time (style,
 * layout, paint, script…, as trace.ts sorts the trace's events) and the paired differences against the first
 * build with the sign test's 95 % interval, the loads with a major GC, and the events whose time differs most.
 * A piece of 2-5 ms that the page's whole CPU time cannot resolve on a busy machine often shows here, as each
 * cause leaves out the noise of the others (docs/performance.md, session 15). The "checker on" rows count only what
 * started once the checker was injected, leaving out the page's own parse and first layout too (session 16: the
 * badges' 1.6 ms of layout resolved there and nowhere else). It asserts nothing.
 *
 * PAIRED_BUILDS=name:dir[:nomarks],… (at least two; dir `empty` is the extension with an empty content script;
 * `nomarks` sets the reader's "no marks"), PAIRED_ROUNDS (default 20), PAIRED_ROW (a row's name prefix, default news).
 * Builds are bench builds (`PARDON_CHECK_BENCH=1 npx wxt build`, copied out of .output/bench/chrome-mv3).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings, SETTINGS_KEY } from '../../extension/settings/settings';
import { launchChromium, type ChromiumSession } from '../../tests/e2e/chromium';
import { emptyExtension, load, servePages } from './browsers';
import { PAGES, SERVED } from './pages';
import { median, medianInterval } from './statistics';
import { causes, type Causes } from './trace';

/** The extension APIs, as seen inside the service worker where the bench evaluates code. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

interface Build { name: string; dir: string; noMarks: boolean }
interface Traced { causes: Causes; cpuMs: number; majorGcMs: number }

const builds: Build[] = (process.env.PAIRED_BUILDS ?? '').split(',').filter(Boolean).map((spec) => {
  const [name, dir, flag] = spec.split(':');
  return { name, dir, noMarks: flag === 'nomarks' };
});
if (builds.length < 2) throw new Error('PAIRED_BUILDS=name:dir[:nomarks],name:dir[:nomarks]… (two builds at least)');
const ROUNDS = Number(process.env.PAIRED_ROUNDS ?? 20);
const row = Object.keys(PAGES).find((n) => n.startsWith(process.env.PAIRED_ROW ?? 'news'));
if (!row) throw new Error(`no bench row starts with ${process.env.PAIRED_ROW}`);
const { waitForDone } = PAGES[row];

const server = await servePages(SERVED);
const copies: string[] = [];
const sessions: ChromiumSession[] = [];
for (const build of builds) {
  // a copy, as in bench.ts: the end-to-end tests rebuild .output whenever they run
  const dir = build.dir === 'empty' ? emptyExtension() : mkdtempSync(join(tmpdir(), 'pardon-check-paired-'));
  if (build.dir !== 'empty') cpSync(build.dir, dir, { recursive: true });
  copies.push(dir);
  const session = await launchChromium({ extensionPath: dir });
  if (build.noMarks) await session.worker.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [SETTINGS_KEY, { ...defaultSettings(), noMarks: true }] as const);
  sessions.push(session);
}
const url = `${server.origin}/${encodeURIComponent(row)}`;
const results: Traced[][] = builds.map(() => []);
// one load each first, not counted (bench.ts: the first load compiles and caches what the others reuse)
for (const session of sessions) await load(session, row, { waitForDone });
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < builds.length; k++) {
    const b = (round + k) % builds.length;
    const loaded = await load(sessions[b], row, { waitForDone, trace: true });
    const traced = causes(loaded.trace!, url);
    const majorGcMs = Object.entries(traced.byName).filter(([name]) => /^(MajorGC|V8\.GC_MARK_COMPACTOR)$/.test(name)).reduce((sum, [, ms]) => sum + ms, 0);
    results[b].push({ causes: traced, cpuMs: loaded.cpuMs, majorGcMs });
  }
  process.stderr.write(`  round ${round + 1} of ${ROUNDS}\n`);
}
for (const session of sessions) await session.close();
for (const dir of copies) rmSync(dir, { recursive: true, force: true });
server.close();

const FIGURES: [string, (t: Traced) => number][] = [
  ['CPU (metric)', (t) => t.cpuMs],
  ['main thread (trace)', (t) => t.causes.mainMs],
  ['style+layout+paint', (t) => t.causes.byCause.style + t.causes.byCause.layout + t.causes.byCause.paint],
  ...(['script', 'style', 'layout', 'paint', 'gc', 'ipc', 'other'] as const).map((cause): [string, (t: Traced) => number] => [cause, (t) => t.causes.byCause[cause]]),
  // from the checker's injection on (trace.ts): our reading and marks without the page's own parse and first layout
  ['checker on: s+l+p', (t) => t.causes.afterChecker.style + t.causes.afterChecker.layout + t.causes.afterChecker.paint],
  ...(['script', 'style', 'layout', 'paint', 'gc', 'ipc'] as const).map((cause): [string, (t: Traced) => number] => [`checker on: ${cause}`, (t) => t.causes.afterChecker[cause]]),
];
const ms = (x: number) => x.toFixed(2);
console.log(`\n${row}: ${ROUNDS} traced rounds; medians in ms, then each build minus ${builds[0].name}, paired [95 %]\n`);
for (const [label, value] of FIGURES) {
  const cells = builds.map((build, b) => {
    const own = median(results[b].map(value));
    if (b === 0) return `${build.name} ${ms(own)}`;
    const d = medianInterval(results[b].map((t, i) => value(t) - value(results[0][i])));
    return `${build.name} ${ms(own)} (${ms(d.median)} [${ms(d.lo)}, ${ms(d.hi)}])`;
  });
  console.log(`  ${label.padEnd(20)} ${cells.join('   ')}`);
}
console.log(`  loads with a major GC: ${builds.map((build, b) => `${build.name} ${results[b].filter((t) => t.majorGcMs > 0).length}/${ROUNDS}`).join(', ')}`);
const names = new Set(results.flat().flatMap((t) => Object.keys(t.causes.byName)));
for (let b = 1; b < builds.length; b++) {
  const differing = [...names].map((name) => ({ name, d: median(results[b].map((t, i) => (t.causes.byName[name] ?? 0) - (results[0][i].causes.byName[name] ?? 0))) }))
    .filter(({ d }) => Math.abs(d) >= 0.15).sort((x, y) => x.d - y.d);
  console.log(`  ${builds[b].name} − ${builds[0].name}, events (median difference, ms): ${differing.map(({ name, d }) => `${name} ${ms(d)}`).join('; ') || 'none over 0.15'}`);
}
