/**
 * Build plugin: webextension-polyfill, loaded as an ES module that runs the polyfill on first use.
 *
 * The polyfill ships as a UMD (CommonJS) file. Imported as it is, the bundler wraps it in its CommonJS
 * interop, which copies every own property of the exported object. Chrome and Firefox now have a native
 * `browser`, which the polyfill exports unchanged, and copying it asks for each API namespace in turn
 * (`app`, `dom`, `i18n`, …): the browser builds every one of them, about 2 ms on each page the content
 * script runs on. Here the polyfill's own file runs unchanged with a local `module`, and nothing is copied.
 *
 * It runs when `browser` is first used, not when the bundle starts: its own check reads `chrome.runtime`,
 * and the first touch of the extension APIs costs a page about 0.9 ms while the browser sets up their
 * bindings. The topic gate uses no API on a page off the topic, so such a page never pays it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const MODULE_ID = 'webextension-polyfill';
const RESOLVED_ID = '\0webextension-polyfill-as-module';

/** The polyfill's file wrapped as an ES module whose default export stands in for what the polyfill exports. */
export function polyfillModuleSource(polyfillSource: string): string {
  return [
    'let api;',
    'function load() {',
    '  if (api !== undefined) return api;',
    '  const module = { exports: {} };',
    // the UMD wrapper takes its CommonJS branch only when `exports` exists
    '  const exports = module.exports;',
    polyfillSource.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'),
    '  return (api = module.exports);',
    '}',
    // a stand-in that loads the polyfill when a namespace is first asked for (`browser.runtime`, …)
    'export default new Proxy({}, {',
    '  get: (_, key) => Reflect.get(load(), key),',
    '  has: (_, key) => Reflect.has(load(), key),',
    '  set: (_, key, value) => Reflect.set(load(), key, value),',
    '});',
  ].join('\n');
}

export function polyfillAsModule() {
  return {
    name: 'pardon-check:polyfill-as-module',
    enforce: 'pre' as const,
    resolveId(id: string) {
      return id === MODULE_ID ? RESOLVED_ID : null;
    },
    load(id: string) {
      if (id !== RESOLVED_ID) return null;
      const file = createRequire(import.meta.url).resolve(MODULE_ID);
      return polyfillModuleSource(readFileSync(file, 'utf8'));
    },
  };
}
