/**
 * Where a page's marks get their styles (Chromium): on the smallest part of the page that holds its
 * figures, named by a selector made of the page's own tag, id or class names. Highlight styles inherit
 * there, so every element below such an element paints our marks, and what a page adds later below it
 * costs nothing extra.
 *
 * Why not `:root`: inserting the sheet then restyles every element of the page (1,352 on the bench's
 * live blog, about 5 ms). Why not the figures' own tags (`p::highlight(...)`): that restyles fewer
 * elements at first, but every paragraph a feed adds later must then resolve its own highlight styles
 * (about 8 ms more per 1,000 paragraphs). An ancestor's selector restyles only its subtree, once.
 */

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A CSS identifier we can write without escaping (ids and classes of other shapes are passed over). */
const IDENT = /^-?[A-Za-z_][A-Za-z0-9_-]{0,80}$/;

/**
 * Selectors covering the elements that hold a page's figures (each figure's text nodes' parents):
 * headings by their tag (a page has few, and they often sit outside the article's body), everything
 * else by its nearest common ancestor.
 */
export function markScopes(holders: Iterable<Element>): string[] {
  const scopes = new Set<string>();
  let common: Element | null = null;
  for (const holder of holders) {
    if (HEADINGS.has(holder.localName)) scopes.add(holder.localName);
    else common = common ? commonAncestor(common, holder) : holder;
  }
  if (common) scopes.add(selectorFor(common));
  return [...scopes];
}

function commonAncestor(a: Element, b: Element): Element {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node ?? a.ownerDocument.documentElement;
}

/**
 * The element's own selector, or its nearest ancestor's that has one: an id, else its least shared
 * class (sites rarely toggle those), else a main or article element's tag. Up at <body>: `:root`.
 */
export function selectorFor(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const tag = node.localName;
    if (tag === 'body' || tag === 'html' || !/^[a-z][a-z0-9-]*$/.test(tag)) return ':root';
    if (node.id && IDENT.test(node.id)) return `${tag}#${node.id}`;
    const cls = rarestClass(node);
    if (cls) return `${tag}.${cls}`;
    if (tag === 'main' || tag === 'article') return tag;
  }
  return ':root';
}

function rarestClass(element: Element): string | null {
  let best: string | null = null;
  let fewest = Infinity;
  for (const name of Array.from(element.classList)) {
    if (!IDENT.test(name)) continue;
    const count = element.ownerDocument.getElementsByClassName(name).length;
    if (count < fewest) {
      best = name;
      fewest = count;
    }
  }
  return best;
}
