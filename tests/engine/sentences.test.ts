/**
 * Sentence corpora (issue 24, point 6): one sentence at a time, on a page whose headline and lead say which round of
 * pardons it reports, the engine must read each listed figure the way the corpus says, or must not flag it.
 *
 * Each file (`sentences.{en,ru,be}.json`) holds `contexts` (a page's date and its lead lines) and `cases` (a class of
 * phrasing, a context, one sentence, and the figures in it with what is expected of each). A case's page is its
 * context's lead lines, then the sentence as its own paragraph, joined with "\n". A figure is the first claim inside
 * the sentence with that value (`nth: 1` for the second).
 *
 * Expectations: `not-flagged` (no claim, or any verdict but contradicted/outdated), `flagged` (contradicted or
 * outdated), a verdict by name, or `not-read` (no claim with that value in the sentence); `kind`, when given, is the
 * ClaimKind the figure must be read as. Many cases fail on today's engine: they are its work queue, not mistakes here.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../extension/engine/analyze';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { readFileSync } from 'node:fs';
import { analyseCase, CLAIM_KINDS, checkFigure, describeClaim, EXPECTATIONS, FILES, FLAGGED, loadCorpus } from './corpus';

/**
 * Cases the engine does not yet meet, by file and case number: each runs as `it.fails`, so the list cannot go stale
 * (a case that starts passing fails the run until it is taken off the list). The work queue, in the open.
 */
const KNOWN: Record<string, number[]> = JSON.parse(readFileSync(new URL('./known-failures.json', import.meta.url), 'utf8')).cases;

describe.each(FILES)('%s', (file) => {
  const corpus = loadCorpus(file);

  it('is well formed: every case names a known context, a class, figures with known expectations and kinds', () => {
    const problems: string[] = [];
    corpus.cases.forEach((c, i) => {
      const where = `case ${i} (${c.class}: "${c.sentence}")`;
      if (!corpus.contexts[c.context]) problems.push(`${where}: unknown context "${c.context}"`);
      if (!c.class || !c.sentence?.trim()) problems.push(`${where}: a case needs a class and a sentence`);
      if (!c.figures?.length) problems.push(`${where}: no figures`);
      for (const f of c.figures ?? []) {
        if (typeof f.value !== 'number') problems.push(`${where}: figure without a numeric value`);
        if (!EXPECTATIONS.includes(f.expect)) problems.push(`${where}: unknown expectation "${f.expect}"`);
        if (f.kind && !CLAIM_KINDS.has(f.kind)) problems.push(`${where}: unknown kind "${f.kind}"`);
      }
    });
    expect(problems).toEqual([]);
  });

  // the lead alone must be read as the round it names and flag nothing: otherwise a case's failure could be the lead's
  it.each(Object.entries(corpus.contexts))('context %s: the lead is read as its round and flags nothing', (name, context) => {
    const report = analyzePage({ text: context.lead.join('\n'), published: context.published, hasHeadline: true }, kb);
    const flagged = report.claims.filter((c) => FLAGGED.includes(c.verdict)).map((c) => `${c.value}: ${describeClaim(c)}`);
    expect(flagged, `${file} · context ${name}: the lead flags figures`).toEqual([]);
    if (context.round !== undefined && report.topic) {
      expect(report.round, `${file} · context ${name}: the lead is read as round ${report.round}, not ${context.round}`).toBe(context.round);
    }
  });

  // a false flag is traced to the extractor's rule that read it (issue 24, point 4): every figure read names one
  it('names, for every figure it reads, the extractor rule that read it', () => {
    const unnamed = corpus.cases.flatMap((c) => analyseCase(corpus.contexts[c.context], c.sentence).inSentence)
      .filter((claim) => !/^(?:en|cy)-[a-z0-9-]+$/.test(claim.rule ?? '')).map((claim) => `${claim.value} as ${claim.kind}: rule "${claim.rule}"`);
    expect(unnamed).toEqual([]);
  });

  const known = new Set(KNOWN[file] ?? []);
  const check = (c: (typeof corpus.cases)[number]) => {
    const { inSentence } = analyseCase(corpus.contexts[c.context], c.sentence);
    const problems = c.figures.map((f) => checkFigure(f, inSentence)).filter((p): p is string => p !== null);
    expect(problems, `${file} · ${c.class} · "${c.sentence}"`).toEqual([]);
  };
  const named = corpus.cases.map((c, i) => [`#${i} ${c.class} [${c.context}]: ${c.sentence}`, c, i] as const);
  const met = named.filter(([, , i]) => !known.has(i));
  const open = named.filter(([, , i]) => known.has(i));
  it.each(met)('%s', (_label, c) => check(c));
  if (open.length) it.fails.each(open)('not yet: %s', (_label, c) => check(c));

  // a case not yet met may miss a figure or read it as another kind, never flag a true one: a known failure cannot hide
  // a false flag
  it('flags no figure that must not be flagged, in the cases not yet met too', () => {
    const falseFlags = open.flatMap(([label, c]) => {
      const { inSentence } = analyseCase(corpus.contexts[c.context], c.sentence);
      return c.figures.filter((f) => !['flagged', 'contradicted', 'outdated'].includes(f.expect))
        .filter((f) => inSentence.some((claim) => claim.value === f.value && FLAGGED.includes(claim.verdict))).map((f) => `${label}: ${f.value}`);
    });
    expect(falseFlags).toEqual([]);
  });
});
