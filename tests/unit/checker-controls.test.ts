// @vitest-environment happy-dom
/**
 * The reader's controls in the checker, without a browser: hiding the marks on a tab, the verdicts to mark,
 * a dismissed flag (with undo on the card), and the "This flag is wrong" report. happy-dom has no Highlight
 * API: a stand-in registry holds the marks, as the browser's does.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Checker, type MarkView } from '../../extension/content/checker';
import { EngineHost } from '../../extension/background/engineHost';
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import type { ClaimSummary, PageStatus } from '../../extension/messages';
import type { DismissScope } from '../../extension/settings/settings';
import type { CardActions } from '../../extension/ui/claimCard';
import { randomMarkNames } from '../../extension/markNames';
import { flagReport, REPORT_EMAIL, REPORT_ISSUES } from '../../extension/ui/report';

const names = randomMarkNames();
const engine = new EngineHost(bundledKnowledge);
const PAGE = '<head><title>News</title><meta name="date" content="2024-11-21"></head><body><main><h1>Belarus frees 32 political prisoners</h1>'
  + '<p>Lukashenko pardoned 32 political prisoners, bringing the total to 150.</p></main></body>';

let checker: Checker | null = null;
const registry = new Map<string, Set<Range>>();
beforeEach(() => {
  registry.clear();
  // new Highlight(range, …) takes the ranges as arguments, not as one iterable
  Object.defineProperty(window, 'Highlight', { value: class extends Set<Range> { constructor(...ranges: Range[]) { super(ranges); } }, configurable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
});
afterEach(() => {
  checker?.stop();
  checker = null;
  delete (window as { Highlight?: unknown }).Highlight;
  delete (window as { CSS?: unknown }).CSS;
});

interface Run {
  statuses: PageStatus[];
  calls: string[];
  checked(): Extract<PageStatus, { state: 'checked' }>;
}

async function run(view: Partial<MarkView> = {}): Promise<Run> {
  document.documentElement.innerHTML = PAGE;
  const statuses: PageStatus[] = [];
  const calls: string[] = [];
  const actions = (claim: ClaimSummary): CardActions => ({
    dismiss: (scope: DismissScope) => calls.push(`dismiss ${claim.span} ${scope}`),
    undo: () => calls.push(`undo ${claim.span}`),
    report: () => flagReport(claim, { page: 'https://news.example/a', published: '2024-11-21', extensionVersion: '0.1.0', kbVersion: 'kb-1', today: '2026-11-29' }),
    knowledge: (fact) => calls.push(`knowledge ${fact}`),
  });
  checker = new Checker(document, {
    styles: { overlay: ':host{}', card: '.card{}' }, marks: async () => names, onStatus: (s) => statuses.push(s), view, actions,
    analyze: async (request) => engine.analyze('controls:0', { type: 'pardon-check/analyze', ...request }),
  });
  checker.start();
  for (let i = 0; i < 50 && statuses.at(-1)?.state !== 'checked'; i++) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 20));
  return {
    statuses,
    calls,
    checked: () => {
      const last = statuses.at(-1)!;
      if (last.state !== 'checked') throw new Error(`not checked: ${last.state}`);
      return last;
    },
  };
}

/** The figures marked on the page now, with their verdicts, in page order. */
const marked = () => Object.entries(names.highlight)
  .flatMap(([verdict, name]) => [...(registry.get(name) ?? [])].map((range) => ({ at: range.startOffset, text: `${range.toString()}:${verdict}` })))
  .sort((a, b) => a.at - b.at).map((m) => m.text);
const shadow = () => document.querySelector(names.host)?.shadowRoot ?? null;
const click = (selector: string) => (shadow()!.querySelector(selector) as HTMLElement).click();

