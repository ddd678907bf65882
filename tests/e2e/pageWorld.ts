/**
 * What a web page's own scripts can observe of the browser they run in, gathered from the page's main
 * world as any page could: the DOM and its attributes, every element's computed style (pseudo-elements
 * and probed highlight names included), style sheets, the performance timeline, globals, the highlight
 * registry, custom elements, window messages and events, and every DOM mutation since the page began.
 * Used to compare the same page with and without the extension (noTrace.test.ts), in Chromium and Firefox.
 */

/** Names a page could probe for, had the extension kept fixed names (it did until this test existed). */
export const KNOWN_NAMES = {
  highlights: ['pardon-check-contradicted', 'pardon-check-outdated', 'pardon-check-supported', 'pardon-check-unverifiable', 'pardon-check-flash'],
  elements: ['pardon-check-ui', 'pardon-check-mark'],
  /** any timeline entry whose name says who made it */
  timeline: /pardon|check/i,
};

export interface PageWorld {
  html: string;
  /** computed style of every element and of its ::before, ::after, ::marker, ::selection and probed ::highlight() */
  styles: string[];
  styleSheets: string[];
  adoptedStyleSheets: number;
  timeline: string[];
  globals: string[];
  highlights: string[];
  customElements: string[];
  events: string[];
  mutations: number;
  /** the known names, probed one by one: all empty on a page the extension leaves alone */
  probes: { highlightStyles: string[]; timeline: string[]; elements: string[] };
}

/**
 * Run in the page before any of its scripts (Playwright's addInitScript, Puppeteer's
 * evaluateOnNewDocument): records messages, the events the extension's framework could dispatch,
 * and every mutation, as analytics and embeds on real pages do.
 */
export function recordPageEvents(extensionId: string): void {
  const seen: string[] = [];
  const world = window as unknown as { __seen: string[]; __mutations: number };
  world.__seen = seen;
  world.__mutations = 0;
  window.addEventListener('message', (event) => seen.push(`message:${JSON.stringify(event.data)}`));
  const names = ['wxt:content-script-started', 'wxt:locationchange'].flatMap((name) => ['content', 'checker'].map((script) => `${extensionId}:${script}:${name}`));
  for (const name of [...names, 'wxt:locationchange', 'pardon-check', 'pardon-check:ready']) {
    for (const target of [window, document]) target.addEventListener(name, (event) => seen.push(`event:${event.type}`));
  }
  new MutationObserver((records) => (world.__mutations += records.length)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Run in the page: its world as its own scripts see it. `known` is KNOWN_NAMES without the regex. */
export function readPageWorld(known: { highlights: string[]; elements: string[]; timeline: string }): PageWorld {
  const styleOf = (element: Element, pseudo: string | null) => {
    const style = getComputedStyle(element, pseudo);
    const parts: string[] = [];
    for (let i = 0; i < style.length; i++) parts.push(`${style[i]}:${style.getPropertyValue(style[i])}`);
    return parts.join(';');
  };
  const pseudos = ['::before', '::after', '::marker', '::selection', ...known.highlights.map((name) => `::highlight(${name})`), '::highlight(anything-a-page-might-try)'];
  const styles: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    styles.push(`${element.localName} ${styleOf(element, null)}`);
    for (const pseudo of pseudos) styles.push(`${element.localName}${pseudo} ${styleOf(element, pseudo)}`);
  }
  const timelineName = new RegExp(known.timeline, 'i');
  const timeline = performance.getEntries().filter((e) => ['mark', 'measure', 'resource'].includes(e.entryType)).map((e) => `${e.entryType}:${e.name}`);
  const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  const world = window as unknown as { __seen?: string[]; __mutations?: number };
  const transparent = getComputedStyle(document.documentElement, '::highlight(anything-a-page-might-try)').backgroundColor;
  return {
    html: document.documentElement.outerHTML,
    styles,
    styleSheets: [...document.styleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')),
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    timeline,
    globals: Object.getOwnPropertyNames(window).sort(),
    highlights: [...registry.keys()],
    customElements: known.elements.filter((name) => customElements.get(name) !== undefined),
    events: [...(world.__seen ?? [])],
    mutations: world.__mutations ?? -1,
    probes: {
      highlightStyles: known.highlights.filter((name) => getComputedStyle(document.documentElement, `::highlight(${name})`).backgroundColor !== transparent),
      timeline: timeline.filter((entry) => timelineName.test(entry)),
      elements: known.elements.filter((name) => document.getElementsByTagName(name).length > 0),
    },
  };
}

export const KNOWN_FOR_PAGE = { highlights: KNOWN_NAMES.highlights, elements: KNOWN_NAMES.elements, timeline: KNOWN_NAMES.timeline.source };

/** Where two snapshots of the same page differ, field by field (for readable failures). */
export function worldDifferences(ours: PageWorld, bare: PageWorld): string[] {
  const out: string[] = [];
  for (const key of Object.keys(bare) as (keyof PageWorld)[]) {
    if (JSON.stringify(ours[key]) !== JSON.stringify(bare[key])) out.push(key);
  }
  return out;
}
