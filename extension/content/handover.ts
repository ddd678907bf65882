/**
 * The gate and the checker are two scripts in the same isolated world (ours; the page cannot see it).
 * What our scripts are doing in a frame is written on that world's global: the gate reads it to know the
 * checker has started, and the popup reads it (scripting.executeScript runs in this world too) on a page
 * where no checker answers messages. The gate itself registers no listener: on a page off the topic it
 * touches no extension API at all (the first touch costs each page about 0.9 ms while the browser sets
 * up the API's bindings).
 */
export type FrameState = 'off-topic' | 'checking' | 'checker-started';

/** The key of the global, passed to the popup's probe as an argument (an injected function carries no imports). */
export const FRAME_STATE_KEY = 'pardon-check/frame-state';

type OurGlobal = Record<symbol, FrameState | undefined>;

export function setFrameState(state: FrameState): void {
  (globalThis as OurGlobal)[Symbol.for(FRAME_STATE_KEY)] = state;
}

/** Our scripts here were cut off (the extension was reloaded, updated or removed). */
export function clearFrameState(): void {
  delete (globalThis as OurGlobal)[Symbol.for(FRAME_STATE_KEY)];
}

export function checkerStarted(): boolean {
  return (globalThis as OurGlobal)[Symbol.for(FRAME_STATE_KEY)] === 'checker-started';
}

export function markCheckerStarted(): void {
  setFrameState('checker-started');
}

export interface FrameProbe {
  state: string | null;
  /** the page finished loading a while ago: a gate that has not run by now never will */
  settled: boolean;
}

/** Run inside the page's frame by the popup: self-contained, since only its source travels. */
export function probeFrame(key: string): FrameProbe {
  const value = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
  // the gate runs at "document_idle", which browsers may put shortly after the load event
  return { state: typeof value === 'string' ? value : null, settled: document.readyState === 'complete' && performance.now() > 3000 };
}
