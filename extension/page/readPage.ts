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
  /** the element read (contentRoot): a later read can go on from this one only while it stays the same */
  root?: Element;
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
export function readPageSteps(doc: Document, options: ReadOptions = {}): Generator<void, PageText> {
  return readSteps(doc, contentRoot(doc), options, null);
}

/**
 * What a page added since it was last read, read as the rest of that read: the text, segments and sections a read
 * of the whole page would give, at the cost of the new nodes alone. `added` are the subtrees the page added (in
 * document order, none inside another); null when they are not simply more of the page after everything read
 * (then only a whole read gives the same text): the reading root or the headline changed, the first added node
 * is not a block of its own (its text might join the last line read), a node sits before text already read,
 * inside a table, an entry (`<article>`) or an element the reader skips, or the last read was cut short.
 */
export function readAppendedSteps(doc: Document, previous: PageText, added: readonly Node[], options: ReadOptions = {}): Generator<void, PageText> | null {
  const root = contentRoot(doc);
  const last = previous.segments.at(-1);
  if (!added.length || root !== previous.root || previous.truncated || !last || last.end !== previous.text.length) return null;
  // the page's first <h1> is read first wherever it stands: one that came with the new nodes changes the whole read
  const h1 = doc.querySelector('h1');
  if (h1 && added.some((node) => node.contains(h1))) return null;
  // blank text before the first block added is not read, when a block ends or begins between it and the last text read
  let blank = 0;
  while (blank < added.length && added[blank].nodeType === 3 && !(added[blank] as Text).data.trim()) blank++;
  if (blank > 0 && !blockBetween(last.node, added[0])) return null;
  added = added.slice(blank);
  const first = added[0];
  if (!first || first.nodeType !== 1 || INLINE_TAGS.has((first as Element).tagName) || skipElement(first as Element, options)) return null;
  if (!(last.node.compareDocumentPosition(first) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */)) return null;
  // the elements around the added nodes, each tested once: a feed adds its entries into the same few
  const around = new Set<Element>();
  for (const node of added) {
    if (node === root || !root.contains(node)) return null;
    for (let up = node.parentElement; up && !around.has(up); up = up === root ? null : up.parentElement) {
      const tag = up.tagName;
      if (tag === 'TABLE' || (tag === 'ARTICLE' && up !== root) || skipElement(up, options, tag)) return null;
      around.add(up);
    }
  }
  return readSteps(doc, root, options, { previous, added });
}

/** Whether an element that is not inline closes after `a` or opens before `b`, so a read breaks the line between them. */
function blockBetween(a: Node, b: Node): boolean {
  for (let up = a.parentElement; up && !up.contains(b); up = up.parentElement) if (!INLINE_TAGS.has(up.tagName)) return true;
  for (let up = b.parentElement; up && !up.contains(a); up = up.parentElement) if (!INLINE_TAGS.has(up.tagName)) return true;
  return false;
}

function* readSteps(doc: Document, root: Element, options: ReadOptions, resume: { previous: PageText; added: readonly Node[] } | null): Generator<void, PageText> {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const maxChars = options.maxChars ?? MAX_PAGE_CHARS;
  // a read that goes on from an earlier one starts where its text ended, within a line (the first node added opens a block)
  let length = resume ? resume.previous.text.length : 0;
  let truncated = false;
  let lastWasBreak = !resume;
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

  if (resume) {
    for (const node of resume.added) yield* walk(node);
    const { previous } = resume;
    const more = parts.join('').replace(/\n$/, '');
    return {
      text: previous.text + more,
      segments: segments.length ? previous.segments.concat(segments) : previous.segments,
      sections: sections.length ? previous.sections.concat(sections.filter((s) => s.end > s.start)) : previous.sections,
      hasHeadline: previous.hasHeadline,
      truncated,
      root,
    };
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
  return { text, segments, sections: sections.filter((s) => s.end > s.start), hasHeadline, truncated, root };
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
