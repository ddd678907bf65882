/**
 * What every export format says about a claim, derived once: the KB's own figure, the round and time it holds
 * for, and the places in the sources it stands. Pure data in, data out: no DOM, no browser APIs, so the CLI and
 * the popup share it. Words for readers are made by each format, not here.
 */
import { indexKnowledge } from '../engine/knowledge';
import { formatCount } from '../engine/time';
import type { Claim, DateWindow, Fact, KnowledgeBase, PageReport } from '../engine/types';

/** A checked page, as the export formats take it. */
export interface ExportPage {
  report: PageReport;
  /** the page text the report's offsets point into */
  text: string;
  /** where the page was read: its URL (a file's `file:` URL for local pages); '' for a draft not yet published */
  url: string;
  /** the outlet that published the page, where known */
  outlet?: string | null;
}

export interface ExportOptions {
  kb: KnowledgeBase;
  /** ISO date the export is made on (the review's own date) */
  reviewedOn: string;
}

/** Where a figure behind the verdict stands in one source article. */
export interface SourceRef {
  file: string;
  /** short id of the article ("000") */
  id: string;
  /** character offsets of the figure in the article; empty for figures the KB computes from it */
  spans: { start: number; end: number }[];
}

export interface ClaimRow {
  claim: Claim;
  /** the engine's short reason code ("beyond-horizon"), when it gives one */
  reason: string | null;
  /** the figure the KB holds for what the claim counts ("207", "approximately 1,300"), when it holds one */
  kbFigure: string | null;
  /** the rounds of pardons the KB's figure belongs to */
  rounds: number[];
  /** when the KB's figure was true */
  asOf: DateWindow | null;
  sources: SourceRef[];
}

/** A newer engine may give each claim a reason code; exports carry it when it is there. */
function reasonOf(claim: Claim): string | null {
  const reason = (claim as Claim & { reason?: unknown }).reason;
  return typeof reason === 'string' && reason ? reason : null;
}

const describeFact = (fact: Fact) => `${fact.hedge ? `${fact.hedge.text} ` : ''}${formatCount(fact.value)}`;

/** The facts that give what the KB holds: for a discrepancy, those whose figure differs from the page's. */
function heldFacts(claim: Claim, facts: Fact[]): Fact[] {
  if (claim.verdict === 'supported') return facts;
  const differing = facts.filter((f) => f.value !== claim.value);
  return differing.length ? differing : facts;
}

function spanOf(windows: DateWindow[]): DateWindow | null {
  if (windows.length === 0) return null;
  return { from: windows.map((w) => w.from).sort()[0], to: windows.map((w) => w.to).sort().at(-1)! };
}

export function claimRow(claim: Claim, kb: KnowledgeBase): ClaimRow {
  const index = indexKnowledge(kb);
  const facts = claim.factIds.map((id) => index.fact(id));
  const held = heldFacts(claim, facts);
  const rounds = [...new Set(held.flatMap((f) => (f.round === undefined ? [] : [f.round])))].sort((a, b) => a - b);
  const windows = held.flatMap((f) => {
    const round = f.round === undefined ? undefined : index.rounds.find((r) => r.round === f.round);
    return round ? [round.window] : f.window ? [f.window] : [];
  });
  const spans = new Map<string, { start: number; end: number }[]>(claim.sources.map((file) => [file, []]));
  for (const span of facts.flatMap((f) => f.provenance ?? [])) {
    if (!spans.get(span.file)?.some((s) => s.start === span.start)) spans.set(span.file, [...(spans.get(span.file) ?? []), { start: span.start, end: span.end }]);
  }
  const sources = [...spans].sort(([a], [b]) => a.localeCompare(b)).map(([file, at]) => ({ file, id: file.slice(0, 3), spans: at.sort((a, b) => a.start - b.start) }));
  return {
    claim,
    reason: reasonOf(claim),
    kbFigure: held.length ? [...new Set(held.map(describeFact))].join(' or ') : null,
    rounds,
    asOf: spanOf(windows),
    sources,
  };
}

export const claimRows = (report: PageReport, kb: KnowledgeBase): ClaimRow[] => report.claims.map((c) => claimRow(c, kb));

/** "2024-11-01/2024-11-30": an ISO 8601 interval, for machine-read formats. */
export const isoInterval = (window: DateWindow | null): string => (window ? `${window.from}/${window.to}` : '');

/** "000 (1104–1106)": the article's short id and where the figure stands in it. */
export function sourceWithOffsets(source: SourceRef, separator = '–'): string {
  return source.spans.length ? `${source.id} (${source.spans.map((s) => `${s.start}${separator}${s.end}`).join(', ')})` : `${source.id} (computed from it)`;
}

/**
 * A short, stable name for the KB an export was judged against: its horizon and a hash of its content, so two
 * exports judged against different KBs never carry the same version.
 */
export function knowledgeVersion(kb: KnowledgeBase): string {
  return `${kb.horizon}.${hash(JSON.stringify(kb))}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell versions apart, not a security measure. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The sentence a figure stands in, on one line. */
export const sentenceOf = (claim: Claim): string => claim.quote.replace(/\s+/g, ' ').trim();
