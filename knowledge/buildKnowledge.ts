/**
 * Builds the bundled KB from the curated facts and the source texts, and checks they agree:
 * every figure the extractor finds in a source maps to a KB fact (reading the fact's own value), to a recorded
 * agreeing figure (a bound, a speaker's round figure) or to a recorded source error; every stated fact is found in
 * the sources it names, and the rounds add up. Pure: texts in, KB out.
 */
import { analyzePage } from '../extension/engine/analyze';
import type { Fact, KnowledgeBase, SourceError, SourceSpan } from '../extension/engine/types';

export interface BuildResult {
  kb: KnowledgeBase;
  problems: string[];
}

/** `sources` maps each file name to its text. A .txt source's first line is its headline. */
export function buildKnowledge(curated: KnowledgeBase, sources: Record<string, string>): BuildResult {
  const problems: string[] = [...checkArithmetic(curated)];
  const facts: Fact[] = curated.facts.map((f) => ({ ...f, provenance: [] }));
  const errors: SourceError[] = curated.sourceErrors.map((e) => ({ ...e }));
  const agreeing = (curated.agreeingFigures ?? []).map((a) => ({ ...a }));
  const working: KnowledgeBase = { ...curated, facts, sourceErrors: errors, ...(curated.agreeingFigures ? { agreeingFigures: agreeing } : {}) };

  for (const article of curated.articles) {
    const text = sources[article.file];
    if (text === undefined) {
      problems.push(`${article.file}: source file is missing; the KB names it as a source.`);
      continue;
    }
    // the sources have no date lines: judge each as of the round it reports on
    const report = analyzePage({ text, published: null, hasHeadline: article.hasHeadline !== false }, working);
    if (report.round !== article.aboutRound) {
      problems.push(`${article.file}: the engine places it in round ${report.round ?? 'none'}, the KB says round ${article.aboutRound} (${report.roundBasis ?? 'no basis'}).`);
    }
    for (const claim of report.claims) {
      const where: SourceSpan = { file: article.file, start: claim.start, end: claim.end, span: claim.span };
      const at = `${article.file} @${claim.start}: figure "${claim.span}" (${claim.kind})`;
      if (text.slice(claim.start, claim.end) !== claim.span) problems.push(`${at} does not stand at those offsets.`);
      if (claim.verdict === 'supported') {
        for (const fact of claim.factIds.map((id) => facts.find((f) => f.id === id)!)) {
          // a span backs a fact only when it reads the fact's own figure; a bound or a speaker's round figure must be recorded as agreeing
          if (claim.value === fact.value) fact.provenance!.push(where);
          else {
            const agreeingFigure = agreeing.find((a) => a.file === article.file && a.factId === fact.id && a.stated === claim.value && !a.location);
            if (agreeingFigure) agreeingFigure.location = where;
            else problems.push(`${at} reads ${claim.value}, but the fact it agrees with, ${fact.id}, is ${fact.value}: record it as an agreeing figure of that fact, or correct the fact.`);
          }
        }
      } else if (claim.verdict === 'unverifiable') {
        problems.push(`${at} maps to no KB fact: ${claim.expected}`);
      } else {
        const error = errors.find((e) => e.file === article.file && e.kind === claim.kind && e.stated === claim.value && !e.location);
        if (error) error.location = where;
        else problems.push(`${at} is ${claim.verdict} but not in the source-error ledger: ${claim.expected}`);
      }
    }
  }
  for (const fact of facts) {
    for (const id of fact.statedIn) {
      const file = curated.articles.find((a) => a.id === id)?.file;
      if (!fact.provenance!.some((p) => p.file === file)) problems.push(`fact ${fact.id} (${fact.value}) is said to be stated in ${file ?? id}, but no figure there supports it.`);
    }
    if (!fact.derivedFrom && fact.statedIn.length === 0) problems.push(`fact ${fact.id} is neither stated in a source nor derived.`);
    fact.provenance!.sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
  }
  for (const error of errors) if (!error.location) problems.push(`source error in ${error.file} (${error.kind} stated as ${error.stated}) was not found there.`);
  for (const a of agreeing) if (!a.location) problems.push(`agreeing figure in ${a.file} (${a.stated} for fact ${a.factId}) was not found there.`);
  return { kb: working, problems };
}

/** The rounds must add up to every total, and compositions must fit inside round sizes. */
export function checkArithmetic(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const fact = (kind: Fact['kind'], round: number) => kb.facts.find((f) => f.kind === kind && f.round === round);
  let sum = 0;
  for (const { round } of kb.rounds) {
    const size = fact('round_size', round);
    if (!size) {
      problems.push(`round ${round} has no size.`);
      continue;
    }
    sum += size.value;
    const total = fact('running_total', round);
    if (total && total.value !== sum) problems.push(`round ${round}: the total ${total.value} does not equal the sum of round sizes so far, ${sum}.`);
    const women = fact('round_women', round);
    const men = fact('round_men', round);
    if (women && men && women.value + men.value !== size.value) problems.push(`round ${round}: ${women.value} women + ${men.value} men ≠ ${size.value} pardoned.`);
    for (const part of kb.facts.filter((f) => f.round === round && f.kind.startsWith('round_') && f.kind !== 'round_size' && f.kind !== 'round_ordinal')) {
      if (part.value > size.value) problems.push(`round ${round}: ${part.label} (${part.value}) exceeds the round's size (${size.value}).`);
    }
  }
  for (const error of kb.sourceErrors) {
    const corrected = kb.facts.find((f) => f.kind === error.kind && f.value === error.corrected);
    if (!corrected) problems.push(`source error in ${error.file}: the corrected value ${error.corrected} is not a KB fact.`);
  }
  for (const a of kb.agreeingFigures ?? []) {
    const fact = kb.facts.find((f) => f.id === a.factId);
    if (!fact) problems.push(`agreeing figure in ${a.file}: fact ${a.factId} does not exist.`);
    else if (fact.kind !== a.kind) problems.push(`agreeing figure in ${a.file}: ${a.kind} does not match fact ${a.factId} (${fact.kind}).`);
  }
  return problems;
}

/** Stable JSON: same input, same bytes. */
export function serialiseKnowledge(kb: KnowledgeBase): string {
  return `${JSON.stringify(kb, null, 1)}\n`;
}
