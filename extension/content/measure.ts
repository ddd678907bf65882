/**
 * Timing of our work, for the benchmark and the hostile-page tests only. A page's performance timeline
 * is readable by its own scripts, so a named entry there would tell any page that this extension is
 * installed: the production build compiles this to nothing, and only the bench build
 * (PARDON_CHECK_BENCH=1, in .output/bench) records entries.
 */
export function measure(name: string, start: number): void {
  if (import.meta.env.PARDON_CHECK_BENCH !== true) return;
  try {
    performance.measure(`pardon-check:${name}`, { start, end: performance.now() });
  } catch {
    // older engines without measure options: timing is a nicety
  }
}
