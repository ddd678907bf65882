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

/** In the page: the text of each of our highlights' ranges, keyed by verdict (unknown names by name). */
export function marksByVerdict(palette: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((highlight, name) => {
    const colour = getComputedStyle(document.documentElement, `::highlight(${name})`).backgroundColor;
    const key = palette[colour] ?? name;
    (out[key] ??= []).push(...[...highlight].map((range) => range.toString()));
  });
  return out;
}

/** In the page: the highlight name that paints this verdict now, or null. */
export function highlightNameOf([palette, verdict]: [Record<string, string>, string]): string | null {
  let found: string | null = null;
  (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((_, name) => {
    if (palette[getComputedStyle(document.documentElement, `::highlight(${name})`).backgroundColor] === verdict) found = name;
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
