import { describe, expect, it } from 'vitest';
import { isContentRequest, isPageStatus, isStatusChanged } from '../../extension/messages';

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

  it('validates the counts a content script reports', () => {
    expect(isStatusChanged({ type: 'pardon-check/status-changed', claims: 4, discrepancies: 1 })).toBe(true);
    expect(isStatusChanged({ type: 'pardon-check/status-changed', claims: 1, discrepancies: 4 })).toBe(false);
    expect(isStatusChanged({ type: 'pardon-check/status-changed', claims: 4, discrepancies: '1' })).toBe(false);
    expect(isStatusChanged({ type: 'pardon-check/status-changed', claims: 4, discrepancies: 1, html: '<img>' })).toBe(false);
  });

  it('checks page statuses before the popup renders them', () => {
    const claim = { index: 0, quote: 'q', span: '178', kind: 'running_total', verdict: 'outdated', expected: 'e', sources: ['000'], refersTo: null };
    expect(isPageStatus({ state: 'checked', published: null, round: 7, claims: [claim], truncated: false })).toBe(true);
    expect(isPageStatus({ state: 'checked', published: null, round: 7, claims: [{ ...claim, verdict: 'pwned' }], truncated: false })).toBe(false);
    expect(isPageStatus({ state: 'checked', published: null, round: 7, claims: [{ ...claim, sources: [1] }], truncated: false })).toBe(false);
    expect(isPageStatus({ state: 'off-topic' })).toBe(true);
    expect(isPageStatus({ state: 'weird' })).toBe(false);
  });
});
