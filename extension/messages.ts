/**
 * The messages between content script, background and popup. Every receiver validates what it gets:
 * a message that does not match its shape exactly is ignored.
 */
import type { ClaimKind, PageSection, Verdict, VerdictReason } from './engine/types';
import type { DismissScope } from './settings/settings';
import { isMarkNames, isMarkScope, type MarkNames } from './markNames';

export interface ClaimSummary {
  index: number;
  quote: string;
  span: string;
  /** where the figure starts in the page text that was read */
  start: number;
  /** the figure's value, as the engine read it */
  value: number;
  kind: ClaimKind;
  verdict: Verdict;
  /** why this verdict, as the engine's short code */
  reason: VerdictReason;
  expected: string;
  sources: string[];
  /** the sources by outlet and date (absent from an older background: the card names the files) */
  citations?: string[];
  /** the KB facts the verdict rests on (knowledge.html#<id>) */
  factIds: string[];
  refersTo: string | null;
  /** the reader dismissed this flag: on this page, or everywhere the figure and sentence appear */
  dismissed: DismissScope | null;
}

export type PageStatus =
  | { state: 'checking' }
  | { state: 'off-topic' }
  /** reading or judging the page failed; the error went to the extension's own console */
  | { state: 'failed' }
  | { state: 'checked'; published: string | null; round: number | null; claims: ClaimSummary[]; truncated: boolean };

/**
 * What the checker tells the popup about a page the engine read only in part (Analysis.partial): a checked page is
 * shown as one too long to check fully, as a page cut short when it was read is (`truncated`).
 */
export function withEngineCut<T extends PageStatus | { ok: boolean }>(answer: T, partial: boolean): T {
  return partial && 'state' in answer && answer.state === 'checked' ? { ...answer, truncated: true } : answer;
}

/**
 * popup or background → the checker in the tab (where none runs, the popup reads the gate's finding
 * instead: handover.ts). set-hidden: the reader hid or showed the marks on this tab (background/tabMarks.ts).
 */
export type ContentRequest =
  | { type: 'pardon-check/get-status' }
  | { type: 'pardon-check/reveal'; index: number }
  | { type: 'pardon-check/set-hidden'; hidden: boolean };

/** content script → background: judge this page's text (the engine lives in the background) */
export interface AnalyzeRequest {
  type: 'pardon-check/analyze';
  text: string;
  published: string | null;
  hasHeadline: boolean;
  /** the page's entries, in page order (see PageSection) */
  sections: PageSection[];
  /** the checker's first request: the answer brings the reader's settings too (AnalysisAnswer) */
  settings: boolean;
  /**
   * A page that only grew since answer `answer` (of a text `length` long): `text` and `sections` are what follows
   * that text (sections with offsets in the whole), and the answer leaves out the claims that answer had and the
   * page still has, unchanged (`Analysis.kept`). Answered with `Resend` when the background no longer has that text.
   */
  after?: { answer: string; length: number };
}

/** The background cannot go on from the text an `AnalyzeRequest.after` names (its worker restarted): send it whole. */
export interface Resend {
  resend: true;
}

/** Texts longer than this are sent whole at every rescan (the background keeps no copy of them: engineHost.ts). */
export const MAX_GROWN_TEXT = 300_000;

/** Entries a page keeps at most; past this the rest of the page is judged as one. */
export const MAX_SECTIONS = 5000;

/** Claims a page keeps at most: beyond this a page is an archive, not a report, and the rest is dropped. */
export const MAX_CLAIMS = 2000;

/** What the KB says about a claim; many figures on a page share one, so each is sent once. */
export interface ClaimNote {
  reason: VerdictReason;
  expected: string;
  sources: string[];
  citations?: string[];
  factIds: string[];
  refersTo: string | null;
}

/**
 * background → content script: the engine's answer, compact. Texts the content script already has
 * (the figure, its sentence) travel as offsets into the text it sent; notes as indexes into `notes`.
 * A long live blog's answer is 10× smaller this way, and is decoded on the page's main thread.
 */
export interface Analysis {
  topic: boolean;
  published: string | null;
  round: number | null;
  notes: ClaimNote[];
  claims: { start: number; end: number; quoteStart: number; quoteEnd: number; value: number; kind: ClaimKind; verdict: Verdict; note: number }[];
  /** the engine stopped at its work budget for one page (engineHost.ts): the claims are those of the page's first part */
  partial: boolean;
  /** names this answer, for a later request about the same page grown (AnalyzeRequest.after) */
  answer?: string;
  /** the first claims of the page, as the answer named in the request had them, unchanged and left out: `claims` follow them */
  kept?: number;
}

