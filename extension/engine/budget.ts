/**
 * A deterministic measure of the engine's work on one page, and a limit to it. Counted, not timed, so the same page
 * always stops at the same place and a test can hold it to that. The units follow the engine's time within a factor
 * of about two on any text (scripts/bench/engine.ts): a character of a sentence with figures read, FIGURE_WORK per
 * figure found, CLAIM_WORK per claim read (its readings, frame and verdict).
 */

/** Work units one figure costs beyond the characters around it. */
export const FIGURE_WORK = 40;
/** Work units one claim costs. */
export const CLAIM_WORK = 400;

export class WorkBudget {
  /** work units spent so far */
  spent = 0;
  /** reading stopped at the limit with text left unread */
  stopped = false;

  constructor(readonly limit: number) {}

  spend(units: number): void {
    this.spent += units;
  }

  /**
   * Whether another piece of text may be read. Asked before each piece, so the spending passes the limit by one
   * piece at most; the first refusal marks the page as read only in part.
   */
  mayRead(): boolean {
    if (this.spent <= this.limit) return true;
    this.stopped = true;
    return false;
  }
}
