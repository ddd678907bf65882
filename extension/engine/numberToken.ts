/** A number found in text, in any language: what numbers.ts and numbersCyrillic.ts both find. */
export interface NumberToken {
  start: number;
  end: number;
  text: string;
  value: number;
  ordinal: boolean;
  /** four plain digits between 1900 and 2100: read as a year unless a rule says otherwise */
  yearLike: boolean;
  /** "thousands", "hundreds", "dozens": a lower bound, not a count */
  vague?: boolean;
  /** "two dozen", "два десятка", "паўтара дзясятка": a round count said as an approximation */
  approx?: boolean;
}
