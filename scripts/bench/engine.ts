/**
 * `npm run bench:engine`: the engine alone in Node, no browser. Prints figures; asserts nothing.
 *  - the corpus: throughput against a plain digit scan, and growth with the size of an ordinary page;
 *  - adversarial rows (scripts/bench/adversarial.ts): one sentence of digits and separators, number words, hedges,
 *    group words or all of them mixed, in English, Russian and Belarusian, at 60, 120 and 240 kB: CPU time per 100 kB
 *    (the median of BENCH_ENGINE_RUNS runs, default 3) and how it grows when the text doubles (linear: about 2×);
 *  - every row at 2,000,000 characters, the content script's cap, and the worst of them (rates at 240 kB are too close
 *    to pick the worst by).
 * CPU time (process.cpuUsage), not wall time: the machine's other work hardly moves it.
 * The engine timed is the shipped build (scripts/bench/shippedEngine.ts); BENCH_ENGINE_BUILD=source times the
 * TypeScript sources as tsx runs them (and the tests do), keepNames' `__name` wrappers included.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePage } from '../../extension/engine/analyze';
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import { loadCorpusPage } from '../evaluate';
import { ADVERSARIAL_KINDS, ADVERSARIAL_LANGUAGES, adversarialText, type AdversarialCase } from './adversarial';
import { corpusDir } from './options';
import { shippedEngine, type TimedEngine } from './shippedEngine';
import { f1, median } from './statistics';

const RUNS = Number(process.env.BENCH_ENGINE_RUNS ?? 3);
const SIZES = [60_000, 120_000, 240_000];
/** the content script sends at most this much of a page's text (extension/page) */
const WORST_CASE_CHARS = 2_000_000;

/** Throughput over the corpus against a plain digit scan, and growth with the size of an ordinary page. */
export function corpusBench({ analyzePage, bundledKnowledge, build }: TimedEngine): void {
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
  console.log(`   engine timed: ${build}`);
  console.log(`   engine: ${f1(engineMs)} ms (${f1(kb / (engineMs / 1000) / 1024)} MB/s)   baseline /\\d+/g scan: ${(regexMs).toFixed(3)} ms   ratio ${f1(engineMs / regexMs)}×`);
  console.log('   growth with size (one page made of the corpus repeated n times, dated inside the KB window):');
  for (const n of [1, 4, 16, 64]) {
    const big = Array.from({ length: n }, () => text).join('\n');
    const ms = time(() => analyzePage({ text: big, published: '2024-12-30', hasHeadline: true }, bundledKnowledge), n > 16 ? 2 : 5);
    console.log(`     ×${String(n).padEnd(3)} ${f1(big.length / 1024).padStart(8)} KB  ${f1(ms).padStart(8)} ms  ${(ms / (big.length / 1024)).toFixed(3)} ms/KB`);
  }
}

/** CPU milliseconds of one analysis of `text`. */
function cpuMs({ analyzePage, bundledKnowledge }: TimedEngine, text: string): { ms: number; claims: number } {
  const before = process.cpuUsage();
  const report = analyzePage({ text, published: null, hasHeadline: false }, bundledKnowledge);
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, claims: report.claims.length };
}

/** The median CPU time of `runs` analyses, after one not counted (it compiles what the others reuse). */
function medianCpuMs(engine: TimedEngine, text: string, runs: number): { ms: number; claims: number } {
  cpuMs(engine, text);
  const results = Array.from({ length: runs }, () => cpuMs(engine, text));
  return { ms: median(results.map((r) => r.ms)), claims: results[0].claims };
}

const per100kB = (ms: number, chars: number) => (ms / chars) * 100_000;

/** Adversarial rows, then each at the cap and the worst of them. */
export function adversarialBench(engine: TimedEngine): void {
  console.log(`\n   Adversarial text: one sentence, no full stop, naming Belarus and pardons (scripts/bench/adversarial.ts); CPU ms per 100 kB, median of ${RUNS}`);
  console.log(`   ${'row'.padEnd(20)}${SIZES.map((n) => `${n / 1000} kB`.padStart(16)).join('')}   ×2 then ×2 (linear: 2.0)   claims at 240 kB   at ${WORST_CASE_CHARS.toLocaleString('en')} chars`);
  let worst: { row: AdversarialCase; ms: number; claims: number } | null = null;
  for (const lang of ADVERSARIAL_LANGUAGES) {
    for (const kind of ADVERSARIAL_KINDS) {
      const row = { lang, kind };
      const results = SIZES.map((n) => medianCpuMs(engine, adversarialText(row, n), RUNS));
      const rates = results.map((r, i) => per100kB(r.ms, SIZES[i]));
      const growth = results.slice(1).map((r, i) => (r.ms / results[i].ms).toFixed(1)).join(', ');
      const atCap = medianCpuMs(engine, adversarialText(row, WORST_CASE_CHARS), 1);
      console.log(`   ${`${lang} ${kind}`.padEnd(20)}${rates.map((rate) => `${f1(rate)} ms`.padStart(16)).join('')}   ${growth.padEnd(26)} ${String(results[results.length - 1].claims).padEnd(18)} ${f1(atCap.ms)} ms`);
      if (!worst || atCap.ms > worst.ms) worst = { row, ...atCap };
    }
  }
  if (!worst) return;
  console.log(`   worst row at ${WORST_CASE_CHARS.toLocaleString('en')} characters: ${worst.row.lang} ${worst.row.kind}, ${f1(worst.ms)} ms of CPU time (target under 2,000 ms), ${f1(per100kB(worst.ms, WORST_CASE_CHARS))} ms per 100 kB, ${worst.claims} claims`);
}

/** The engine to time: the shipped build, or (BENCH_ENGINE_BUILD=source) the sources as tsx compiles them. */
async function timedEngine(): Promise<TimedEngine> {
  if (process.env.BENCH_ENGINE_BUILD === 'source') {
    return { analyzePage, bundledKnowledge, build: 'the TypeScript sources under tsx (keepNames: every named closure wrapped in __name)' };
  }
  return shippedEngine();
}

export async function engineBench(): Promise<void> {
  const engine = await timedEngine();
  corpusBench(engine);
  adversarialBench(engine);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await engineBench();