/**
 * What the background answers an AnalyzeRequest with: the analysis, the reader's settings when asked for
 * (the checker starts without reading storage: one message where there were two), and, for a page's top
 * frame, the counts the background has just put on the toolbar badge (the checker reports only a change).
 */
export type AnalysisAnswer = Analysis & { settings?: unknown; badge?: BadgeCounts };

export interface BadgeCounts {
  claims: number;
  discrepancies: number;
}

export const isBadgeCounts = (value: unknown): value is BadgeCounts =>
  isRecord(value) && isCount(value.claims) && isCount(value.discrepancies) && value.discrepancies <= value.claims;

/**
 * topic gate → background: this page talks about the topic, load the checker into its frame. The gate
 * runs on every page; the checker (reading, marks, cards) only on pages that pass it.
 */
export interface LoadChecker {
  type: 'pardon-check/load-checker';
}

/**
 * checker → background, once the page has figures to mark, and again if a rescan finds figures outside
 * the parts already styled: style marks in these parts of the page (selectors, see content/markScope.ts).
 * The first asks with names null and the background names this page load's marks; later ones pass those
 * names back (the background keeps nothing per page: its service worker may have been stopped meanwhile).
 * The answer carries the names, or null in "no marks" mode (nothing is written into the page).
 */
export interface StyleMarks {
  type: 'pardon-check/style-marks';
  names: MarkNames | null;
  scopes: string[];
}

/** Selectors one request may name: a page's figures sit in a handful of parts. */
export const MAX_MARK_SCOPES = 16;

export interface CheckerSetup {
  names: MarkNames | null;
  /** the reader hid the marks on this tab (they come back when shown again) */
  hidden: boolean;
  /** the version of the KB the background judges with, for "This flag is wrong" reports */
  kbVersion: string;
}

/** checker → background: the reader asked for a fact's entry on the knowledge page (the page gets no extension URL) */
export interface OpenKnowledge {
  type: 'pardon-check/open-knowledge';
  fact: string;
}

/** checker → background: an internal failure, logged in the extension's console rather than the page's */
export interface ReportError {
  type: 'pardon-check/report-error';
  error: string;
}

/** content script → background */
export interface StatusChanged {
  type: 'pardon-check/status-changed';
  claims: number;
  discrepancies: number;
}

const VERDICTS = new Set<Verdict>(['supported', 'contradicted', 'outdated', 'unverifiable']);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1e6;

export function isContentRequest(message: unknown): message is ContentRequest {
  if (!isRecord(message)) return false;
  if (message.type === 'pardon-check/get-status') return Object.keys(message).length === 1;
  if (message.type === 'pardon-check/reveal') return Object.keys(message).length === 2 && isCount(message.index);
  if (message.type === 'pardon-check/set-hidden') return Object.keys(message).length === 2 && typeof message.hidden === 'boolean';
  return false;
}

/** Page text is capped (see MAX_PAGE_CHARS); anything larger is not a message of ours. */
const MAX_TEXT = 2_100_000;
const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TEXT;
const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

const isAnswerName = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9.]{1,40}$/.test(value);

export function isAnalyzeRequest(message: unknown): message is AnalyzeRequest {
  const after = isRecord(message) ? message.after : undefined;
  return isRecord(message) && message.type === 'pardon-check/analyze' && Object.keys(message).length === (after === undefined ? 6 : 7)
    && (after === undefined || (isRecord(after) && Object.keys(after).length === 2 && isAnswerName(after.answer) && isOffset(after.length) && after.length <= MAX_GROWN_TEXT))
    && typeof message.settings === 'boolean' && typeof message.text === 'string' && message.text.length <= MAX_TEXT
    && (message.published === null || isIsoDate(message.published)) && typeof message.hasHeadline === 'boolean'
    && areSections(message.sections);
}

/** In page order, not overlapping. */
function areSections(value: unknown): value is PageSection[] {
  if (!Array.isArray(value) || value.length > MAX_SECTIONS) return false;
  let end = 0;
  for (const s of value as unknown[]) {
    if (!isRecord(s) || Object.keys(s).length !== 3 || !isOffset(s.start) || !isOffset(s.end) || s.start < end || s.end < s.start
      || !(s.published === null || isIsoDate(s.published))) return false;
    end = s.end;
  }
  return true;
}

