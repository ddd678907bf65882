/**
 * Runs the engine for content scripts: one block cache per tab and frame, so a growing page only
 * has its new blocks read, and a work budget per request, so no page holds the background (and every other tab's
 * check) for long: past it, the rest of the page is left unread and the answer says so (`partial`), which the
 * popup shows as a page too long to check fully. Pure apart from its caches; the background entry point feeds it
 * messages.
 */
import { analyzePage } from '../engine/analyze';
import { WorkBudget } from '../engine/budget';
import type { BlockCache } from '../engine/extract';
import type { Claim, KnowledgeBase } from '../engine/types';
import { MAX_CLAIMS, type AnalyzeRequest, type Analysis, type ClaimNote } from '../messages';

/** Caches kept at most: the least recently used page's cache goes first. */
const MAX_CACHED_PAGES = 24;

/**
 * Work units (budget.ts) one request may spend, about a second of engine time on a slow machine: the real pages we
 * know take at most 8,000, the bench's live blog of 640 reports (240 kB) about 2,200,000; a page of nothing but
 * figures stops after about 900 kB (docs/performance.md). Blocks already read are in the cache and cost nothing, so
 * a page that keeps changing is read further at each request.
 */
export const PAGE_WORK_BUDGET = 8_000_000;

export interface EngineHostOptions {
  /** work units per request (PAGE_WORK_BUDGET) */
  workBudget?: number;
}

/** A claim's explanation and judged-against time in the reader's language (the engine writes English). */
export type Localize = (claim: Claim) => { expected: string; refersTo: string | null; citations?: string[] };

export class EngineHost {
  private caches = new Map<string, BlockCache>();

  constructor(private readonly kb: KnowledgeBase, private readonly localize?: Localize, private readonly options: EngineHostOptions = {}) {}

  analyze(page: string, request: Omit<AnalyzeRequest, 'settings'>): Analysis {
    const budget = new WorkBudget(this.options.workBudget ?? PAGE_WORK_BUDGET);
    const report = analyzePage({ text: request.text, published: request.published, hasHeadline: request.hasHeadline, sections: request.sections }, this.kb, { cache: this.cacheFor(page), budget });
    const notes: ClaimNote[] = [];
    const noteIndex = new Map<string, number>();
    const claims = report.claims.slice(0, MAX_CLAIMS).map((claim) => {
      const { quote, quoteStart, start, end, value, kind, verdict, reason, sources, factIds } = claim;
      const localized = this.localize?.(claim);
      const { expected, refersTo } = localized ?? claim;
      const citations = localized?.citations ?? claim.citations;
      const key = JSON.stringify([reason, expected, sources, factIds, refersTo]);
      let note = noteIndex.get(key);
      if (note === undefined) {
        note = notes.push({ reason, expected, sources, citations, factIds, refersTo }) - 1;
        noteIndex.set(key, note);
      }
      return { start, end, quoteStart, quoteEnd: quoteStart + quote.length, value, kind, verdict, note };
    });
    return { topic: report.topic, published: report.published, round: report.round, notes, claims, partial: budget.stopped };
  }

  /** The page in this tab is gone: its blocks will not come back. */
  forget(tab: string): void {
    for (const key of [...this.caches.keys()]) if (key.startsWith(`${tab}:`)) this.caches.delete(key);
  }

  private cacheFor(page: string): BlockCache {
    let cache = this.caches.get(page);
    if (cache) this.caches.delete(page);
    else cache = new Map();
    this.caches.set(page, cache); // most recently used last
    if (this.caches.size > MAX_CACHED_PAGES) this.caches.delete(this.caches.keys().next().value!);
    return cache;
  }
}
