/**
 * The bench's settings, from the environment (the list is in scripts/bench.ts), and the paths it reads.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const corpusDir = join(root, 'tests/corpus');
export const RUNS = Number(process.env.BENCH_RUNS ?? 15);
export const TRACES = Number(process.env.BENCH_TRACES ?? 2);
export const COLD = Number(process.env.BENCH_COLD ?? 5);
/** loads per browser of the ×16 live blog for the checker's heap; tabs opened for the background's heap (0: no memory section) */
export const MEMORY_RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? 5);
export const MEMORY_TABS = Number(process.env.BENCH_MEMORY_TABS ?? 40);
/** BENCH_PROFILE=n: n loads per row of ours under the sampling profiler, our functions' self and inclusive time printed */
export const PROFILE_LOADS = Number(process.env.BENCH_PROFILE ?? 0);
/** BENCH_AGAINST=dir: another build of ours in the third browser, compared with ours load by load */
/** BENCH_AGAINST=dir: another build of ours in the third browser, compared with ours load by load (a copy, made once) */
export const AGAINST = process.env.BENCH_AGAINST ? (() => {
  const copy = mkdtempSync(join(tmpdir(), 'pardon-check-against-'));
  cpSync(process.env.BENCH_AGAINST!, copy, { recursive: true });
  return copy;
})() : null;
/** after the load event: the checker's first scan, its marks and their paint are done well within this */
export const SETTLE_MS = 1000;
