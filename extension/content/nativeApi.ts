/**
 * The extension APIs the checker uses, as the browser provides them. Chrome and Firefox both have a native,
 * promise-returning `browser` now (older Chromes a promise-returning `chrome` in MV3), so the checker needs no
 * webextension-polyfill: that was 10 of its 57 kB, compiled afresh on every checked page (an injected script
 * gets no code cache), for code that only handed back the native `browser` (docs/performance.md, session 14).
 * The popup's requests are answered through `sendResponse`, which every version of both browsers supports
 * (a listener's returned promise is newer in Chrome).
 */
import type { SettingsStore } from '../settings/settings';

interface ExtensionEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

export type MessageListener = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => boolean | undefined;

export interface CheckerApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): { version: string };
    onMessage: ExtensionEvent<MessageListener>;
  };
  storage: {
    local: SettingsStore;
    onChanged: ExtensionEvent<(changes: Record<string, { newValue?: unknown }>, area: string) => void>;
  };
}

/** `browser` where the browser has it, else Chrome's `chrome`. */
export function nativeApi(): CheckerApi {
  const scope = globalThis as { browser?: CheckerApi; chrome?: CheckerApi };
  return (scope.browser?.runtime ? scope.browser : scope.chrome)!;
}
