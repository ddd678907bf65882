/**
 * What the built packages ask for and contain: exactly the permissions the README documents, and no
 * code that could reach the network or run remote code.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const manifest = (target: string) => JSON.parse(readFileSync(join(root, '.output', target, 'manifest.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : name.endsWith('.js') ? [path] : [];
  });
}

describe.each(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'])('the %s package', (target) => {
  const built = manifest(target);

  it('asks for exactly what the README documents: the gate on http(s) pages, scripting there to load the checker and its styles, storage for the settings, the context menu, nothing else', () => {
    const sites = ['http://*/*', 'https://*/*'];
    // the context menu's "Check with Pardon Check": Firefox's name for the permission, or Chrome's
    const menus = target.startsWith('firefox') ? 'menus' : 'contextMenus';
    if (built.manifest_version === 2) {
      expect(built.permissions).toEqual(['scripting', 'storage', menus, ...sites]);
      expect(built.host_permissions).toBeUndefined();
    } else {
      expect(built.permissions).toEqual(['scripting', 'storage', menus]);
      expect(built.host_permissions).toEqual(sites);
    }
    expect(built.optional_permissions).toBeUndefined();
    expect(built.web_accessible_resources).toBeUndefined();
    expect(built.externally_connectable).toBeUndefined();
    expect(built.content_security_policy).toBeUndefined();
    expect(built.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([sites]);
    expect(readme).toContain('| content script on `http://*/*` and `https://*/*` |');
    expect(readme).toContain('| `scripting`, and site access to `http://*/*` and `https://*/*` (`host_permissions`; in Manifest V2 these sit in `permissions`) |');
    expect(readme).toContain('| `storage` |');
    expect(readme).toContain('| `contextMenus` (Chrome), `menus` (Firefox) |');
  });

  it('ships no network API, no eval and no remote code', () => {
    for (const file of scripts(join(root, '.output', target))) {
      const code = readFileSync(file, 'utf8');
      for (const forbidden of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'eval(', 'new Function', 'importScripts']) {
        expect(code.includes(forbidden), `${file} contains ${forbidden}`).toBe(false);
      }
    }
  });

  it('declares the hide-marks command with a modifier (remappable) and the options page, neither of which asks for anything more', () => {
    // the description is a message in the browser's language (public/_locales), English by default
    expect(built.commands['toggle-marks']).toEqual({ suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggleMarks__' });
    expect(JSON.parse(readFileSync(join(root, '.output', target, '_locales/en/messages.json'), 'utf8')).commandToggleMarks.message).toBe('Hide or show the marks on this tab');
    expect(built.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
  });

  it('has icons at every size', () => {
    expect(Object.keys(built.icons)).toEqual(['16', '32', '48', '96', '128']);
  });
});

describe('the Firefox package', () => {
  it('declares its gecko id and that it collects no data', () => {
    expect(manifest('firefox-mv2').browser_specific_settings.gecko).toMatchObject({ id: 'pardon-check@pardon-check.example', data_collection_permissions: { required: ['none'] } });
  });
});
