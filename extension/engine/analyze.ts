/** The engine's one entry point: page text in, claims with verdicts out. Pure; runs in Node and browsers. */
import { extractClaims, type BlockCache } from './extract';
import { judgeClaim } from './judge';
import { indexKnowledge } from './knowledge';
import { identifyRound } from './rounds';
import { isAboutTopic } from './topic';
import type { Claim, KnowledgeBase, PageInput, PageReport, Verdict } from './types';

export interface AnalyzeOptions {
  /** keep across calls on the same page: blocks already read are not read again */
  cache?: BlockCache;
}

export function analyzePage(input: PageInput, kb: KnowledgeBase, options: AnalyzeOptions = {}): PageReport {
  const published = input.published;
  if (!isAboutTopic(input.text)) return { published, topic: false, round: null, roundBasis: null, claims: [] };
  const index = indexKnowledge(kb);
  const raw = extractClaims(input.text, input.hasHeadline ?? true, options.cache);
  const time = identifyRound(raw, published, index);
  const claims: Claim[] = raw.map((r) => {
    const judgement = judgeClaim(r, time, index);
    const facts = judgement.factIds.map((id) => kb.facts.find((f) => f.id === id)!);
    return {
      quote: input.text.slice(r.sentence.start, r.sentence.end),
      quoteStart: r.sentence.start,
      span: r.span,
      start: r.start,
      end: r.end,
      value: r.value,
      hedge: r.hedge?.text ?? null,
      kind: r.kind,
      refersTo: judgement.refersTo,
      verdict: judgement.verdict,
      expected: judgement.expected,
      sources: sourcesOf(facts, kb),
      factIds: judgement.factIds,
    };
  });
  return { published, topic: true, round: time.main?.round ?? null, roundBasis: time.basis, claims };
}

/** Source files behind the facts a verdict rests on; for computed facts, the files of their inputs. */
function sourcesOf(facts: KnowledgeBase['facts'], kb: KnowledgeBase): string[] {
  const fileOf = (id: string) => kb.articles.find((a) => a.id === id)?.file ?? id;
  const files = facts.flatMap((f) => (f.provenance?.length ? f.provenance.map((p) => p.file) : [...f.statedIn, ...(f.basedOn ?? [])].map(fileOf)));
  return [...new Set(files)].sort();
}

const SEVERITY: Record<Verdict, number> = { contradicted: 0, outdated: 1, unverifiable: 2, supported: 3 };

/** Discrepancies first, then in page order: the order readers want in reports and the popup. */
export function byDiscrepancy(a: Claim, b: Claim): number {
  return SEVERITY[a.verdict] - SEVERITY[b.verdict] || a.start - b.start;
}

export function isDiscrepancy(verdict: Verdict): boolean {
  return verdict === 'contradicted' || verdict === 'outdated';
}
