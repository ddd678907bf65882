/**
 * The desk's check: a draft's text and the day it speaks as of, through the same engine entry point the background
 * and the command line use (engine/analyze.ts), with each explanation and judged-against time in the reader's
 * language as the background writes them for cards. Runs in the desk's own page: the draft is sent nowhere.
 */
import { analyzePage } from '../engine/analyze';
import { bundledKnowledge } from '../engine/bundledKnowledge';
import type { Claim, PageReport } from '../engine/types';
import { byDiscrepancy } from '../engine/verdict';
import { citationsOf, explanationOf, judgedAgainst } from '../i18n/claimText';
import { uiLang, type Lang } from '../i18n/i18n';

export interface DraftCheck {
  /** the text as checked: the claims' offsets point into it */
  text: string;
  asOf: string;
  report: PageReport;
}

export function checkDraft(text: string, asOf: string, lang: Lang = uiLang()): DraftCheck {
  const normalised = text.replace(/\r\n?/g, '\n');
  // a draft reads like a .txt page to the command line: its first line is its headline
  const report = analyzePage({ text: normalised, published: asOf, hasHeadline: true }, bundledKnowledge);
  const claims = report.claims.map((claim) => ({ ...claim, expected: explanationOf(claim, lang), refersTo: judgedAgainst(claim, lang), citations: citationsOf(claim, lang) }));
  return { text: normalised, asOf, report: { ...report, claims } };
}

/** The claims with their place in the text, discrepancies first (then in text order), as the popup lists them. */
export const inReadingOrder = (claims: Claim[]): { claim: Claim; index: number }[] =>
  claims.map((claim, index) => ({ claim, index })).sort((a, b) => byDiscrepancy(a.claim, b.claim) || a.index - b.index);

/** A piece of the draft as the desk mirrors it: plain text, or a figure with the index of its claim. */
export interface Segment {
  text: string;
  claim: number | null;
}

/**
 * The draft cut at its figures, in text order, so the desk can mark them with elements around text nodes (the
 * draft's text is never parsed as HTML). The pieces join back into the text exactly.
 */
export function segmentsOf(text: string, claims: readonly Pick<Claim, 'start' | 'end'>[]): Segment[] {
  const order = claims.map((c, index) => ({ start: c.start, end: c.end, index })).sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end, index } of order) {
    // a figure inside one already marked (or out of the text) stays unmarked; its card is still listed
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), claim: null });
    segments.push({ text: text.slice(start, end), claim: index });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), claim: null });
  return segments;
}

/** Today in the reader's own time zone (a journalist at 00:30 in Minsk writes on the new day). */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
