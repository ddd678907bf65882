/**
 * The popup's "Copy summary" and "Download" give what `check --format markdown|claimreview` gives for the same
 * page: the checker's compact summaries carry everything the export writers read.
 */
import { describe, expect, it } from 'vitest';
import { claimReviewJson, summaryMarkdown } from '../../entrypoints/popup/exportPage';
import { EngineHost } from '../../extension/background/engineHost';
import { analyzePage } from '../../extension/engine/analyze';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { toClaimReviewFeed } from '../../extension/export/claimReview';
import { toMarkdown } from '../../extension/export/markdown';
import type { ClaimSummary, PageStatus } from '../../extension/messages';
import { readSeeds } from '../helpers/seeds';

/** What the checker sends the popup for this text (see Checker.mapClaims), without a DOM. */
function checkerStatus(text: string, published: string): Extract<PageStatus, { state: 'checked' }> {
  const answer = new EngineHost(kb).analyze('popup:0', { type: 'pardon-check/analyze', text, published, hasHeadline: true, sections: [] });
  const claims: ClaimSummary[] = answer.claims.map((c, index) => ({
    index, quote: text.slice(c.quoteStart, c.quoteEnd), span: text.slice(c.start, c.end), start: c.start, value: c.value, kind: c.kind, verdict: c.verdict,
    ...answer.notes[c.note], dismissed: null,
  }));
  return { state: 'checked', published: answer.published, round: answer.round, claims, truncated: false };
}

describe('the popup\'s exports', () => {
  const url = 'https://news.example/pardons';
  const today = '2026-11-29';
  const seeds = Object.entries(readSeeds());

  it.each(seeds.map(([file]) => file))('%s: the Markdown summary and the ClaimReview feed equal the command line\'s', (file) => {
    const text = Object.fromEntries(seeds)[file];
    const published = '2024-12-20';
    const report = analyzePage({ text, published, hasHeadline: true, sections: [] }, kb);
    expect(report.claims.length).toBeGreaterThan(0);
    const status = checkerStatus(text, published);
    const page = { report, text, url };
    expect(summaryMarkdown(status, url, today)).toBe(toMarkdown(page, { kb, reviewedOn: today }));
    const feed = JSON.parse(claimReviewJson(status, url, today));
    expect(feed).toEqual(JSON.parse(JSON.stringify(toClaimReviewFeed(page, { kb, reviewedOn: today }))));
    expect(feed.dataFeedElement).toHaveLength(report.claims.length);
  });
});
