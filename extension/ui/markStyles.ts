/**
 * The names our marks carry in the page and the style sheet that paints them, both made per page load.
 *
 * The document's highlight registry and the host element are visible to the page's own scripts, so no
 * name of ours is fixed or guessable: a page cannot probe for `::highlight(some-known-name)` or look up a
 * known element name to learn that the reader runs this extension. The sheet is inserted by the
 * background (scripting.insertCSS), only into pages the checker marks, where page scripts cannot list it.
 */
import type { Verdict } from '../engine/types';

export interface MarkNames {
  /** highlight name per verdict, and one for the flash of a revealed figure */
  highlight: Record<Verdict | 'flash', string>;
  /** the element holding the card and badges (a valid custom-element name, so it can hold a shadow root) */
  host: string;
  /** the wrapper element used only where the Highlight API is missing */
  mark: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Lower-case letters only: valid in CSS identifiers and element names. */
function randomWord(length: number, random: (n: number) => Uint8Array): string {
  return Array.from(random(length), (byte) => LETTERS[byte % LETTERS.length]).join('');
}

const cryptoBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

export function randomMarkNames(random: (n: number) => Uint8Array = cryptoBytes): MarkNames {
  const word = () => randomWord(10, random);
  return {
    highlight: { contradicted: word(), outdated: word(), supported: word(), unverifiable: word(), flash: word() },
    host: `${word()}-${word()}`,
    mark: `${word()}-${word()}`,
  };
}

export function isMarkNames(value: unknown): value is MarkNames {
  if (typeof value !== 'object' || value === null) return false;
  const { highlight, host, mark } = value as Partial<MarkNames>;
  const ident = (s: unknown) => typeof s === 'string' && /^[a-z]{4,40}$/.test(s);
  const element = (s: unknown) => typeof s === 'string' && /^[a-z]{2,40}-[a-z]{2,40}$/.test(s);
  return typeof highlight === 'object' && highlight !== null && element(host) && element(mark)
    && (['contradicted', 'outdated', 'supported', 'unverifiable', 'flash'] as const).every((k) => ident(highlight[k]));
}

/** A distinct line style per verdict, not colour alone; Firefox paints only a highlight's background, so those differ in lightness too. */
export const MARK_PAINT: Record<Verdict | 'flash', string> = {
  contradicted: 'background-color: rgba(220, 38, 38, 0.28); text-decoration: underline wavy #c81e1e; text-decoration-thickness: 2px;',
  outdated: 'background-color: rgba(245, 180, 30, 0.3); text-decoration: underline dotted #b45309; text-decoration-thickness: 3px;',
  supported: 'background-color: rgba(22, 130, 80, 0.08); text-decoration: underline solid rgba(22, 130, 80, 0.7); text-decoration-thickness: 1px;',
  unverifiable: 'background-color: rgba(100, 100, 110, 0.08); text-decoration: underline dashed rgba(100, 100, 110, 0.6); text-decoration-thickness: 1px;',
  flash: 'background-color: rgba(250, 204, 21, 0.75); color: #000;',
};

/**
 * A selector our marks' rules may sit on (see extension/content/markScope.ts): `:root`, an element's tag,
 * or a tag with an id or one class, each a plain identifier. Nothing else is ever written into a sheet.
 */
export const isMarkScope = (value: unknown): value is string => typeof value === 'string'
  && (value === ':root' || /^[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){0,4}(?:[#.]-?[A-Za-z_][A-Za-z0-9_-]{0,80})?$/.test(value));

/** Where the marks' styles apply, in a browser that inherits highlight styles (Chromium) or one that does not (Firefox). */
export interface MarkSheetOptions {
  inheritsHighlightStyles: boolean;
  /** where styles inherit: the selectors of the page's parts that hold figures (markScopes()); none: `:root` */
  scopes?: readonly string[];
  /** the fallback wrappers' rules too (the first sheet a page gets; later ones add scopes only) */
  wrappers?: boolean;
}

/**
 * The marks' sheet for these names. A bare `::highlight(name)` rule applies to every element, and
 * Chromium then works out highlight styles for each element of the page on every style recalculation
 * (about 70 % slower on a 4,000-paragraph page), so there the rules go on the parts of the page holding
 * figures, whose descendants inherit them (MarkSheetOptions.scopes). Firefox does not inherit highlight styles
 * and keeps the bare rules.
 */
export function markStylesheet(names: MarkNames, options: MarkSheetOptions): string {
  const scopes = (options.scopes ?? []).filter(isMarkScope);
  const selector = (name: string) => {
    if (!options.inheritsHighlightStyles) return `::highlight(${name})`;
    if (!scopes.length) return `:root::highlight(${name})`;
    return scopes.map((s) => `${s}::highlight(${name})`).join(', ');
  };
  const rules = (Object.keys(MARK_PAINT) as (Verdict | 'flash')[]).map((key) => `${selector(names.highlight[key])} { ${MARK_PAINT[key]} }`);
  if (options.wrappers === false) return rules.join('\n');
  // fallback wrappers, only where the Highlight API is missing
  for (const key of Object.keys(MARK_PAINT) as (Verdict | 'flash')[]) {
    const wrapper = key === 'flash' ? `${names.mark}[data-flash]` : `${names.mark}[data-verdict="${key}"]`;
    rules.push(`${wrapper} { ${MARK_PAINT[key]} }`);
  }
  return rules.join('\n');
}
