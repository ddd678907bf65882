/**
 * The marks' style sheet as each browser gets it (applied at build time, see scripts/markStylesPlugin.ts).
 *
 * A bare `::highlight(name)` rule applies to every element, and Chromium then works out highlight styles
 * for each element of the page on every style recalculation: about 70 % slower on a 4,000-paragraph
 * page (9.3 → 15.9 ms). Chromium inherits highlight styles from parent to child (CSS highlight
 * inheritance), so the same rules on `:root` alone reach every figure at no cost. Firefox ESR does not
 * inherit them, so it keeps the bare rules.
 */
export function markStyles(css: string, inheritsHighlightStyles: boolean): string {
  if (!inheritsHighlightStyles) return css;
  // a highlight rule starts the sheet or follows a comment or another rule, whether minified or not
  return css.replace(/(^|\}|\*\/)(\s*)::highlight\(/g, '$1$2:root::highlight(');
}
