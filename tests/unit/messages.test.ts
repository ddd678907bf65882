import { describe, expect, it } from 'vitest';
import { EngineHost } from '../../extension/background/engineHost';
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import { MAX_CLAIMS, MAX_MARK_SCOPES, isAnalysis, isAnalyzeRequest, isContentRequest, isPageStatus, isStatusChanged, isStyleMarks } from '../../extension/messages';
import { randomMarkNames } from '../../extension/markNames';

describe('message validation', () => {
  it('accepts exactly the well-formed requests', () => {
    expect(isContentRequest({ type: 'pardon-check/get-status' })).toBe(true);
    expect(isContentRequest({ type: 'pardon-check/reveal', index: 3 })).toBe(true);
  });

  it('ignores malformed, unknown or padded messages', () => {
    for (const bad of [null, 'pardon-check/get-status', [], {}, { type: 'pardon-check/reveal' }, { type: 'pardon-check/reveal', index: -1 },
      { type: 'pardon-check/reveal', index: 1.5 }, { type: 'pardon-check/reveal', index: '2' }, { type: 'pardon-check/get-status', extra: true },
      { type: 'other' }, { type: 'pardon-check/reveal', index: 1e9 }]) {
      expect(isContentRequest(bad)).toBe(false);
    }
  });

  it('takes a page to judge only with its entries in order and well-formed', () => {
    const request = { type: 'pardon-check/analyze', text: 'abc', published: null, hasHeadline: true, settings: true, sections: [{ start: 0, end: 2, published: '2025-01-13' }, { start: 2, end: 3, published: null }] };
    expect(isAnalyzeRequest(request)).toBe(true);
    for (const sections of [[{ start: 2, end: 3, published: null }, { start: 0, end: 2, published: null }], [{ start: 3, end: 2, published: null }],
      [{ start: 0, end: 2, published: 'yesterday' }], [{ start: 0, end: 2, published: null, html: '<b>' }], 'all', undefined]) {
      expect(isAnalyzeRequest({ ...request, sections })).toBe(false);
    }
    expect(isAnalyzeRequest({ ...request, settings: 'yes' })).toBe(false);
  });

  it('styles marks only in parts of the page named by plain selectors, and only under names of the expected shape', () => {
    const names = randomMarkNames();
    expect(isStyleMarks({ type: 'pardon-check/style-marks', names: null, scopes: ['div.story-body', 'h1', ':root'] })).toBe(true);
    expect(isStyleMarks({ type: 'pardon-check/style-marks', names, scopes: ['main'] })).toBe(true);
    for (const scopes of [['p{}'], ['*'], ['P'], ['main p'], 'p', Array.from({ length: MAX_MARK_SCOPES + 1 }, (_, i) => `x${i}`)]) {
      expect(isStyleMarks({ type: 'pardon-check/style-marks', names: null, scopes })).toBe(false);
    }
    expect(isStyleMarks({ type: 'pardon-check/style-marks', names: { ...names, host: 'x' }, scopes: ['main'] })).toBe(false);
  });

  it('validates the counts a content script reports', () => {
    expect(isStatusChanged({ type: 'pardon-check/status-changed', claims: 4, discrepancies: 1 })).toBe(true);
    expect(isStatusChanged({ type: 'pardon-check/status-changed', claims: 1, discrepancies: 4 })).toBe(false);
    expect(isStatusChanged({ type: 'pardon-check/status-changed', claims: 4, discrepancies: '1' })).toBe(false);
    expect(isStatusChanged({ type: 'pardon-check/status-changed', claims: 4, discrepancies: 1, html: '<img>' })).toBe(false);
  });

  it('checks page statuses before the popup renders them', () => {
    const claim = { index: 0, quote: 'q', span: '178', start: 4, value: 178, kind: 'running_total', verdict: 'outdated', reason: 'earlier-time', expected: 'e', sources: ['000'], factIds: ['r6.total'], refersTo: null, dismissed: null };
    expect(isPageStatus({ state: 'checked', published: null, round: 7, claims: [claim], truncated: false })).toBe(true);
    expect(isPageStatus({ state: 'checked', published: null, round: 7, claims: [{ ...claim, verdict: 'pwned' }], truncated: false })).toBe(false);
    expect(isPageStatus({ state: 'checked', published: null, round: 7, claims: [{ ...claim, sources: [1] }], truncated: false })).toBe(false);
    expect(isPageStatus({ state: 'checked', published: null, round: 7, claims: [{ ...claim, dismissed: 'page' }], truncated: false })).toBe(true);
    expect(isPageStatus({ state: 'checked', published: null, round: 7, claims: [{ ...claim, dismissed: 'somewhere' }], truncated: false })).toBe(false);
    // a fact id becomes a link's fragment in the popup: nothing but an id's characters
    expect(isPageStatus({ state: 'checked', published: null, round: 7, claims: [{ ...claim, factIds: ['"><img>'] }], truncated: false })).toBe(false);
    expect(isPageStatus({ state: 'off-topic' })).toBe(true);
    expect(isPageStatus({ state: 'weird' })).toBe(false);
  });

  it('the background\'s answer is compact, checks out, and is refused when its offsets or notes do not hold', () => {
    const text = 'Belarus frees 32 political prisoners\nLukashenko pardoned 32 political prisoners, bringing the total to 150. The fifth round freed 31.';
    const answer = new EngineHost(bundledKnowledge).analyze('t:0', { type: 'pardon-check/analyze', text, published: '2024-11-21', hasHeadline: true, sections: [] });
    expect(isAnalysis(answer)).toBe(true);
    // each claim's figure and sentence are read back from the text the content script sent
    expect(answer.claims.map((c) => text.slice(c.start, c.end))).toEqual(['32', '32', '150', 'fifth', '31']);
    expect(text.slice(answer.claims[2].quoteStart, answer.claims[2].quoteEnd)).toBe('Lukashenko pardoned 32 political prisoners, bringing the total to 150.');
    // the card and the popup link each figure to the KB facts behind its verdict
    expect(answer.notes[answer.claims[2].note].factIds).toContain('r6.total');
    expect(answer.claims[2].value).toBe(150);
    // both 32s share one note
    expect(answer.notes.length).toBeLessThan(answer.claims.length);
    const first = answer.claims[0];
    for (const bad of [
      { ...answer, claims: [{ ...first, note: answer.notes.length }] },
      { ...answer, claims: [{ ...first, quoteStart: first.start + 1 }] },
      { ...answer, claims: [{ ...first, end: first.start }] },
      { ...answer, claims: [{ ...first, verdict: 'pwned' }] },
      { ...answer, notes: [{ expected: 1, sources: [], refersTo: null }] },
      { ...answer, claims: Array.from({ length: MAX_CLAIMS + 1 }, () => first) },
      { ...answer, partial: undefined },
    ]) expect(isAnalysis(bad)).toBe(false);
  });
});
