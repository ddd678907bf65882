/**
 * The popup's exports: the page's checked figures, as the checker summarised them, in the shape the export
 * writers take (extension/export/), so "Copy summary" and "Download" give what `check --format` gives.
 */
import { bundledKnowledge } from '../../extension/engine/bundledKnowledge';
import type { Claim } from '../../extension/engine/types';
import { toClaimReviewFeed } from '../../extension/export/claimReview';
import type { ExportPage } from '../../extension/export/claimRows';
import { toMarkdown } from '../../extension/export/markdown';
import type { ClaimSummary, PageStatus } from '../../extension/messages';

type Checked = Extract<PageStatus, { state: 'checked' }>;

export function exportPage(status: Checked, url: string): ExportPage {
  const claims: Claim[] = status.claims.map((c: ClaimSummary) => ({
    quote: c.quote,
    // the sentence's own offset is not kept; the exports use the figure's
    quoteStart: c.start,
    span: c.span,
    start: c.start,
    end: c.start + c.span.length,
    value: c.value,
    hedge: null,
    kind: c.kind,
    refersTo: c.refersTo,
    verdict: c.verdict,
    reason: c.reason,
    expected: c.expected,
    sources: c.sources,
    citations: c.citations ?? [],
    factIds: c.factIds,
  }));
  return { report: { published: status.published, topic: true, round: status.round, roundBasis: null, byEntry: false, claims }, text: '', url };
}

export const summaryMarkdown = (status: Checked, url: string, today: string) => toMarkdown(exportPage(status, url), { kb: bundledKnowledge, reviewedOn: today });

export const claimReviewJson = (status: Checked, url: string, today: string) =>
  `${JSON.stringify(toClaimReviewFeed(exportPage(status, url), { kb: bundledKnowledge, reviewedOn: today }), null, 2)}\n`;
