/** Vitest global setup for the end-to-end tests: build the packages once, from the current sources, and the Chromium bench build. */
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  if (process.env.PARDON_CHECK_SKIP_BUILD === '1') return;
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
  const wxt = resolve(root, 'node_modules/.bin/wxt');
  for (const args of [['build'], ['build', '-b', 'firefox'], ['build', '-b', 'firefox', '--mv3']]) {
    execFileSync(wxt, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  // the bench build (timings in the page's timeline), for the hostile-page tests that bound our work
  execFileSync(wxt, ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PARDON_CHECK_BENCH: '1' } });
}
