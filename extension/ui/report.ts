/**
 * "This flag is wrong": the report a reader sees in full on the card, then copies, sends as an e-mail draft
 * or opens as a pre-filled issue. Nothing here sends anything: these are texts and links the reader uses.
 */
import type { ClaimSummary } from '../messages';
import { sourceLabel, VERDICT_TITLE } from './verdictText';

/** Where reports go. Placeholders until the project has a public address and issue tracker. */
export const REPORT_EMAIL = 'corrections@pardon-check.example';
export const REPORT_ISSUES = 'https://github.com/pardon-check/pardon-check/issues/new';

export interface ReportContext {
  /** the page's address as the reader sees it */
  page: string;
  /** the date the page declares, if any */
  published: string | null;
  extensionVersion: string;
  kbVersion: string;
  /** ISO date of the report */
  today: string;
}

/** Caps that keep the links within what mail clients and GitHub accept. */
const MAX_MAIL_BODY = 1800;
const MAX_ISSUE_BODY = 6000;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function flagReport(claim: ClaimSummary, context: ReportContext): string {
  return [
    'Pardon Check: a flag that looks wrong',
    '',
    `Figure: ${oneLine(claim.span)}`,
    `Sentence: "${oneLine(claim.quote)}"`,
    `Verdict: ${claim.verdict} (${VERDICT_TITLE[claim.verdict]}; reason: ${claim.reason})`,
    `What the knowledge base holds: ${oneLine(claim.expected)}`,
    ...(claim.refersTo ? [`Judged against: ${claim.refersTo}`] : []),
    `Knowledge base facts: ${claim.factIds.join(', ') || 'none'}`,
    `Sources: ${claim.sources.map(sourceLabel).join(', ') || 'none'}`,
    `Page: ${context.page}`,
    `Page dated: ${context.published ?? 'no date found on the page'}`,
    `Reported on: ${context.today}`,
    `Extension version: ${context.extensionVersion}; knowledge base version: ${context.kbVersion}`,
    '',
    'What is wrong, in your words:',
    '',
  ].join('\n');
}

const subject = (claim: ClaimSummary) => `Wrong flag: ${oneLine(claim.span)} (${claim.verdict})`;
const capped = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function reportMailto(claim: ClaimSummary, report: string): string {
  return `mailto:${REPORT_EMAIL}?subject=${encodeURIComponent(subject(claim))}&body=${encodeURIComponent(capped(report, MAX_MAIL_BODY))}`;
}

export function reportIssueUrl(claim: ClaimSummary, report: string): string {
  return `${REPORT_ISSUES}?title=${encodeURIComponent(subject(claim))}&body=${encodeURIComponent(capped(report, MAX_ISSUE_BODY))}`;
}
