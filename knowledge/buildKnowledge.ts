/**
 * Builds the bundled KB from the curated facts and the source texts, and checks they agree:
 * every figure the extractor finds in a source maps to a KB fact (reading the fact's own value), to a recorded
 * agreeing figure (a bound, a speaker's round figure) or to a recorded source error; every stated fact is found in
 * the sources it names, and the rounds add up. Pure: texts in, KB out.
 */
import { analyzePage } from '../extension/engine/analyze';
import { findNumbers } from '../extension/engine/numbers';
import { findCyrillicNumbers } from '../extension/engine/numbersCyrillic';
import type { Fact, KnowledgeBase, SourceArticle, SourceError, SourceSpan } from '../extension/engine/types';

export interface BuildResult {
  kb: KnowledgeBase;
  problems: string[];
}

/**
 * The date a source is judged as of: the day it was written when known (a date line, its page's date), else the last
 * day of its window. Judged without a date, a report's figures would be read against counts of any time: a later,
 * lower count would match an older page's "hundreds" (docs/knowledge.md).
 */
export function judgedAsOf(article: SourceArticle): string | null {
  return article.written.to === '9999-12-31' ? null : article.written.to;
}

/** The number a span of text reads, English or Cyrillic, starting at `start`; null when none starts there. */
function numberAt(text: string, start: number): { value: number; end: number } | null {
  const window = text.slice(start, start + 40);
  const tokens = [...findNumbers(window), ...findCyrillicNumbers(window)].filter((t) => t.start === 0).sort((a, b) => b.end - a.end);
  if (tokens.length) return { value: tokens[0].value, end: start + tokens[0].end };
  const digits = window.match(/^\d[\d,.\u00a0 ]*\d|^\d/);
  return digits ? { value: Number(digits[0].replace(/[^\d]/g, '')), end: start + digits[0].length } : null;
}

