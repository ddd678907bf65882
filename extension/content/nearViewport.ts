/**
 * Which marks are near the viewport, measuring only a few of them. Marks come in document order, which
 * on a text page is top-to-bottom order, so a binary search finds the first near one and a short walk the
 * rest: about 12 boxes measured for 3,000 marks, where watching each with an observer cost a few ms.
 * Where layouts break that order (floats, columns) a mark at the edge may be painted a scroll later.
 */

/**
 * How far beyond the viewport marks are kept painted, in viewport heights: enough to be ready before
 * the reader scrolls to them, few enough that a changing page's frames stay cheap.
 */
export const NEAR_MARGIN = 0.5;

export interface Box {
  top: number;
  bottom: number;
}

/**
 * Indexes of the items, in document order, whose boxes lie within NEAR_MARGIN viewport heights of the
 * viewport. `box` gives an item's box in viewport coordinates, or null when it is no longer on the page.
 * Boxes with no size (a layout-less DOM, hidden text) count as near: painting them costs nothing.
 */
export function nearViewport(count: number, box: (index: number) => Box | null, viewHeight: number): number[] {
  const above = -NEAR_MARGIN * viewHeight;
  const below = (1 + NEAR_MARGIN) * viewHeight;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const b = box(mid);
    if (!b || b.bottom < above) lo = mid + 1;
    else hi = mid;
  }
  const near: number[] = [];
  for (let i = lo; i < count; i++) {
    const b = box(i);
    if (!b) continue;
    if (b.top > below) break;
    if (b.bottom >= above) near.push(i);
  }
  return near;
}
