/**
 * Finding our marks and our element as a page's own script could, now that their names are chosen
 * afresh for every page load: a highlight's verdict is read off the background it paints with, and
 * our host is the element beside <head> and <body> that holds a shadow root. Works with Playwright's
 * and Puppeteer's pages alike (plain functions with one serialisable argument).
 */
import { MARK_PAINT } from '../../extension/ui/markStyles';

/** Background colour (as getComputedStyle serialises it) → verdict, or 'flash'. */
export const PALETTE: Record<string, string> = Object.fromEntries(
  Object.entries(MARK_PAINT).map(([verdict, css]) => [/background-color: ([^;]+);/.exec(css)![1], verdict]),
);

/**
 * In the page: the text of each of our highlights' ranges, keyed by the verdict its paint says (a range
 * whose text is painted with no style of ours, or two, is keyed by the highlight's name). The paint is
 * read where it applies, on the elements holding the range's text: marks' styles reach only those.
 */
export function marksByVerdict(palette: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((highlight, name) => {
    for (const range of highlight) {
      const colours = new Set([range.startContainer, range.endContainer].map((node) => {
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        return element ? getComputedStyle(element, `::highlight(${name})`).backgroundColor : '';
      }));
      const key = colours.size === 1 ? (palette[[...colours][0]] ?? name) : name;
      (out[key] ??= []).push(range.toString());
    }
  });
  return out;
}

/** In the page: the highlight name that paints this verdict now (read on its first range's text), or null. */
export function highlightNameOf([palette, verdict]: [Record<string, string>, string]): string | null {
  let found: string | null = null;
  (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((highlight, name) => {
    const first = [...highlight][0];
    const element = first?.startContainer.parentElement;
    if (element && palette[getComputedStyle(element, `::highlight(${name})`).backgroundColor] === verdict) found = name;
  });
  return found;
}

/** In the page: the tag name of the element we added (beside head and body, holding a shadow root), or null. */
export function hostTag(): string | null {
  const host = [...document.documentElement.children].find((el) => el !== document.head && el !== document.body && el.shadowRoot);
  return host ? host.localName : null;
}

/** In the page: our shadow root, or null. */
export function ourShadow(): ShadowRoot | null {
  return [...document.documentElement.children].find((el) => el !== document.head && el !== document.body && el.shadowRoot)?.shadowRoot ?? null;
}
