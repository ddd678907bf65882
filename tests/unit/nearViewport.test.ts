import { describe, expect, it } from 'vitest';
import { nearViewport, type Box } from '../../extension/content/nearViewport';

/** Paragraphs of 20 px one under the other, the page scrolled by `scrollY`, the viewport 800 px high. */
const column = (count: number, scrollY: number) => (i: number): Box => ({ top: i * 20 - scrollY, bottom: i * 20 + 20 - scrollY });

describe('nearViewport', () => {
  it('finds the marks within half a viewport of the screen, and only those', () => {
    const near = nearViewport(3000, column(3000, 20_000), 800);
    // visible: 1000..1039; half a viewport (400 px) either side: 980..1059, and the two touching its edges
    expect(near[0]).toBe(979);
    expect(near[near.length - 1]).toBe(1060);
    expect(near).toHaveLength(82);
  });

  it('measures a few dozen boxes, not every mark', () => {
    let measured = 0;
    const box = column(3000, 20_000);
    nearViewport(3000, (i) => (measured++, box(i)), 800);
    expect(measured).toBeLessThan(100);
  });

  it('skips marks no longer on the page, and counts boxes without size as near', () => {
    const box = column(100, 0);
    expect(nearViewport(100, (i) => (i === 3 ? null : box(i)), 800)).not.toContain(3);
    expect(nearViewport(5, () => ({ top: 0, bottom: 0 }), 800)).toEqual([0, 1, 2, 3, 4]);
  });

  it('at the top and bottom of the page', () => {
    expect(nearViewport(3000, column(3000, 0), 800)).toEqual(Array.from({ length: 61 }, (_, i) => i));
    expect(nearViewport(3000, column(3000, 59_200), 800).at(-1)).toBe(2999);
    expect(nearViewport(0, column(0, 0), 800)).toEqual([]);
  });
});
