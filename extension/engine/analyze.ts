/** The engine's one entry point: page text in, claims with verdicts out. Pure; runs in Node and browsers. */
import type { WorkBudget } from './budget';
import { extractClaims, type BlockCache, type RawClaim } from './extract';
import { describeFrame } from './frame';
import { judgeByKind, judgeClaim, reconsidered } from './judge';
import { indexKnowledge, type KnowledgeIndex } from './knowledge';
import { identifyRound, timesBySection, timesBySentence, type PageTime } from './rounds';
import { isAboutTopic } from './topic';
import { COMPOSITION_KINDS, type Claim, type Fact, type Judgement, type KnowledgeBase, type PageInput, type PageReport } from './types';

export interface AnalyzeOptions {
  /** keep across calls on the same page: blocks already read are not read again */
  cache?: BlockCache;
  /** a limit to the work of this call (budget.ts): past it the rest of the page is not read, and budget.stopped says so */
  budget?: WorkBudget;
  /** give each claim its frame's description (`Claim.frame`), to trace a verdict: building every frame costs time */
  traceFrames?: boolean;
}

export function analyzePage(input: PageInput, kb: KnowledgeBase, options: AnalyzeOptions = {}): PageReport {
  const published = input.published;
  if (!isAboutTopic(input.text)) return { published, topic: false, round: null, roundBasis: null, byEntry: false, claims: [] };
  const index = indexKnowledge(kb);
  const raw = extractClaims(input.text, input.hasHeadline ?? true, options.cache, options.budget);
  const time = identifyRound(raw, published, index);
  const times = timesBySentence(raw, timesBySection(raw, input.sections, time, index), index);
  // the same figure read the same way, at the same time, is judged by kind once: live blogs repeat figures many times
  // (a discrepancy is then reconsidered on each figure's own frame: another reading, or why it is not pinned)
  const judged = new Map<PageTime, Map<string, Judgement>>();
  const judgeOnce = (r: RawClaim, i: number) => {
    const key = judgementKey(r);
    let sameTime = judged.get(times[i]);
    if (!sameTime) judged.set(times[i], (sameTime = new Map()));
    let byKind = sameTime.get(key);
    if (!byKind) sameTime.set(key, (byKind = judgeByKind(r, times[i], index)));
    return reconsidered(r, times[i], index, byKind);
  };
  const judgements = raw.map(judgeOnce);
  // "Among the 29, 12 are women", "fifteen of the 20 have chronic illnesses": a part whose whole, in its own sentence,
  // is the release the KB holds; the part is that release's, and is judged again as such
  // (the sentence's round sizes indexed once: a page of many figures must not compare every pair)
  const sizesBySentence = new Map<number, number[]>();
  raw.forEach((w, j) => {
    if (w.kind !== 'round_size' || judgements[j].reason !== 'kb-match') return;
    const list = sizesBySentence.get(w.sentence.start);
    if (list) list.push(j);
    else sizesBySentence.set(w.sentence.start, [j]);
  });
  raw.forEach((r, i) => {
    if (!PART_KINDS.has(r.kind) || judgements[i].reason !== 'not-pinned' || r.frame().group.value !== 'part' || r.frame().group.certainty !== 'defaulted') return;
    const whole = (sizesBySentence.get(r.sentence.start) ?? []).find((j) => j !== i && judgements[j].refersTo === judgements[i].refersTo && isNamedWhole(input.text, raw[j], r)) ?? -1;
    if (whole < 0) return;
    const linked = { value: 'part' as const, certainty: 'linked' as const, rule: 'part-of-a-named-whole' };
    const frame = { ...r.frame(), event: { value: 'release' as const, certainty: 'linked' as const, rule: 'whole-is-the-release' }, group: linked, time: { value: 'round' as const, certainty: 'linked' as const, rule: 'part-of-the-release' } };
    raw[i] = { ...r, frame: () => frame };
    judgements[i] = judgeClaim(raw[i], times[i], index);
  });
  // (a page's claims rest on a few sets of facts: each set's sources and citations are worked out once, and copied)
  const sourcesByFacts = new Map<string, { sources: string[]; citations: string[] }>();
  const claims: Claim[] = raw.map((r, i) => {
    const judgement = judgements[i];
    const factsKey = judgement.factIds.join('\n');
    let known = sourcesByFacts.get(factsKey);
    if (!known) {
      const sources = sourcesOf(judgement.factIds.map((id) => index.fact(id)), index);
      known = { sources, citations: [...new Set(sources.map(index.citeOf))] };
      sourcesByFacts.set(factsKey, known);
    }
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
      reason: judgement.reason,
      expected: judgement.expected,
      sources: [...known.sources],
      citations: [...known.citations],
      ...(options.traceFrames ? { rule: r.rule, frame: describeFrame(r.frame()) } : {}),
      factIds: judgement.factIds,
      finding: judgement.finding,
    };
  });
  const byEntry = times.some((t) => t.main !== time.main);
  return { published, topic: true, round: byEntry ? null : time.main?.round ?? null, roundBasis: byEntry ? null : time.basis, byEntry, claims };
}

const PART_KINDS = new Set<string>(COMPOSITION_KINDS);

/** The round's size stands as the whole a part is taken from: "among the 29, 12", "12 of the 29", "the 29 include 12". */
function isNamedWhole(text: string, whole: RawClaim, part: RawClaim): boolean {
  if (whole.end <= part.start) {
    const before = text.slice(whole.start - 12 < 0 ? 0 : whole.start - 12, whole.start).toLowerCase();
    const between = text.slice(whole.end, part.start).toLowerCase();
    return /(?:among|of|out of|из|з|среди|сярод)\s+(?:the\s+|those\s+|these\s+)?$/u.test(before) && /^[\s\p{L},]{0,24}$/u.test(between)
      || /^\s*(?:include|included|are|were)\b[\s\p{L},]{0,12}$/u.test(between) && /\bthe\s+$/.test(before);
  }
  return /^\s*(?:out of|of|из|з)\s+(?:the\s+|those\s+|these\s+)?$/u.test(text.slice(part.end, whole.start).toLowerCase());
}

/** Everything about a raw claim that its verdict depends on (not where it stands on the page). */
function judgementKey(r: RawClaim): string {
  const cue = r.monthCue ? `${r.monthCue.month}/${r.monthCue.part}/${r.monthCue.relative}` : '';
  return [r.kind, r.value, r.hedge?.cls ?? '', r.hedge?.text ?? '', cue, r.otherTime, r.inQuote, r.subject ?? '', r.scope ?? '', r.scopeYear ?? '', r.countsDecrees ?? '', r.countsInYear ?? '', r.term ?? '', r.termYear ?? '', r.month ?? '', r.namedGroup ?? '', r.qualifiedBy ?? ''].join('|');
}

/** Source files behind the facts a verdict rests on; for computed facts, the files of their inputs. */
function sourcesOf(facts: Fact[], index: KnowledgeIndex): string[] {
  const files = facts.flatMap((f) => (f.provenance?.length ? f.provenance.map((p) => p.file) : [...f.statedIn, ...(f.basedOn ?? [])].map(index.fileOf)));
  return [...new Set(files)].sort();
}
