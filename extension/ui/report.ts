/**
 * "This flag is wrong": the report a reader sees in full on the card, then copies, sends as an e-mail draft
 * or opens as a pre-filled issue. Nothing here sends anything: these are texts and links the reader uses.
 */
import { t } from '../i18n/i18n';
import type { ClaimSummary } from '../messages';
import { sourceNames, verdictTitle } from '../i18n/verdictText';

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

/**
 * The report in the reader's language; the machine parts (verdict and reason codes, fact ids, dates) stay as they are,
 * so maintainers can read any report whatever its language.
 */
export function flagReport(claim: ClaimSummary, context: ReportContext): string {
  const none = t('reportNone');
  const told = claim.expected;
  return [
    t('reportTitle'),
    '',
    t('reportFigure', [oneLine(claim.span)]),
    t('reportSentence', [oneLine(claim.quote)]),
    t('reportVerdict', [claim.verdict, verdictTitle(claim.verdict), claim.reason]),
    t('reportHolds', [oneLine(told)]),
    ...(claim.refersTo ? [t('reportJudgedAgainst', [claim.refersTo])] : []),
    t('reportFacts', [claim.factIds.join(', ') || none]),
    t('reportSources', [sourceNames(claim) || none]),
    t('reportPage', [context.page]),
    t('reportPageDated', [context.published ?? t('reportNoDate')]),
    t('reportOn', [context.today]),
    t('reportVersions', [context.extensionVersion, context.kbVersion]),
    '',
    t('reportPrompt'),
    '',
  ].join('\n');
}

const subject = (claim: ClaimSummary) => t('reportSubject', [oneLine(claim.span), claim.verdict]);
const capped = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function reportMailto(claim: ClaimSummary, report: string): string {
  return `mailto:${REPORT_EMAIL}?subject=${encodeURIComponent(subject(claim))}&body=${encodeURIComponent(capped(report, MAX_MAIL_BODY))}`;
}

export function reportIssueUrl(claim: ClaimSummary, report: string): string {
  return `${REPORT_ISSUES}?title=${encodeURIComponent(subject(claim))}&body=${encodeURIComponent(capped(report, MAX_ISSUE_BODY))}`;
}
