// @vitest-environment happy-dom
/** The knowledge page runs to March 2026 and names sources by outlet and date (a seed by what it is), never by a file number. */
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../entrypoints/knowledge/App';

describe('the knowledge page', () => {
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(h(App, {}), root);
  const text = root.textContent ?? '';
  const cells = (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');

  it('runs its timeline, chart and counts to March 2026', () => {
    expect(root.querySelectorAll('.timeline > li')).toHaveLength(26);
    expect(text).toContain('19 March 2026');
    expect(root.querySelectorAll('[data-chart] .points g').length).toBe(22);
    expect(cells('[data-table="held"] tbody tr').at(-1)).toMatch(/^Viasna1,140March 2026Yevropeiska Pravda, 5 Mar 2026/);
  });

  it('names sources by outlet and date, or a seed by what it is and when', () => {
    const names = cells('.articles li strong');
    expect(names).toContain('BelTA, 30 Dec 2025');
    expect(names).toContain('seed report on the sixth round, Nov 2024');
    expect(names.some((n) => /^Article /.test(n))).toBe(false);
    expect(cells('[data-table="ledger"] tbody th')[0]).toMatch(/^Vox News, 21 Jun 2025/);
  });
});
