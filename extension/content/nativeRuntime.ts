/**
 * The extension's runtime API as the browser provides it, for the code that runs on every page (the topic
 * gate and the script context). Chrome and Firefox both have a native, promise-returning `browser` now
 * (older Chromes a promise-returning `chrome` in MV3), and these callers use only `id` and `sendMessage`,
 * which behave the same in both. Importing webextension-polyfill here would put its 10 kB into the gate,
 * compiled on every page although a page off the topic never calls it (the checker and the extension's
 * pages keep using it).
 */
export interface NativeRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

/** Undefined once the extension was reloaded, updated or removed under the page (its APIs are gone). */
export function nativeRuntime(): NativeRuntime | undefined {
  const scope = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}
