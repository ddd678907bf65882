import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillModuleSource } from '../../scripts/polyfillAsModule';

const polyfillFile = createRequire(import.meta.url).resolve('webextension-polyfill');

/** Imports the module the build plugin makes, as the bundle would run it, with the globals set first. */
async function importPolyfill(globals: { chrome: object; browser?: object }): Promise<{ api: unknown }> {
  Object.assign(globalThis, globals);
  // exported boxed: the test runner's module interop (and a promise settled with it) would ask a default
  // export for `then`, which is a use; the bundle imports it as it is
  const source = polyfillModuleSource(readFileSync(polyfillFile, 'utf8')).replace('export default ', 'const standIn = ') + '\nexport const boxed = { api: standIn };';
  const module = await import(`data:text/javascript;charset=utf-8,${encodeURIComponent(source)}#${Math.random()}`);
  return module.boxed;
}

/** An API object whose namespaces record when they are built, as Chrome's lazy bindings are. */
function lazyApi(built: string[]) {
  const api: Record<string, unknown> = {};
  for (const name of ['app', 'dom', 'i18n', 'runtime', 'storage']) {
    const namespace = name === 'runtime' ? { id: 'pardon-check-test' } : {};
    Object.defineProperty(api, name, {
      enumerable: true,
      configurable: true,
      get: () => (built.push(name), namespace),
    });
  }
  return api;
}

describe('webextension-polyfill loaded as an ES module', () => {
  afterEach(() => {
    delete (globalThis as { chrome?: unknown }).chrome;
    delete (globalThis as { browser?: unknown }).browser;
  });

  it('touches no extension API when imported, only when first used', async () => {
    const touched: string[] = [];
    const runtime = { id: 'pardon-check-test' };
    const spy = (name: string, value: object) => new Proxy(value, { get: (target, key) => (touched.push(`${name}.${String(key)}`), Reflect.get(target, key)) });
    const exported = (await importPolyfill({ chrome: spy('chrome', { runtime }), browser: spy('browser', { runtime }) })).api as { runtime: unknown };
    expect(touched).toEqual([]);
    expect(exported.runtime).toBe(runtime);
    expect(touched).toContain('chrome.runtime');
  });

  it('passes on a native browser object without building its other namespaces', async () => {
    const built: string[] = [];
    const browser = lazyApi(built) as { runtime: unknown; storage: unknown };
    const exported = (await importPolyfill({ chrome: { runtime: { id: 'pardon-check-test' } }, browser })).api as typeof browser;
    expect(exported.storage).toBe(browser.storage);
    // the polyfill's own check reads browser.runtime, and the test asked for storage; nothing else may be built
    expect(built.filter((name) => name !== 'runtime' && name !== 'storage')).toEqual([]);
    expect('i18n' in exported).toBe(true);
  });

  it('still wraps a callback-only chrome object in promises, as the polyfill does', async () => {
    const chrome = {
      runtime: {
        id: 'pardon-check-test',
        lastError: undefined,
        sendMessage: (message: unknown, reply: (answer: unknown) => void) => reply({ echoed: message }),
      },
    };
    const exported = (await importPolyfill({ chrome })).api as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    await expect(exported.runtime.sendMessage('hello')).resolves.toEqual({ echoed: 'hello' });
  });
});
