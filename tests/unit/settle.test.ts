import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleTimer } from '../../extension/content/settle';

const TIMING = { calmMs: 250, maxWaitMs: 1000 };

describe('settleTimer: work once a page calms down', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, calmMs after the last of a few quick changes', () => {
    const work = vi.fn();
    const settle = settleTimer(work, () => TIMING);
    settle.touch();
    vi.advanceTimersByTime(100);
    settle.touch();
    vi.advanceTimersByTime(249);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    expect(work).toHaveBeenLastCalledWith(true); // the page calmed down
    expect(settle.pending).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('on a page that never calms down, runs every maxWaitMs, setting a timer per wait rather than per change', () => {
    const work = vi.fn();
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const settle = settleTimer(work, () => TIMING);
    // a feed adding entries every 50 ms for 3 s
    for (let t = 0; t < 3000; t += 50) {
      settle.touch();
      vi.advanceTimersByTime(50);
    }
    // at 1 s, 2 s and 3 s; the run at 3 s came after the last change, so nothing is left pending
    expect(work).toHaveBeenCalledTimes(3);
    // each run was forced by maxWaitMs: the page never calmed down
    expect(work.mock.calls).toEqual([[false], [false], [false]]);
    expect(settle.pending).toBe(false);
    // 60 changes; a timer per change would be 60
    expect(setTimeoutSpy.mock.calls.length).toBeLessThanOrEqual(20);
  });

  it('asks for the timing again at each burst, and cancel() drops a pending run', () => {
    const work = vi.fn();
    let calmMs = 250;
    const settle = settleTimer(work, () => ({ calmMs, maxWaitMs: Math.max(calmMs, 1000) }));
    settle.touch();
    vi.advanceTimersByTime(250);
    expect(work).toHaveBeenCalledTimes(1);
    calmMs = 2000; // the last run was slow: wait longer
    settle.touch();
    vi.advanceTimersByTime(1999);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(2);
    settle.touch();
    settle.cancel();
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(2);
  });
});
