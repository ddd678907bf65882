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

/**
 * `timing` is asked when a burst starts and when the timer fires, so it may change between bursts.
 * `work` learns whether the page calmed down (true) or the burst ran out its maxWaitMs (false).
 */
export function settleTimer(work: (calm: boolean) => void, timing: () => SettleTiming): SettleTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  let lastChange = 0;
  const due = () => {
    const { calmMs, maxWaitMs } = timing();
    const calmAt = lastChange + calmMs;
    const deadline = firstChange + maxWaitMs;
    return calmAt <= deadline ? { at: calmAt, calm: true } : { at: deadline, calm: false };
  };
  const fire = () => {
    const { at, calm } = due();
    const wait = at - performance.now();
    // timers and performance.now() may disagree by a fraction of a millisecond
    if (wait > 1) {
      timer = setTimeout(fire, wait);
      return;
    }
    timer = undefined;
    work(calm);
  };
  return {
    touch() {
      lastChange = performance.now();
      if (timer !== undefined) return;
      firstChange = lastChange;
      timer = setTimeout(fire, Math.max(0, due().at - lastChange));
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