/** `sources` maps each file name to its text (without its header). A source's first line is its headline. */
export function buildKnowledge(curated: KnowledgeBase, sources: Record<string, string>): BuildResult {
  const problems: string[] = [...checkArithmetic(curated)];
  // the records' offsets for figures the engine does not read: checked and completed below
  const hints = curated.facts.flatMap((f) => (f.provenance ?? []).filter((p) => p.unread).map((p) => ({ factId: f.id, file: p.file, start: p.start })));
  const facts: Fact[] = curated.facts.map((f) => ({ ...f, provenance: [] }));
  const errors: SourceError[] = curated.sourceErrors.map((e) => ({ ...e }));
  const agreeing = (curated.agreeingFigures ?? []).map((a) => ({ ...a }));
  const misread = (curated.misreadFigures ?? []).map((m) => ({ ...m }));
  const nameErrors = (curated.nameErrors ?? []).map((n) => ({ ...n }));
  const working: KnowledgeBase = {
    ...curated, facts, sourceErrors: errors, ...(curated.agreeingFigures ? { agreeingFigures: agreeing } : {}),
    ...(curated.misreadFigures ? { misreadFigures: misread } : {}), ...(curated.nameErrors ? { nameErrors } : {}),
  };

  for (const article of curated.articles) {
    const text = sources[article.file];
    if (text === undefined) {
      problems.push(`${article.file}: source file is missing; the KB names it as a source.`);
      continue;
    }
    const report = analyzePage({ text, published: judgedAsOf(article), hasHeadline: article.hasHeadline !== false }, working);
    // a report's round, when the engine can tell it, must be the one recorded (a report of counts announces none)
    // (the engine's pick by date alone, with no figure of the round, says nothing about the report: a look back)
    if (article.aboutRound !== null && report.round !== null && report.round !== article.aboutRound && /figures/.test(report.roundBasis ?? 'figures')) {
      problems.push(`${article.file}: the engine places it in round ${report.round}, the KB says round ${article.aboutRound ?? 'none'} (${report.roundBasis ?? 'no basis'}).`);
    }
    for (const claim of report.claims) {
      const where: SourceSpan = { file: article.file, start: claim.start, end: claim.end, span: claim.span };
      const at = `${article.file} @${claim.start}: figure "${claim.span}" (${claim.kind})`;
      if (text.slice(claim.start, claim.end) !== claim.span) problems.push(`${at} does not stand at those offsets.`);
      // the records say this source states a fact of this kind and value: the span backs it, whatever the engine's verdict
      // (an alternative value where sources disagree, an ordinal in another convention, a total on another basis)
      // (a fact of another kind counts when the judge matched it too: "pardoned 31 Ukrainian citizens" states the round's size
      // and its Ukrainians)
      const stated = facts.filter((f) => (f.kind === claim.kind || claim.factIds.includes(f.id)) && f.value === claim.value && f.statedIn.includes(article.id));
      // where several facts fit (30 in August and 30 in early September), the one the engine judged it against
      const judged = stated.filter((f) => claim.factIds.includes(f.id));
      // (and of that round, every one of that value: "two Latvians, two Germans" back both countries' facts)
      const recorded = judged.length ? stated.filter((f) => judged.some((j) => j.round === f.round)) : stated;
      if (recorded.length) {
        for (const fact of recorded) fact.provenance!.push(where);
        continue;
      }
      const agreeingFigure = agreeing.find((a) => a.file === article.file && a.kind === claim.kind && a.stated === claim.value && !a.location);
      if (agreeingFigure && claim.verdict !== 'contradicted') {
        agreeingFigure.location = where;
        continue;
      }
      const misreading = misread.find((m) => m.file === article.file && m.kind === claim.kind && m.stated === claim.value && !m.location);
      if (misreading) {
        misreading.location = where;
        const fact = misreading.factId ? facts.find((f) => f.id === misreading.factId) : undefined;
        if (fact && fact.value === claim.value) fact.provenance!.push(where);
        continue;
      }
      if (claim.verdict !== 'supported' && claim.verdict !== 'unverifiable') {
        const error = errors.find((e) => e.file === article.file && e.kind === claim.kind && e.stated === claim.value && !e.location);
        if (error) {
          error.location = where;
          continue;
        }
      }
      if (claim.verdict === 'unverifiable') {
        const error = errors.find((e) => e.file === article.file && e.kind === claim.kind && e.stated === claim.value && !e.location);
        // a wrong figure the engine cannot yet judge (an ordinal in a convention it does not read) is still the ledger's
        if (error) {
          error.location = where;
          continue;
        }
      }
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
  // figures the records locate because the engine does not read them: the text there must read the fact's value
  for (const h of hints) {
    const fact = facts.find((f) => f.id === h.factId)!;
    const text = sources[h.file];
    if (text === undefined) continue;
    if (fact.provenance!.some((p) => p.file === h.file && p.start === h.start)) continue; // the engine reads it after all
    const read = numberAt(text, h.start);
    if (!read) problems.push(`fact ${fact.id}: ${h.file} @${h.start} reads no number (records give that offset).`);
    else if (read.value !== fact.value) problems.push(`fact ${fact.id} (${fact.value}): ${h.file} @${h.start} reads ${read.value} (records give that offset).`);
    else fact.provenance!.push({ file: h.file, start: h.start, end: read.end, span: text.slice(h.start, read.end), unread: true });
  }
  for (const n of nameErrors) {
    const text = sources[n.file];
    if (text !== undefined && text.slice(n.location!.start, n.location!.end) !== n.name) problems.push(`name error in ${n.file}: "${n.name}" does not stand @${n.location!.start}.`);
  }
  for (const m of misread) if (!m.location) problems.push(`misread figure in ${m.file} (${m.stated} read as ${m.kind}) was not found there: the engine no longer misreads it; remove the record.`);
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
  for (const { round, pardon } of kb.rounds) {
    const size = fact('round_size', round);
    if (!size) {
      problems.push(`round ${round} has no size.`);
      continue;
    }
    // a release that was no new pardon adds to no total of pardons
    if (pardon !== false) sum += size.value;
    const total = kb.facts.find((f) => f.id === `r${round}.total`);
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