describe('the reader\'s controls in the checker', () => {
  it('marks only the verdicts the reader chose, and follows a change of that choice', async () => {
    await run({ verdicts: { contradicted: true, outdated: true, unverifiable: true, supported: false } });
    expect(marked()).toEqual(['150:contradicted']);
    checker!.setView({ verdicts: { contradicted: true, outdated: true, unverifiable: true, supported: true } });
    expect(marked()).toEqual(['32:supported', '32:supported', '150:contradicted']);
  });

  it('hides every mark on the tab and shows them again, the popup still listing every figure', async () => {
    const { checked } = await run();
    expect(marked()).toHaveLength(3);
    expect(checker!.handle({ type: 'pardon-check/set-hidden', hidden: true })).toEqual({ ok: true });
    expect(marked()).toEqual([]);
    expect(checked().claims).toHaveLength(3);
    checker!.handle({ type: 'pardon-check/set-hidden', hidden: false });
    expect(marked()).toHaveLength(3);
  });

  it('a dismissed flag loses its mark, the popup hears which and where, and it comes back when restored', async () => {
    const { checked } = await run();
    checker!.setView({ dismissal: ({ span }) => (span === '150' ? 'page' : null) });
    expect(marked()).toEqual(['32:supported', '32:supported']);
    expect(checked().claims.map((c) => c.dismissed)).toEqual([null, null, 'page']);
    checker!.setView({ dismissal: () => null });
    expect(marked()).toContain('150:contradicted');
    expect(checked().claims.map((c) => c.dismissed)).toEqual([null, null, null]);
  });

  it('a flag dismissed before the page is read is never marked', async () => {
    const { checked } = await run({ dismissal: ({ span, quote }) => (span === '150' && quote.includes('total to 150') ? 'everywhere' : null) });
    expect(marked()).not.toContain('150:contradicted');
    expect(checked().claims[2].dismissed).toBe('everywhere');
  });

  it('the card offers dismissal in the scope\'s own words, then undo right there', async () => {
    const { calls } = await run();
    checker!.handle({ type: 'pardon-check/reveal', index: 2 });
    const buttons = [...shadow()!.querySelectorAll('[data-action="dismiss"]')].map((b) => b.textContent);
    expect(buttons).toEqual(['Dismiss on this page', 'Dismiss everywhere this figure and sentence appear']);
    click('[data-action="dismiss"][data-scope="everywhere"]');
    expect(calls).toEqual(['dismiss 150 everywhere']);
    expect(shadow()!.querySelector('.status')!.textContent).toContain('Dismissed everywhere this figure and sentence appear.');
    // undo has the focus, for a reader on the keyboard
    expect(shadow()!.activeElement?.getAttribute('data-action')).toBe('undo');
    click('[data-action="undo"]');
    expect(calls).toEqual(['dismiss 150 everywhere', 'undo 150']);
    expect(shadow()!.querySelectorAll('[data-action="dismiss"]')).toHaveLength(2);
  });

  it('"This flag is wrong" shows the whole report, then offers copy, an e-mail draft and an issue, all carrying it', async () => {
    await run();
    checker!.handle({ type: 'pardon-check/reveal', index: 2 });
    click('[data-action="report"]');
    const text = (shadow()!.querySelector('textarea') as HTMLTextAreaElement).value;
    for (const part of ['Figure: 150', 'Sentence: "Lukashenko pardoned 32 political prisoners, bringing the total to 150."', 'Verdict: contradicted',
      'What the knowledge base holds:', 'Knowledge base facts: ', 'Sources: ', 'Page: https://news.example/a', 'Page dated: 2024-11-21',
      'Extension version: 0.1.0; knowledge base version: kb-1']) expect(text).toContain(part);
    expect(shadow()!.querySelector('[data-action="copy-report"]')).not.toBeNull();
    const mail = shadow()!.querySelector('[data-action="email-report"]')!.getAttribute('href')!;
    expect(mail.startsWith(`mailto:${REPORT_EMAIL}?subject=`)).toBe(true);
    expect(decodeURIComponent(mail.split('&body=')[1])).toBe(text);
    const issue = new URL(shadow()!.querySelector('[data-action="issue-report"]')!.getAttribute('href')!);
    expect(`${issue.origin}${issue.pathname}`).toBe(REPORT_ISSUES);
    expect(issue.searchParams.get('body')).toBe(text);
    expect(issue.searchParams.get('title')).toBe('Wrong flag: 150 (contradicted)');
  });

  it('the card\'s sources line opens the knowledge page at the fact behind the verdict', async () => {
    const { calls, checked } = await run();
    checker!.handle({ type: 'pardon-check/reveal', index: 2 });
    click('[data-action="knowledge"]');
    expect(calls).toEqual([`knowledge ${checked().claims[2].factIds[0]}`]);
    expect(checked().claims[2].factIds[0]).toMatch(/^r\d\.total$/);
  });
});
