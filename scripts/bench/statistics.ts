/** Medians, their distribution-free intervals, and the number formats the bench prints them in. */

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomialCdf(k: number, n: number): number {
  let term = 0.5 ** n;
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += term;
    term *= (n - i) / (i + 1);
  }
  return sum;
}

/**
 * The median of the values with a distribution-free interval (the sign test inverted): between the k-th
 * smallest and the k-th largest, k the largest rank that keeps the coverage at 95 % or more. It assumes
 * nothing of the spread's shape, only that the pairs are independent.
 */
export function medianInterval(xs: number[]): { median: number; lo: number; hi: number; rank: number; coverage: number } {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  let k = 1;
  while (k + 1 <= n / 2 && 1 - 2 * binomialCdf(k, n) >= 0.95) k++;
  return { median: median(s), lo: s[k - 1], hi: s[n - k], rank: k, coverage: 1 - 2 * binomialCdf(k - 1, n) };
}

export const f1 = (x: number) => x.toFixed(1);
export const signed = (x: number, digits = 1) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;
/** a ratio as a signed percentage */
export const pc = (ratio: number) => `${signed((ratio - 1) * 100)} %`;
export const interval = (ratios: number[]) => {
  const { median: m, lo, hi } = medianInterval(ratios);
  return `${pc(m)} [${signed((lo - 1) * 100)}, ${signed((hi - 1) * 100)}]`;
};
export const spread = (xs: number[]) => `${f1(median(xs))} (${f1(Math.min(...xs))}–${f1(Math.max(...xs))})`;
export const cols = (values: (string | number)[], widths: number[]) => values.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join(' ');
