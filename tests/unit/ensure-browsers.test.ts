/** `npm test` on a machine without the test browsers: installs them as root, else stops at once naming the command. */
import { describe, expect, it } from 'vitest';
import { BROWSER_PACKAGES, ensureBrowsers, type Machine } from '../../scripts/ensure-browsers';

/** A machine holding these files; apt-get install adds the packages' files, if `installs`. */
function machine(files: string[], options: { isRoot: boolean; installs?: boolean; apt?: boolean }) {
  const present = new Set(files);
  if (options.apt ?? true) present.add('/usr/bin/apt-get');
  const commands: string[] = [];
  const lines: string[] = [];
  const fake: Machine = {
    exists: (path) => present.has(path),
    isRoot: options.isRoot,
    run(command, args) {
      commands.push([command, ...args].join(' '));
      if (args[0] === 'install' && options.installs) for (const p of BROWSER_PACKAGES) if (args.includes(p.name)) present.add(p.file);
    },
    log: (line) => lines.push(line),
  };
  return { fake, commands, lines };
}

const ALL = BROWSER_PACKAGES.map((p) => p.file);
const withoutBelarusian = ALL.filter((f) => !f.includes('langpack-be'));

describe('ensure-browsers', () => {
  it('does nothing where every browser and language pack is there', () => {
    const { fake, commands, lines } = machine(ALL, { isRoot: true });
    ensureBrowsers(fake);
    expect(commands).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('not as root: stops in one line naming the install command for what is missing, and runs nothing', () => {
    const { fake, commands } = machine(withoutBelarusian, { isRoot: false });
    let message = '';
    try {
      ensureBrowsers(fake);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('sudo apt-get install -y firefox-esr-l10n-be');
    expect(message).toContain('npm run test:unit');
    expect(commands).toEqual([]);
  });

  it('as root: installs the missing packages with apt-get and says so', () => {
    const { fake, commands, lines } = machine([], { isRoot: true, installs: true });
    ensureBrowsers(fake);
    expect(commands).toEqual(['apt-get update -qq', `apt-get install -y -qq ${BROWSER_PACKAGES.map((p) => p.name).join(' ')}`]);
    expect(lines[0]).toMatch(/^Installing the test browsers/);
  });

  it('as root, when the install leaves a package missing: says which', () => {
    const { fake } = machine(withoutBelarusian, { isRoot: true, installs: false });
    expect(() => ensureBrowsers(fake)).toThrow('firefox-esr-l10n-be is still missing');
  });

  it('as root without apt-get: stops with the command instead of guessing another package manager', () => {
    const { fake, commands } = machine([], { isRoot: true, apt: false });
    expect(() => ensureBrowsers(fake)).toThrow(/run `sudo apt-get install -y chromium chromium-l10n firefox-esr/);
    expect(commands).toEqual([]);
  });
});
