/**
 * "Run this once the page has calmed down", for callbacks that fire on every mutation batch. One timer
 * per burst: when it fires early (changes kept coming), it is set again for the time still due. Setting
 * a fresh timer on each change cost 1.9 ms of timer calls on the bench's infinite-scroll page, and a
 * ticker would pay that on every page it runs on.
 */
export interface SettleTiming {
  /** run after this long without a change… */
  calmMs: number;
  /** …but no later than this after the first change of a burst */
  maxWaitMs: number;
}

export interface SettleTimer {
  /** a change happened now */
  touch(): void;
  cancel(): void;
  readonly pending: boolean;
}

/** `timing` is asked when a burst starts and when the timer fires, so it may change between bursts. */
export function settleTimer(work: () => void, timing: () => SettleTiming): SettleTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  let lastChange = 0;
  const dueAt = () => {
    const { calmMs, maxWaitMs } = timing();
    return Math.min(lastChange + calmMs, firstChange + maxWaitMs);
  };
  const fire = () => {
    const wait = dueAt() - performance.now();
    // timers and performance.now() may disagree by a fraction of a millisecond
    if (wait > 1) {
      timer = setTimeout(fire, wait);
      return;
    }
    timer = undefined;
    work();
  };
  return {
    touch() {
      lastChange = performance.now();
      if (timer !== undefined) return;
      firstChange = lastChange;
      timer = setTimeout(fire, Math.max(0, dueAt() - lastChange));
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
    get pending() {
      return timer !== undefined;
    },
  };
}
