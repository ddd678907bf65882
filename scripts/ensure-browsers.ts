/**
 * `tsx scripts/ensure-browsers.ts`: run by `npm test` before anything is built, and by the end-to-end tests' setup.
 * The end-to-end tests drive Debian's Chromium and Firefox ESR, with the Russian and Belarusian language packs the
 * interface's tests ask for. Where any is missing it installs them with apt-get when it runs as root (as CI does);
 * otherwise it stops at once, in one line naming the command to run, instead of building for minutes and then
 * failing every browser test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Each Debian package the tests need, with a file it installs (how we tell it is there). */
export const BROWSER_PACKAGES: readonly { name: string; file: string }[] = [
  { name: 'chromium', file: '/usr/bin/chromium' },
  { name: 'chromium-l10n', file: '/usr/lib/chromium/locales/ru.pak' },
  { name: 'firefox-esr', file: '/usr/bin/firefox-esr' },
  { name: 'firefox-esr-l10n-ru', file: '/usr/lib/firefox-esr/browser/extensions/langpack-ru@firefox-esr.mozilla.org.xpi' },
  { name: 'firefox-esr-l10n-be', file: '/usr/lib/firefox-esr/browser/extensions/langpack-be@firefox-esr.mozilla.org.xpi' },
];

/** What the machine offers; the tests pass their own. */
export interface Machine {
  exists(path: string): boolean;
  isRoot: boolean;
  /** runs a command, its output shown; throws when it fails */
  run(command: string, args: string[]): void;
  log(line: string): void;
}

export const SYSTEM: Machine = {
  exists: existsSync,
  isRoot: process.getuid?.() === 0,
  run(command, args) {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  },
  log: (line) => console.log(line),
};

export function missingPackages(machine: Pick<Machine, 'exists'>): string[] {
  return BROWSER_PACKAGES.filter((p) => !machine.exists(p.file)).map((p) => p.name);
}

/** The browsers are there, or installed now; otherwise an Error whose message is the one line to show. */
export function ensureBrowsers(machine: Machine = SYSTEM): void {
  const missing = missingPackages(machine);
  if (missing.length === 0) return;
  const install = ['apt-get', 'install', '-y', '-qq', ...missing];
  if (!machine.isRoot || !machine.exists('/usr/bin/apt-get')) {
    throw new Error(`The end-to-end tests need ${missing.join(', ')}: run \`sudo ${install.filter((a) => a !== '-qq').join(' ')}\` (or \`npm run test:unit\` for the unit tests alone, no browser).`);
  }
  machine.log(`Installing the test browsers (${missing.join(', ')}) with apt-get…`);
  try {
    machine.run('apt-get', ['update', '-qq']);
  } catch {
    // a stale package list may still do: the install below says whether it did
    machine.log('apt-get update failed; trying the install with the current package lists');
  }
  machine.run(install[0], install.slice(1));
  const still = missingPackages(machine);
  if (still.length) throw new Error(`apt-get install ran, but ${still.join(', ')} is still missing.`);
  machine.log('Test browsers installed.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureBrowsers();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
