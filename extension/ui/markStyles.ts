/**
 * The style sheet that paints our marks, for the names made per page load (../markNames.ts). The sheet is
 * inserted by the background (scripting.insertCSS), only into pages the checker marks, where page scripts
 * cannot list it.
 */
import type { Verdict } from '../engine/types';
import { isMarkScope, type MarkNames } from '../markNames';

/** A distinct line style per verdict, not colour alone; Firefox paints only a highlight's background, so those differ in lightness too. */
export const MARK_PAINT: Record<Verdict | 'flash', string> = {
  contradicted: 'background-color: rgba(220, 38, 38, 0.28); text-decoration: underline wavy #c81e1e; text-decoration-thickness: 2px;',
  outdated: 'background-color: rgba(245, 180, 30, 0.3); text-decoration: underline dotted #b45309; text-decoration-thickness: 3px;',
  supported: 'background-color: rgba(22, 130, 80, 0.08); text-decoration: underline solid rgba(22, 130, 80, 0.7); text-decoration-thickness: 1px;',
  unverifiable: 'background-color: rgba(100, 100, 110, 0.08); text-decoration: underline dashed rgba(100, 100, 110, 0.6); text-decoration-thickness: 1px;',
  flash: 'background-color: rgba(250, 204, 21, 0.75); color: #000;',
};

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
