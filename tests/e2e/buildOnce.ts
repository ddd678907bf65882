/**
 * Vitest global setup for the end-to-end tests: first the browsers (installed as root, else a one-line stop naming
 * the command), then the packages built once from the current sources, and the Chromium bench build.
 */
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureBrowsers } from '../../scripts/ensure-browsers';

const BUILDS: { what: string; args: string[]; env?: Record<string, string> }[] = [
  { what: 'Chromium (Manifest V3)', args: ['build'] },
  { what: 'Firefox (Manifest V2)', args: ['build', '-b', 'firefox'] },
  { what: 'Firefox (Manifest V3)', args: ['build', '-b', 'firefox', '--mv3'] },
  // timings in the page's timeline, for the hostile-page tests that bound our work
  { what: 'the Chromium bench build', args: ['build'], env: { PARDON_CHECK_BENCH: '1' } },
];

export default function setup(): void {
  ensureBrowsers();
  if (process.env.PARDON_CHECK_SKIP_BUILD === '1') return;
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
  const wxt = resolve(root, 'node_modules/.bin/wxt');
  for (const { what, args, env } of BUILDS) {
    const started = Date.now();
    process.stdout.write(`Building the extension for ${what}: wxt ${args.join(' ')}… `);
    execFileSync(wxt, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
    process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}
