import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillModuleSource } from '../../scripts/polyfillAsModule';

const polyfillFile = createRequire(import.meta.url).resolve('webextension-polyfill');

/** Imports the module the build plugin makes, as the bundle would run it, with the globals set first. */
async function importPolyfill(globals: { chrome: object; browser?: object }): Promise<unknown> {
  Object.assign(globalThis, globals);
  const source = polyfillModuleSource(readFileSync(polyfillFile, 'utf8'));
  const module = await import(`data:text/javascript;charset=utf-8,${encodeURIComponent(source)}#${Math.random()}`);
  return module.default;
}

/** An API object whose namespaces record when they are built, as Chrome's lazy bindings are. */
function lazyApi(built: string[]) {
  const api: Record<string, unknown> = {};
  for (const name of ['app', 'dom', 'i18n', 'runtime', 'storage']) {
    Object.defineProperty(api, name, {
      enumerable: true,
      configurable: true,
      get: () => (built.push(name), name === 'runtime' ? { id: 'pardon-check-test' } : {}),
    });
  }
  return api;
}

describe('webextension-polyfill loaded as an ES module', () => {
  afterEach(() => {
    delete (globalThis as { chrome?: unknown }).chrome;
    delete (globalThis as { browser?: unknown }).browser;
  });

  it('passes on a native browser object without building its other namespaces', async () => {
    const built: string[] = [];
    const browser = lazyApi(built);
    const exported = await importPolyfill({ chrome: { runtime: { id: 'pardon-check-test' } }, browser });
    expect(exported).toBe(browser);
    // the polyfill's own check reads browser.runtime; nothing else may be touched
    expect(built.filter((name) => name !== 'runtime')).toEqual([]);
  });

  it('still wraps a callback-only chrome object in promises, as the polyfill does', async () => {
    const chrome = {
      runtime: {
        id: 'pardon-check-test',
        lastError: undefined,
        sendMessage: (message: unknown, reply: (answer: unknown) => void) => reply({ echoed: message }),
      },
    };
    const exported = (await importPolyfill({ chrome })) as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    await expect(exported.runtime.sendMessage('hello')).resolves.toEqual({ echoed: 'hello' });
  });
});