export function isAnalysis(message: unknown): message is Analysis {
  if (!isRecord(message) || typeof message.topic !== 'boolean' || !(message.published === null || isIsoDate(message.published))
    || !(message.round === null || isCount(message.round)) || !Array.isArray(message.notes) || !Array.isArray(message.claims)
    || message.claims.length > MAX_CLAIMS || typeof message.partial !== 'boolean'
    || !(message.answer === undefined || isAnswerName(message.answer)) || !(message.kept === undefined || (isCount(message.kept) && message.kept <= MAX_CLAIMS))) return false;
  const notes = message.notes as unknown[];
  if (!notes.every(isClaimNote)) return false;
  return (message.claims as unknown[]).every((c) => isRecord(c) && isOffset(c.quoteStart) && isOffset(c.start) && isOffset(c.end) && isOffset(c.quoteEnd)
    && c.quoteStart <= c.start && c.start < c.end && c.end <= c.quoteEnd && typeof c.value === 'number' && Number.isFinite(c.value)
    && typeof c.kind === 'string' && VERDICTS.has(c.verdict as Verdict)
    && isCount(c.note) && c.note < notes.length);
}

const areStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === 'string');
/** A KB fact's id ("r6.women", "held.004"): also a fragment of the knowledge page's address. */
const FACT_ID = /^[a-z0-9_.-]{1,64}$/i;
/** ids already checked: an answer names the same few facts for figure after figure */
const factIdsSeen = new Set<string>();
export const isFactId = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  if (factIdsSeen.has(value)) return true;
  if (!FACT_ID.test(value)) return false;
  if (factIdsSeen.size < 2048) factIdsSeen.add(value);
  return true;
};

/** A reason code's shape ("beyond-horizon"); a newer background may know codes this popup does not. */
const isReason = (value: unknown): value is VerdictReason => typeof value === 'string' && /^[a-z-]{1,40}$/.test(value);

function isClaimNote(value: unknown): value is ClaimNote {
  return isRecord(value) && isReason(value.reason) && typeof value.expected === 'string' && areStrings(value.sources) && (value.citations === undefined || areStrings(value.citations)) && Array.isArray(value.factIds) && value.factIds.every(isFactId)
    && (value.refersTo === null || typeof value.refersTo === 'string');
}

export function isResend(message: unknown): message is Resend {
  return isRecord(message) && message.resend === true && Object.keys(message).length === 1;
}

export function isLoadChecker(message: unknown): message is LoadChecker {
  return isRecord(message) && message.type === 'pardon-check/load-checker' && Object.keys(message).length === 1;
}

export function isStyleMarks(message: unknown): message is StyleMarks {
  return isRecord(message) && message.type === 'pardon-check/style-marks' && Object.keys(message).length === 3
    && (message.names === null || isMarkNames(message.names))
    && Array.isArray(message.scopes) && message.scopes.length <= MAX_MARK_SCOPES && message.scopes.every(isMarkScope);
}

export function isCheckerSetup(message: unknown): message is CheckerSetup {
  return isRecord(message) && Object.keys(message).length === 3 && (message.names === null || isMarkNames(message.names))
    && typeof message.hidden === 'boolean' && typeof message.kbVersion === 'string' && message.kbVersion.length <= 64;
}

export function isOpenKnowledge(message: unknown): message is OpenKnowledge {
  return isRecord(message) && message.type === 'pardon-check/open-knowledge' && Object.keys(message).length === 2 && isFactId(message.fact);
}

export function isReportError(message: unknown): message is ReportError {
  return isRecord(message) && message.type === 'pardon-check/report-error' && Object.keys(message).length === 2
    && typeof message.error === 'string' && message.error.length <= 4000;
}

export function isStatusChanged(message: unknown): message is StatusChanged {
  return isRecord(message) && message.type === 'pardon-check/status-changed' && Object.keys(message).length === 3 && isCount(message.claims) && isCount(message.discrepancies) && message.discrepancies <= message.claims;
}

function isClaimSummary(value: unknown): value is ClaimSummary {
  return isRecord(value) && isCount(value.index) && typeof value.quote === 'string' && typeof value.span === 'string' && isOffset(value.start)
    && typeof value.value === 'number' && Number.isFinite(value.value) && typeof value.kind === 'string'
    && VERDICTS.has(value.verdict as Verdict) && isReason(value.reason) && typeof value.expected === 'string' && areStrings(value.sources) && (value.citations === undefined || areStrings(value.citations))
    && Array.isArray(value.factIds) && value.factIds.every(isFactId) && (value.refersTo === null || typeof value.refersTo === 'string')
    && (value.dismissed === null || value.dismissed === 'page' || value.dismissed === 'everywhere');
}

export function isPageStatus(message: unknown): message is PageStatus {
  if (!isRecord(message)) return false;
  if (message.state === 'checking' || message.state === 'off-topic' || message.state === 'failed') return true;
  return message.state === 'checked' && (message.published === null || typeof message.published === 'string')
    && (message.round === null || isCount(message.round)) && typeof message.truncated === 'boolean'
    && Array.isArray(message.claims) && message.claims.every(isClaimSummary);
}
