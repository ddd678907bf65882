import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markStyles } from '../../extension/ui/markStyles';

const sheet = readFileSync(new URL('../../extension/ui/marks.css', import.meta.url), 'utf8');
const rules = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').match(/[^{}]+\{[^}]*\}/g)!.map((rule) => rule.trim());

describe('markStyles', () => {
  it('puts every highlight rule on :root where highlight styles inherit, and leaves the other rules alone', () => {
    const before = rules(sheet);
    const after = rules(markStyles(sheet, true));
    expect(after).toHaveLength(before.length);
    const highlightRules = before.filter((rule) => rule.startsWith('::highlight('));
    expect(highlightRules.length).toBeGreaterThanOrEqual(5);
    after.forEach((rule, i) => {
      expect(rule).toBe(before[i].startsWith('::highlight(') ? `:root${before[i]}` : before[i]);
    });
  });

  it('handles the minified sheet the bundler inlines', () => {
    const minified = '::highlight(a){color:red}::highlight(b){color:blue}x-mark[data-v=a]{color:green}';
    expect(markStyles(minified, true)).toBe(':root::highlight(a){color:red}:root::highlight(b){color:blue}x-mark[data-v=a]{color:green}');
  });

  it('keeps the bare rules where highlight styles do not inherit (Firefox)', () => {
    expect(markStyles(sheet, false)).toBe(sheet);
  });
});
