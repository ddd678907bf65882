/** Page-text offsets ↔ DOM Ranges, through the segment map readPage() builds. */
import type { TextSegment } from './readPage';

/** Index of the segment holding `offset` (the last segment starting at or before it). */
function segmentAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A Range over text [start, end), possibly across several text nodes (a figure split by <b>…</b>). Null if unmappable. */
export function rangeFor(doc: Document, segments: TextSegment[], start: number, end: number): Range | null {
  if (segments.length === 0 || end <= start) return null;
  const first = segments[segmentAt(segments, start)];
  const last = segments[segmentAt(segments, end - 1)];
  if (start < first.start || start >= first.end || end - 1 >= last.end || !first.node.isConnected || !last.node.isConnected) return null;
  const range = doc.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}
