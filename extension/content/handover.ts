/**
 * The gate and the checker are two scripts in the same isolated world (ours; the page cannot see it).
 * This mark on that world's global tells the gate the checker has started and answers for the page.
 */
const CHECKER_STARTED = Symbol.for('pardon-check/checker-started');

export function checkerStarted(): boolean {
  return (globalThis as Record<symbol, unknown>)[CHECKER_STARTED] === true;
}

export function markCheckerStarted(): void {
  (globalThis as Record<symbol, unknown>)[CHECKER_STARTED] = true;
}
