/** axe-core (npm), injected into a page to list its accessibility violations (WCAG 2 A and AA rules, and axe's best practices). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The violations axe finds in the page as it is now drawn, each with the elements it found them in.
 * `within`: only inside this element of an open shadow root (host selector, then the selector inside it).
 */
export async function axeViolations(page: Page, within?: [string, string]): Promise<AxeViolation[]> {
  // evaluated over the DevTools protocol, not added as a <script>: extension pages' CSP (script-src 'self') blocks inline scripts
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (path) => {
    const context = path ? { include: [[path]] } : document;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const { violations } = await (window as any).axe.run(context, { resultTypes: ['violations'] });
    return violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, within ?? null);
}
