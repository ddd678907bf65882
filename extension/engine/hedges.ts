/** Hedges ("over", "nearly", "an estimated") and the range of true values a hedged figure allows. */
import type { Hedge } from './types';
import type { HedgeTable } from './lang/index';
import { en } from './lang/en';
import { ru } from './lang/ru';
import { be } from './lang/be';

/** English hedges, in the order the pattern tries them (lang/en.ts) */
const HEDGES: HedgeTable = en.hedges;
const HEDGE_BEFORE = new RegExp(`\\b(${HEDGES.map(([h]) => h.replace('.', '\\.').replace(' ', '\\s+')).join('|')})\\s+$`, 'i');
/** Russian and Belarusian hedges: "более 1 200", "около 1300", "не менее", "почти", "звыш" (lang/ru.ts, lang/be.ts) */
const HEDGES_CY: HedgeTable = [...ru.hedges, ...be.hedges];
const HEDGE_BEFORE_CY = new RegExp(`(?<![\\p{L}])(${HEDGES_CY.map(([h]) => h.replace(' ', '\\s+')).join('|')})\\s+$`, 'iu');

/** each hedge's last word ("менее" of "не менее"): the word right before a figure must be one for the patterns to match */
const LAST_WORDS = new Set([...HEDGES, ...HEDGES_CY].map(([h]) => h.toLowerCase().split(' ').pop()!));

/** The hedge written right before a figure (text ends where the figure starts), or null. */
export function hedgeBefore(textBefore: string): Hedge | null {
  const tail = textBefore.slice(-24);
  // every hedge is words (or "approx.") and then spaces: most figures, after a digit, a comma or a bracket, have none
  const words = tail.trimEnd();
  if (words.length === tail.length) return null;
  const lastWord = lastWordStart(words);
  if (lastWord === words.length || !LAST_WORDS.has(words.slice(lastWord).toLowerCase())) return null;
  const match = HEDGE_BEFORE.exec(tail);
  const matchCy = match ? null : HEDGE_BEFORE_CY.exec(tail);
  const found = match ?? matchCy;
  if (!found) return null;
  const text = found[1].toLowerCase().replace(/\s+/g, ' ');
  const cls = (match ? HEDGES : HEDGES_CY).find(([h]) => h === text)?.[1];
  return cls ? { text, cls } : null;
}

const LETTER = /^\p{L}$/u;
/**
 * Where the letters and dots that end `text` begin (its length when it ends in neither). Read backwards by character
 * code, a regex only for a letter outside ASCII and Cyrillic: this runs for most figures, and splitting the text into
 * words each time cost ten times as much.
 */
function lastWordStart(text: string): number {
  let at = text.length;
  while (at > 0) {
    const code = text.charCodeAt(at - 1);
    // a-z, A-Z, the dot, and the Cyrillic letters U+0400-U+0481 (U+0482-U+0489 are a sign and combining marks)
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46 || (code >= 0x400 && code <= 0x481)) {
      at--;
      continue;
    }
    if (code < 128) break;
    // a low surrogate: the letter, if it is one, is the pair
    const char = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1];
    if (!LETTER.test(char)) break;
    at -= char.length;
  }
  return at;
}

export interface Interval {
  lo: number;
  hi: number;
}

const roundWordSlack = (value: number) => Math.max(2, value * 0.15);

/** Round figures such as 1,300 or 13,000 are read as approximations even without a hedge. */
export function looksRounded(value: number): boolean {
  return value >= 1000 && value % 100 === 0;
}

/**
 * The true values a figure allows. Exact small counts are exact; hedged or rounded large figures
 * get the slack a careful reader gives them ("approximately 1,300" covers 1,253).
 */
export function intervalOf(value: number, hedge: Hedge | null): Interval {
  const slack = Math.max(1, value * 0.05);
  switch (hedge?.cls) {
    case 'approx':
      // ("two dozen" says about 24, and may stand for 21 or 27)
      return hedge.roundWord ? { lo: value - roundWordSlack(value), hi: value + roundWordSlack(value) } : { lo: value - slack, hi: value + slack };
    case 'near':
      return { lo: value - (hedge.roundWord ? roundWordSlack(value) : Math.max(1, value * 0.08)), hi: value };
    case 'lower':
      return { lo: value, hi: value * 1.25 + 1 };
    case 'lowerStrict':
      // ("more than 570" where the KB holds 570: a writer's count may have grown since, or hold releases besides the
      // pardons; the figure itself is never flagged as too low)
      return { lo: value, hi: value * 1.25 + 1 };
    case 'upper':
      return { lo: value * 0.75, hi: value };
    default:
      return looksRounded(value) ? { lo: value * 0.96, hi: value * 1.04 } : { lo: value, hi: value };
  }
}

export type Agreement = 'match' | 'mismatch' | 'unclear';

/**
 * Compares what a page claims with what the KB holds, both as ranges.
 * `fuzzyZone` is the relative gap still treated as "cannot tell" (counts from different monitors differ).
 * A one-sided claim that is literally true but far from the figure ("over 100" for 1,278) is unclear, never wrong.
 */
export function agree(claim: Interval, fact: Interval, fuzzyZone = 0, claimHedge: Hedge | null = null): Agreement {
  if (claim.lo <= fact.hi && fact.lo <= claim.hi) return 'match';
  const oneSided = claimHedge?.cls === 'lower' || claimHedge?.cls === 'lowerStrict' ? 'lower' : claimHedge?.cls === 'upper' ? 'upper' : null;
  if (oneSided === 'lower' && fact.lo > claim.hi) return 'unclear';
  if (oneSided === 'upper' && fact.hi < claim.lo) return 'unclear';
  const gap = claim.hi < fact.lo ? fact.lo - claim.hi : claim.lo - fact.hi;
  return gap <= fuzzyZone * Math.max(fact.hi, 1) ? 'unclear' : 'mismatch';
}

/** Vague plurals read as at least their unit ("hundreds" ≥ 100): said of a figure within twenty times that, they are true. */
const VAGUE_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'tens of thousands', 'hundreds of thousands']);

export function vagueAgrees(claimValue: number, claimHedge: Hedge | null, factValue: number): boolean {
  return claimHedge !== null && (claimHedge.vague || VAGUE_WORDS.has(claimHedge.text)) && factValue >= claimValue && factValue < claimValue * 20;
}

/** A KB figure's range: its own hedges are read narrowly, since the KB knows what the sources meant. */
export function factInterval(value: number, hedge: Hedge | null): Interval {
  if (hedge?.cls === 'lower' || hedge?.cls === 'lowerStrict') return { lo: value, hi: value * 1.06 };
  return intervalOf(value, hedge);
}
