/**
 * Stands in for WXT's ContentScriptContext (wxt.config.ts aliases `wxt/utils/content-script-context`
 * here). WXT's announces each script's start with an event on `document`, and its location watcher
 * dispatches its change events on `window`, both named after the extension's id: a page listening for
 * those names learns that Pardon Check is installed. This one has the API our scripts and WXT's entry
 * use and stays inside our isolated world: it notices invalidation by asking for runtime.id, and
 * delivers location changes through an event target of its own.
 */
import { nativeRuntime } from './nativeRuntime';

const LOCATION_CHANGE = 'wxt:locationchange';

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly locationEvents = new EventTarget();
  private watchingLocation = false;

  constructor(readonly contentScriptName: string, readonly options?: unknown) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The extension was reloaded, updated or removed under this page: its APIs are gone. */
  get isInvalid(): boolean {
    if (nativeRuntime()?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** A promise that never settles: for work that must not go on once the context is invalid. */
  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  /** Listens until the context is invalidated; `wxt:locationchange` is this context's own event. */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (type === LOCATION_CHANGE) {
      this.watchLocation();
      this.locationEvents.addEventListener(type, handler, { ...options, signal: this.signal });
      return;
    }
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** Single-page apps change the URL without loading a page: the Navigation API says so, else a 1 s poll. */
  private watchLocation(): void {
    if (this.watchingLocation) return;
    this.watchingLocation = true;
    let last = location.href;
    const changedTo = (url: string) => {
      if (url === last) return;
      last = url;
      this.locationEvents.dispatchEvent(new Event(LOCATION_CHANGE));
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => changedTo((event as Event & { destination: { url: string } }).destination.url), { signal: this.signal });
    } else {
      this.setInterval(() => changedTo(location.href), 1000);
    }
  }
}
