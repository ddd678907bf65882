/**
 * Splits page text into sentences with their offsets. Blocks (lines) never share a sentence, and no sentence is longer
 * than MAX_SENTENCE: the readers look at a figure's whole sentence, so an endless one would make each of its figures
 * cost as much as the whole text.
 */

import { isSpace } from './textScan';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * The longest sentence read as one. Written sentences on the pages we know stay under 400 characters; a longer run
 * without a full stop (a list pasted into one line, generated text) is cut into pieces of at most this length.
 */
export const MAX_SENTENCE = 1000;

const ABBREVIATIONS = /\b(?:mr|mrs|ms|dr|st|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|gen|col|lt|sgt|prof|approx|est|u\.s|u\.k|e\.g|i\.e)\.$/i;

export function splitSentences(text: string): TextRange[] {
  const sentences: TextRange[] = [];
  let blockStart = 0;
  for (const block of text.split('\n')) {
    splitBlock(block, blockStart, sentences);
    blockStart += block.length + 1;
  }
  return sentences;
}

function splitBlock(block: string, offset: number, out: TextRange[]): void {
  let start = 0;
  // a sentence ends at . ! ? (plus closing quotes) followed by space and a capital, digit or quote
  const end = /[.!?]["'”’)]*(?=\s+["'“‘(]?[A-Z0-9\u0400-\u04FF])/g;
  for (const match of block.matchAll(end)) {
    const stop = match.index + match[0].length;
    if (ABBREVIATIONS.test(block.slice(Math.max(0, match.index - 5), match.index + 1))) continue;
    pushTrimmed(block, start, stop, offset, out);
    start = stop;
  }
  pushTrimmed(block, start, block.length, offset, out);
}

// (white space found by character code, textScan.ts isSpace: a regex called on each character cost more than the rest)
function pushTrimmed(block: string, start: number, end: number, offset: number, out: TextRange[]): void {
  while (start < end && isSpace(block.charCodeAt(start))) start++;
  while (end > start && isSpace(block.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE) {
    const cut = cutBefore(block, start, start + MAX_SENTENCE);
    pushTrimmed(block, start, cut, offset, out);
    start = cut;
    while (start < end && isSpace(block.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start: offset + start, end: offset + end });
}

/**
 * Where to cut an over-long sentence at or before `limit`: after the last comma, semicolon or colon and a space in its
 * second half, else at its last space, else at the limit (not inside a surrogate pair). Looks back at most
 * MAX_SENTENCE / 2 characters, so cutting stays linear.
 */
function cutBefore(block: string, start: number, limit: number): number {
  const floor = start + MAX_SENTENCE / 2;
  let space = -1;
  for (let i = limit; i > floor; i--) {
    // character codes, not a regex per character: this loop runs over every over-long sentence
    const code = block.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 0xa0) continue;
    const before = block.charCodeAt(i - 1);
    if (before === 44 || before === 59 || before === 58) return i; // , ; :
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  const code = block.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Cuts a sentence holding more figures than written sentences do (a list or a table pasted as one line, generated
 * text) into pieces of at most `perPiece` figures, so that reading a figure costs what its piece costs, not what the
 * whole run does. Each cut falls in the gap between two figures: after the last comma, semicolon or colon there,
 * else at the first space past the gap's middle. Offsets are relative to `text`; pieces are trimmed.
 */
export function splitAtFigures(text: string, figures: TextRange[], perPiece: number): TextRange[] {
  const pieces: TextRange[] = [];
  let start = 0;
  for (let i = perPiece; i < figures.length; i += perPiece) {
    const cut = cutInGap(text, figures[i - 1].end, figures[i].start);
    trimmedInto(text, start, cut, pieces);
    start = cut;
  }
  trimmedInto(text, start, text.length, pieces);
  return pieces;
}

function cutInGap(text: string, from: number, to: number): number {
  // (character codes, not a regex per character: the gap between two figures of a long run is read whole)
  for (let i = to - 1; i > from; i--) {
    if (!isSpace(text.charCodeAt(i))) continue;
    const before = text.charCodeAt(i - 1);
    if (before === 44 || before === 59 || before === 58) return i; // , ; :
  }
  for (let i = from + ((to - from) >> 1); i < to; i++) if (isSpace(text.charCodeAt(i))) return i;
  return to;
}

function trimmedInto(text: string, start: number, end: number, out: TextRange[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

