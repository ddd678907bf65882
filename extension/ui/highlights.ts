/**
 * Paints claim marks without touching the page's DOM, through the CSS Custom Highlight API, under the
 * names chosen for this page load (markStyles.ts). Where that API is missing, wraps the figures in
 * elements of the page load's mark name and undoes it on clear(). The background inserts the styles.
 */
import type { Verdict } from '../engine/types';
import type { MarkNames } from '../markNames';

const VERDICTS: Verdict[] = ['contradicted', 'outdated', 'supported', 'unverifiable'];

export interface Mark {
  range: Range;
  verdict: Verdict;
}

export interface Painter {
  /** the painter changes the page's text nodes, so every figure's Range must be made before it paints */
  readonly eagerRanges: boolean;
  paint(marks: Mark[]): void;
  flash(range: Range): void;
  clear(): void;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

/** names null: "no marks" mode, where nothing is painted at all. */
export function createPainter(doc: Document, names: MarkNames | null): Painter {
  if (!names) return NO_PAINT;
  const view = doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: new (...ranges: Range[]) => unknown }) | null;
  const registry = view?.CSS?.highlights;
  const HighlightClass = view?.Highlight ?? (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (registry && HighlightClass) return highlightPainter(registry, HighlightClass, names.highlight);
  return wrappingPainter(doc, names.mark);
}

const NO_PAINT: Painter = { eagerRanges: false, paint() {}, flash() {}, clear() {} };

interface HighlightSet {
  add(range: Range): void;
  delete(range: Range): boolean;
}

function highlightPainter(registry: HighlightRegistry, HighlightClass: new (...ranges: Range[]) => unknown, names: MarkNames['highlight']): Painter {
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  // our own record of what each highlight holds: Firefox does not let a content script iterate
  // a page-world Highlight (its callbacks cannot cross into the content script), so never ask it
  const live = new Map<Verdict, { highlight: HighlightSet; ranges: Set<Range> }>();
  return {
    eagerRanges: false,
    /** Updates each highlight by difference: ranges that stay are not touched. */
    paint(marks) {
      for (const verdict of VERDICTS) {
        const wanted = new Set(marks.filter((m) => m.verdict === verdict).map((m) => m.range));
        let entry = live.get(verdict);
        if (!entry && wanted.size === 0) continue;
        if (!entry) {
          entry = { highlight: new HighlightClass() as HighlightSet, ranges: new Set() };
          live.set(verdict, entry);
          registry.set(names[verdict], entry.highlight);
        }
        for (const range of [...entry.ranges]) {
          if (wanted.has(range)) continue;
          entry.highlight.delete(range);
          entry.ranges.delete(range);
        }
        for (const range of wanted) {
          if (entry.ranges.has(range)) continue;
          entry.highlight.add(range);
          entry.ranges.add(range);
        }
        if (entry.ranges.size === 0) {
          registry.delete(names[verdict]);
          live.delete(verdict);
        }
      }
    },
    flash(range) {
      clearTimeout(flashTimer);
      registry.set(names.flash, new HighlightClass(range));
      flashTimer = setTimeout(() => registry.delete(names.flash), 1600);
    },
    clear() {
      clearTimeout(flashTimer);
      for (const verdict of VERDICTS) registry.delete(names[verdict]);
      registry.delete(names.flash);
      live.clear();
    },
  };
}

/** Fallback for browsers without the Highlight API: the only place the extension changes page DOM. */
function wrappingPainter(doc: Document, tag: string): Painter {
  let wrapped: HTMLElement[] = [];
  const unwrapAll = () => {
    for (const mark of wrapped) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    wrapped = [];
  };
  return {
    eagerRanges: true,
    paint(marks) {
      unwrapAll();
      // last first: wrapping a figure splits its text node, which would shift the offsets of any figure after it
      for (const { range, verdict } of [...marks].reverse()) {
        if (range.startContainer !== range.endContainer || range.collapsed) continue; // a figure split across elements stays unmarked
        const mark = doc.createElement(tag);
        mark.setAttribute('data-verdict', verdict);
        try {
          range.surroundContents(mark);
          wrapped.push(mark);
        } catch {
          // the range crosses an element boundary: leave the page as it is
        }
      }
    },
    flash(range) {
      const mark = wrapped.find((m) => range.intersectsNode(m));
      mark?.setAttribute('data-flash', '');
      setTimeout(() => mark?.removeAttribute('data-flash'), 1600);
    },
    clear: unwrapAll,
  };
}
