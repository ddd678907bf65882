import { describe, expect, it } from 'vitest';
import { isMarkNames, isMarkScope, randomMarkNames } from '../../extension/markNames';
import { markStylesheet } from '../../extension/ui/markStyles';

const rules = (css: string) => css.split('\n').map((rule) => rule.trim()).filter(Boolean);

describe('names for marks', () => {
  it('are new for every page load and carry nothing a page could guess', () => {
    const a = randomMarkNames();
    const b = randomMarkNames();
    expect(isMarkNames(a)).toBe(true);
    const all = [...Object.values(a.highlight), a.host, a.mark, ...Object.values(b.highlight), b.host, b.mark];
    expect(new Set(all).size).toBe(all.length);
    expect(all.join(' ')).not.toMatch(/pardon|check|belarus|mark|verdict/i);
    // a custom-element name (lower case with a hyphen): it can hold a shadow root without being defined
    expect(a.host).toMatch(/^[a-z]+-[a-z]+$/);
  });

  it('anything else is refused', () => {
    expect(isMarkNames(null)).toBe(false);
    expect(isMarkNames({ ...randomMarkNames(), host: 'x' })).toBe(false);
    expect(isMarkNames({ ...randomMarkNames(), highlight: { contradicted: 'a b{}' } })).toBe(false);
  });
});

describe('markStylesheet', () => {
  const names = randomMarkNames();

  it('styles each verdict under its own name, on the parts of the page holding figures where highlight styles inherit (Chromium)', () => {
    const sheet = rules(markStylesheet(names, { inheritsHighlightStyles: true, scopes: ['div.article-body', 'h1'] }));
    for (const [verdict, name] of Object.entries(names.highlight)) {
      expect(sheet.filter((r) => r.startsWith(`div.article-body::highlight(${name}), h1::highlight(${name}) {`))).toHaveLength(1);
      expect(sheet.some((r) => r.startsWith(`${names.mark}[data-${verdict === 'flash' ? 'flash]' : `verdict="${verdict}"]`}`))).toBe(true);
    }
    // nothing that reaches every element: no bare rule, none on :root
    expect(sheet.some((r) => r.startsWith('::highlight(') || r.startsWith(':root'))).toBe(false);
  });

  it('falls back to :root without scopes, and adds scopes alone to a page that has its first sheet', () => {
    expect(rules(markStylesheet(names, { inheritsHighlightStyles: true })).filter((r) => r.startsWith(':root::highlight('))).toHaveLength(5);
    const more = rules(markStylesheet(names, { inheritsHighlightStyles: true, scopes: ['main'], wrappers: false }));
    expect(more).toHaveLength(5);
    expect(more.every((r) => r.startsWith('main::highlight('))).toBe(true);
  });

  it('never writes anything but a tag, a tag with an id or class, or :root as a selector', () => {
    const sheet = markStylesheet(names, { inheritsHighlightStyles: true, scopes: ['section#live', 'x{}body', '*', 'my-widget', 'P', 'div.a b', 'div[x]', 'div.w-1/2'] });
    expect(sheet).toContain('section#live::highlight(');
    expect(sheet).toContain('my-widget::highlight(');
    expect(sheet).not.toMatch(/x\{\}body|\*::|P::|div\.a b|div\[x\]|w-1\/2/);
    for (const ok of [':root', 'td', 'div.article__body', 'main#content']) expect(isMarkScope(ok)).toBe(true);
    for (const bad of ['a b', 'div.a.b', 'div > p', ':root p', 'div#1st']) expect(isMarkScope(bad)).toBe(false);
  });

  it('keeps bare highlight rules where they do not inherit (Firefox)', () => {
    const sheet = rules(markStylesheet(names, { inheritsHighlightStyles: false, scopes: ['main'] }));
    expect(sheet.filter((r) => r.startsWith('::highlight('))).toHaveLength(5);
    expect(sheet.some((r) => r.startsWith(':root') || r.startsWith('main::'))).toBe(false);
  });

  it('gives the verdicts distinct line styles, not colour alone', () => {
    const sheet = markStylesheet(names, { inheritsHighlightStyles: true, scopes: ['main'] });
    const style = (name: string) => sheet.split('\n').find((r) => r.includes(`(${name})`))!;
    expect(style(names.highlight.contradicted)).toContain('wavy');
    expect(style(names.highlight.outdated)).toContain('dotted');
    expect(style(names.highlight.supported)).toContain('solid');
    expect(style(names.highlight.unverifiable)).toContain('dashed');
  });
});
