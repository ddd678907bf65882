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
import type { Claim, KnowledgeBase, PageSection } from '../engine/types';
import { MAX_CLAIMS, MAX_GROWN_TEXT, MAX_SECTIONS, type AnalyzeRequest, type Analysis, type ClaimNote, type Resend } from '../messages';

/** Caches kept at most: the least recently used page's cache goes first. */
const MAX_CACHED_PAGES = 24;

/**
 * Pages whose last text and answer are kept, for a rescan that sends only what a page added (AnalyzeRequest.after):
 * the pages still growing are the ones asking, so the few most recent do; each is at most MAX_GROWN_TEXT long (a page
 * past it is sent whole). 24 live blogs of 40 reports kept their texts in 2.2 MB of the background's heap
 * (docs/performance.md, session 18).
 */
const MAX_GROWN_PAGES = 8;

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

/** A page's last answer, kept so a request about the page grown can be answered with what is new (AnalyzeRequest.after). */
interface LastAnswer {
  answer: string;
  text: string;
  sections: PageSection[];
  /**
   * each claim of the answer as a short string of its fields, its note by index (equal strings, equal claims while
   * the notes they name are equal: notes are numbered as claims first use them, so equal first claims number theirs
   * alike), and each note as a string of all it says
   */
  claims: string[];
  notes: string[];
}

export class EngineHost {
  private caches = new Map<string, BlockCache>();
  private answers = new Map<string, LastAnswer>();
  /** answers are named by this worker's run and a count: a restarted worker knows none of the old names */
  private readonly run = Math.random().toString(36).slice(2, 10);
  private answered = 0;

  constructor(private readonly kb: KnowledgeBase, private readonly localize?: Localize, private readonly options: EngineHostOptions = {}) {}

  /**
   * Judges a page's text. A request about a page that grew (`after`) is judged whole all the same (its new text can
   * change the round the page is about, and so the verdicts above it; the block cache makes its old blocks cheap),
   * but its answer leaves out the first claims when the last answer had the same ones.
   */
  analyze(page: string, request: Omit<AnalyzeRequest, 'settings' | 'after'>): Analysis;
  analyze(page: string, request: Omit<AnalyzeRequest, 'settings'>): Analysis | Resend;
  analyze(page: string, request: Omit<AnalyzeRequest, 'settings'>): Analysis | Resend {
    const judged = this.judge(page, request);
    return 'resend' in judged ? judged : replyOf(judged);
  }

  /** The whole page judged, with its whole text, and how many of its first claims the checker already has. */
  judge(page: string, request: Omit<AnalyzeRequest, 'settings'>): Judged | Resend {
    let { text, sections } = request;
    const last = this.answers.get(page);
    if (request.after) {
      if (!last || last.answer !== request.after.answer || last.text.length !== request.after.length) return { resend: true };
      text = last.text + text;
      sections = last.sections.concat(sections).slice(0, MAX_SECTIONS);
    }
    const budget = new WorkBudget(this.options.workBudget ?? PAGE_WORK_BUDGET);
    const report = analyzePage({ text, published: request.published, hasHeadline: request.hasHeadline, sections }, this.kb, { cache: this.cacheFor(page), budget });
    const notes: ClaimNote[] = [];
    const noteIndex = new Map<string, number>();
    const keys: string[] = [];
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
      keys.push(`${start},${end},${quoteStart},${quote.length},${value},${kind},${verdict},${note}`);
      return { start, end, quoteStart, quoteEnd: quoteStart + quote.length, value, kind, verdict, note };
    });
    const answer = `${this.run}.${++this.answered}`;
    const noteKeys = notes.map((note) => JSON.stringify(note));
    const kept = request.after && last && sameStart(last.claims, keys) && sameStart(last.notes, noteKeys) ? last.claims.length : 0;
    if (text.length <= MAX_GROWN_TEXT) this.remember(page, { answer, text, sections, claims: keys, notes: noteKeys });
    else this.answers.delete(page);
    const analysis: Analysis = { topic: report.topic, published: report.published, round: report.round, notes, claims, partial: budget.stopped, answer };
    return { analysis, text, kept: request.after ? kept : null };
  }

  /** The page in this tab is gone: its blocks will not come back. */
  forget(tab: string): void {
    for (const key of [...this.caches.keys()]) if (key.startsWith(`${tab}:`)) this.caches.delete(key);
    for (const key of [...this.answers.keys()]) if (key.startsWith(`${tab}:`)) this.answers.delete(key);
  }

  private remember(page: string, last: LastAnswer): void {
    this.answers.delete(page);
    this.answers.set(page, last);
    if (this.answers.size > MAX_GROWN_PAGES) this.answers.delete(this.answers.keys().next().value!);
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

/** A page judged whole (its text, its claims), for a request that may have sent only its end. */
export interface Judged {
  analysis: Analysis;
  text: string;
  /** the first claims the checker already has, unchanged (null: it asked about the whole page) */
  kept: number | null;
}

/** What goes back to the checker: the whole answer, or the claims after those it kept. */
export function replyOf({ analysis, kept }: Judged): Analysis {
  return kept === null ? analysis : { ...analysis, ...onlyAfter(analysis.claims, analysis.notes, kept), kept };
}

/** The new list begins with the old one. */
function sameStart(before: readonly string[], now: readonly string[]): boolean {
  if (now.length < before.length) return false;
  for (let i = 0; i < before.length; i++) if (before[i] !== now[i]) return false;
  return true;
}

/** The claims from `kept` on, with only the notes they use. */
function onlyAfter(claims: Analysis['claims'], notes: ClaimNote[], kept: number): Pick<Analysis, 'claims' | 'notes'> {
  const used = new Map<number, number>();
  const sent: ClaimNote[] = [];
  const after = claims.slice(kept).map((claim) => {
    let note = used.get(claim.note);
    if (note === undefined) {
      note = sent.push(notes[claim.note]) - 1;
      used.set(claim.note, note);
    }
    return { ...claim, note };
  });
  return { claims: after, notes: sent };
}
