/**
 * Build plugin: the marks' style sheet (extension/ui/marks.css) as each browser should get it. It is
 * declared with the topic gate, so the browser applies it as the page is first styled: added later,
 * its highlight rules would make the browser restyle the whole page (60–90 ms on a 20,000-paragraph page).
 * Where highlight styles inherit (Chromium), the rules go on :root and cost nothing (see markStyles.ts).
 */
import { markStyles } from '../extension/ui/markStyles';

export function markStylesFor(inheritsHighlightStyles: boolean) {
  return {
    name: 'pardon-check:mark-styles',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!id.split('?')[0].endsWith('/extension/ui/marks.css')) return null;
      return { code: markStyles(code, inheritsHighlightStyles), map: null };
    },
  };
}
