/** What the bench prints: the paired rows, where the extra goes, the README's table, CPU profiles, bundle sizes. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Config, Load } from './browsers';
import { AGAINST, RUNS, SETTLE_MS, TRACES, root } from './options';
import { cols, f1, interval, median, medianInterval, signed, spread } from './statistics';
import { CAUSES, type Causes, type ProfileTimes } from './trace';

export interface RowResult {
  name: string;
  samples: Record<Config, Load[]>;
  traces: Record<'ours' | 'empty', Causes[]>;
}

const ratiosOf = (row: RowResult, key: 'taskMs' | 'cpuMs', of: Config, against: Config) => row.samples[of].map((s, i) => s[key] / row.samples[against][i][key]);

export function printRows(rows: RowResult[]): void {
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
  if (AGAINST) printAgainstDirect(rows);
}

/** The median of paired differences (ms) with its sign-test interval. */
function differences(xs: number[], ys: number[]): string {
  const { median: m, lo, hi } = medianInterval(xs.map((x, i) => x - ys[i]));
  return `${signed(m, 2)} [${signed(lo, 2)}, ${signed(hi, 2)}]`;
}

/** Ours against the build in BENCH_AGAINST, load by load: script time and our own measured work (more sensitive than all causes). */
function printAgainstDirect(rows: RowResult[]): void {
  const w = [40, 18, 18, 26, 26];
  console.log('\n   Ours against the BENCH_AGAINST build, paired load by load: median differences in ms [95 %]\n');
  console.log(cols(['page', 'script, against', 'own, against', 'script, ours − against', 'own work, ours − against'], w));
  for (const row of rows) {
    const ours = row.samples.ours;
    const against = row.samples.empty2;
    console.log(cols([
      row.name, spread(against.map((s) => s.scriptMs)), spread(against.map((s) => s.ownMs)),
      differences(ours.map((s) => s.scriptMs), against.map((s) => s.scriptMs)), differences(ours.map((s) => s.ownMs), against.map((s) => s.ownMs)),
    ], w));
  }
}

export function printCauses(rows: RowResult[]): void {
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
export function printTable(rows: RowResult[]): void {
  console.log('\n   For the README (CPU time, all causes; wall-clock tasks in brackets):\n');
  console.log('   | page | extra main-thread time, all causes [95 %] | A/A [95 %] | our own work (gate, reading) |');
  console.log('   |---|---|---|---|');
  for (const row of rows) {
    const own = median(row.samples.ours.map((s) => s.ownMs));
    console.log(`   | ${row.name} | ${interval(ratiosOf(row, 'cpuMs', 'ours', 'empty'))} (wall ${interval(ratiosOf(row, 'taskMs', 'ours', 'empty'))}) | ${interval(ratiosOf(row, 'cpuMs', 'empty2', 'empty'))} (wall ${interval(ratiosOf(row, 'taskMs', 'empty2', 'empty'))}) | ${f1(own)} ms |`);
  }
}

export function printProfile(name: string, times: ProfileTimes, loads: number): void {
  const self = [...times].filter(([k]) => !k.startsWith('total: '));
  const total = self.filter(([k]) => k !== '(garbage collector)').reduce((n, [, ms]) => n + ms, 0);
  console.log(`\n   CPU profile, ${name}: ${loads} load(s) of ours, sampled every 50 µs; self time per load in our scripts ${f1(total / loads)} ms`);
  for (const [key, ms] of self.sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`     ${(ms / loads).toFixed(2).padStart(6)} ms  ${key}`);
  console.log('   inclusive (the function and what it called, native DOM and style work included):');
  const inclusive = [...times].filter(([k]) => k.startsWith('total: ')).sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [key, ms] of inclusive) console.log(`     ${(ms / loads).toFixed(2).padStart(6)} ms  ${key.slice(7)}`);
}

export function sizes(): void {
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
