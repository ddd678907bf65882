/**
 * The desk's exports, by the same writers as the popup's and `check --format`: a Markdown summary to copy, a CSV
 * corrections log and a ClaimReview feed to download. A draft with no address is named as a draft in them.
 */
import { bundledKnowledge } from '../engine/bundledKnowledge';
import { toClaimReviewFeed } from '../export/claimReview';
import type { ExportPage } from '../export/claimRows';
import { toCsv } from '../export/csv';
import { toMarkdown } from '../export/markdown';
import type { DraftCheck } from './checkDraft';

const exportPage = (check: DraftCheck, url: string | null): ExportPage => ({ report: check.report, text: check.text, url: url ?? '' });
const options = (today: string) => ({ kb: bundledKnowledge, reviewedOn: today });

export const draftMarkdown = (check: DraftCheck, url: string | null, today: string) => toMarkdown(exportPage(check, url), options(today));
export const draftCsv = (check: DraftCheck, url: string | null, today: string) => toCsv([exportPage(check, url)], options(today));
export const draftClaimReview = (check: DraftCheck, url: string | null, today: string) =>
  `${JSON.stringify(toClaimReviewFeed(exportPage(check, url), options(today)), null, 2)}\n`;
