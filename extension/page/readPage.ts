/**
 * Reads a page's text in document order, as blocks joined by "\n", with a map from text offsets back
 * to DOM text nodes. Skips code, hidden and editable content and, where clear, site chrome.
 * Works on any DOM (the browser's, linkedom's in the CLI, happy-dom's in tests).
 */
import type { PageSection } from '../engine/types';
import { normaliseDate } from '../engine/time';

export interface TextSegment {
  node: Text;
  /** offset of the node's first character in the page text */
  start: number;
  end: number;
}

export interface PageText {
  text: string;
  segments: TextSegment[];
  /** the page's entries (each <article> inside the content), with their own dates: live-blog posts, teasers */
  sections: PageSection[];
  /** the first block is the page's headline (an h1) */
  hasHeadline: boolean;
  /** reading stopped at the character cap: the rest of the page was not read */
  truncated: boolean;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'MATH', 'HEAD']);
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'DIALOG', 'MENU']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu', 'menubar', 'toolbar']);
const INLINE_TAGS = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL', 'NOBR']);

/** Hard cap on what one page read may hold: a huge page is read up to here, not frozen on. */
export const MAX_PAGE_CHARS = 2_000_000;

export interface ReadOptions {
  /** skip elements the browser does not render (uses checkVisibility where available) */
  checkVisibility?: boolean;
  /** elements never read (the extension's own UI host) */
  exclude?: Element | null;
  maxChars?: number;
}

/** The element holding the article: <main>, else a single <article>, else <body>. */
export function contentRoot(doc: Document): Element {
  const main = doc.querySelector('main, [role="main"]');
  if (main) return main;
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0];
  return doc.body ?? doc.documentElement;
}

/** Reads the whole page in one go. */
export function readPage(doc: Document, options: ReadOptions = {}): PageText {
  const steps = readPageSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Nodes visited between two pauses of readPageSteps(). */
const NODES_PER_STEP = 400;

/**
 * Reads the page as a generator that pauses every few hundred nodes, so a caller can spread a long
 * page over short tasks (yielding to the page between them).
 */
export function* readPageSteps(doc: Document, options: ReadOptions = {}): Generator<void, PageText> {
  const root = contentRoot(doc);
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const maxChars = options.maxChars ?? MAX_PAGE_CHARS;
  let length = 0;
  let truncated = false;
  let lastWasBreak = true;
  const breakBlock = () => {
    if (!lastWasBreak && length > 0) {
      parts.push('\n');
      length += 1;
      lastWasBreak = true;
    }
  };
  const pushText = (node: Text) => {
    const raw = node.data;
    if (!raw) return;
    if (length + raw.length > maxChars) {
      truncated = true;
      return;
    }
    // keep one character per character so offsets map straight back to the node
    const flat = raw.replace(/[\n\r\t\f\v]/g, ' ');
    if (lastWasBreak && !flat.trim()) return;
    segments.push({ node, start: length, end: length + flat.length });
    parts.push(flat);
    length += flat.length;
    lastWasBreak = false;
  };

  const sections: PageSection[] = [];
  let openSection: PageSection | null = null;
  const SECTION_END = {};

  let visited = 0;
  const BLOCK_END = {};
  /** Depth-first, in document order, with an explicit stack: deep pages cannot overflow it. */
  function* walk(start: Node): Generator<void, void> {
    const stack: (Node | typeof BLOCK_END)[] = [start];
    while (stack.length && !truncated) {
      const item = stack.pop()!;
      if (item === BLOCK_END) {
        breakBlock();
        continue;
      }
      if (item === SECTION_END) {
        openSection!.end = length;
        openSection = null;
        continue;
      }
      if (++visited % NODES_PER_STEP === 0) yield;
      const node = item as Node;
      if (node.nodeType === 3) {
        pushText(node as Text);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      // each property read crosses into the DOM: read the tag once
      const tag = element.tagName;
      if (skipElement(element, options, tag)) continue;
      if (tag === 'TABLE') {
        walkTable(element);
        continue;
      }
      const inline = INLINE_TAGS.has(tag);
      if (!inline) breakBlock();
      if (tag === 'BR') continue;
      // an entry of its own (nested articles, such as embedded posts, belong to the entry around them)
      if (tag === 'ARTICLE' && !openSection && element !== root) {
        openSection = { start: length, end: length, published: normaliseDate(element.querySelector('time[datetime]')?.getAttribute('datetime')) };
        sections.push(openSection);
        stack.push(SECTION_END);
      }
      if (!inline) stack.push(BLOCK_END);
      for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }

  // the headline often sits outside <main>/<article>: read it first
  const h1 = doc.querySelector('h1');
  let hasHeadline = false;
  if (h1 && !root.contains(h1) && !skipElement(h1, options)) {
    yield* walk(h1);
    breakBlock();
    hasHeadline = length > 0;
  }

  /** Text the reader adds (table headers, separators): part of the page text, mapped to no node. */
  function pushSynthetic(text: string): void {
    if (length + text.length > maxChars) return;
    parts.push(text);
    length += text.length;
    lastWasBreak = false;
  }

  /** Cell contents stay on one line: a cell is read inline even if it holds block elements. */
  function walkInline(node: Node): void {
    if (truncated) return;
    if (node.nodeType === 3) return pushText(node as Text);
    if (node.nodeType !== 1 || skipElement(node as Element, options)) return;
    for (let child = node.firstChild; child; child = child.nextSibling) walkInline(child);
  }

  /** A table row becomes one line, each cell labelled by its column header: "Month: July; Pardoned: 18". */
  function walkTable(table: Element): void {
    const rows = Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
    const headerRow = rows.find((row) => row.querySelector('th') && !row.querySelector('td'));
    const headers = headerRow ? Array.from(headerRow.children).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()) : [];
    breakBlock();
    for (const row of rows) {
      const cells = Array.from(row.children).filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
      cells.forEach((cell, i) => {
        if (i > 0) pushSynthetic('; ');
        if (row !== headerRow && headers[i]) pushSynthetic(`${headers[i]}: `);
        walkInline(cell);
      });
      if (row !== headerRow || !headers.length) pushSynthetic('.');
      breakBlock();
    }
  }

  yield* walk(root);
  if (!hasHeadline && segments.length) {
    const first = segments[0].node.parentElement?.closest('h1');
    hasHeadline = Boolean(first);
  }
  // reading stopped inside an entry: it runs to where reading stopped
  const unclosed = openSection as PageSection | null;
  if (unclosed) unclosed.end = length;
  const text = parts.join('').replace(/\n$/, '');
  return { text, segments, sections: sections.filter((s) => s.end > s.start), hasHeadline, truncated };
}

function skipElement(element: Element, options: ReadOptions, tag = element.tagName): boolean {
  if (SKIP_TAGS.has(tag) || element === options.exclude) return true;
  if (CHROME_TAGS.has(tag) && !element.closest('article')) return true;
  if (tag === 'HEADER' && !element.closest('article, main')) return true;
  // most text elements carry no attributes at all: one call rules out the four attribute tests
  if (element.hasAttributes()) {
    const role = element.getAttribute('role');
    if (role && CHROME_ROLES.has(role)) return true;
    if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
    const editable = element.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
  }
  if (options.checkVisibility && typeof (element as HTMLElement).checkVisibility === 'function' && !(element as HTMLElement).checkVisibility()) return true;
  return false;
}
