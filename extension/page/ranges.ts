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

/** The segments holding the first and last character of [start, end), while they still hold the text that was read. */
function mapped(segments: TextSegment[], start: number, end: number): [TextSegment, TextSegment] | null {
  if (segments.length === 0 || end <= start) return null;
  const first = segments[segmentAt(segments, start)];
  const last = segments[segmentAt(segments, end - 1)];
  if (start < first.start || start >= first.end || end - 1 >= last.end || !first.node.isConnected || !last.node.isConnected) return null;
  // the page changed the text since it was read: the offsets no longer hold
  if (first.node.data.length !== first.end - first.start || last.node.data.length !== last.end - last.start) return null;
  return [first, last];
}

/** A Range over text [start, end), possibly across several text nodes (a figure split by <b>…</b>). Null if unmappable. */
export function rangeFor(doc: Document, segments: TextSegment[], start: number, end: number): Range | null {
  const ends = mapped(segments, start, end);
  if (!ends) return null;
  const [first, last] = ends;
  const range = doc.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}

/**
 * The text nodes holding [start, end) (one, or several for a figure split by <b>…</b>), while they still
 * hold the text that was read; null otherwise.
 */
export function textNodesOf(segments: TextSegment[], start: number, end: number): Text[] | null {
  if (!mapped(segments, start, end)) return null;
  const nodes: Text[] = [];
  for (let i = segmentAt(segments, start); i < segments.length && segments[i].start < end; i++) nodes.push(segments[i].node);
  return nodes;
}

/**
 * Hands out the same Range object for the same figure across rescans, so highlights can be updated
 * by difference instead of rebuilt (the browser repaints only what changed).
 */
export class RangeCache {
  private byNode = new WeakMap<Node, Range[]>();

  get(doc: Document, segments: TextSegment[], start: number, end: number): Range | null {
    const fresh = rangeFor(doc, segments, start, end);
    if (!fresh) return null;
    const known = this.byNode.get(fresh.startContainer) ?? [];
    const same = known.find((r) => r.startOffset === fresh.startOffset && r.endContainer === fresh.endContainer && r.endOffset === fresh.endOffset);
    if (same) return same;
    known.push(fresh);
    if (known.length > 50) known.shift();
    this.byNode.set(fresh.startContainer, known);
    return fresh;
  }
}
