/** Splits page text into sentences with their offsets. Blocks (lines) never share a sentence. */

export interface TextRange {
  start: number;
  end: number;
}

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

function pushTrimmed(block: string, start: number, end: number, offset: number, out: TextRange[]): void {
  while (start < end && /\s/.test(block[start])) start++;
  while (end > start && /\s/.test(block[end - 1])) end--;
  if (end > start) out.push({ start: offset + start, end: offset + end });
}
