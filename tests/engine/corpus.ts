/**
 * Reading the sentence corpora (`sentences.{en,ru,be}.json`): their shape, the page a case is read on, and whether a
 * figure's reading meets its expectation. Used by sentences.test.ts; import it from a script to list the failures.
 */
import { readFileSync } from 'node:fs';
import { analyzePage } from '../../extension/engine/analyze';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import type { Claim, ClaimKind, PageReport, Verdict } from '../../extension/engine/types';

export type Expectation = 'not-flagged' | 'flagged' | 'not-read' | Verdict;

export interface Figure {
  value: number;
  expect: Expectation;
  kind?: ClaimKind;
  /** 0-based: which of the sentence's claims with this value (default the first) */
  nth?: number;
}

export interface Case {
  class: string;
  context: string;
  sentence: string;
  figures: Figure[];
}

export interface Context {
  published: string | null;
  lead: string[];
  /** the round of pardons the lead reports (null: a page about something else); checked on the lead alone */
  round?: number | null;
}

export interface Corpus {
  contexts: Record<string, Context>;
  cases: Case[];
}

export const FILES = ['sentences.en.json', 'sentences.ru.json', 'sentences.be.json'] as const;
export const EXPECTATIONS: readonly string[] = ['not-flagged', 'flagged', 'not-read', 'supported', 'contradicted', 'outdated', 'unverifiable'];
export const FLAGGED: readonly Verdict[] = ['contradicted', 'outdated'];

/** The engine's kinds, read from its types so that a misspelt `kind` in a corpus fails loudly instead of never matching. */
export const CLAIM_KINDS: ReadonlySet<string> = (() => {
  const types = readFileSync(new URL('../../extension/engine/types.ts', import.meta.url), 'utf8');
  const union = /export type ClaimKind =([^;]+);/.exec(types)?.[1] ?? '';
  return new Set([...union.matchAll(/'([a-z0-9_]+)'/g)].map((m) => m[1]));
})();

export const loadCorpus = (file: string): Corpus => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Corpus;

/** The page a case is read on, and where its sentence stands in it. */
export function pageOf(context: Context, sentence: string): { text: string; start: number; end: number } {
  const text = [...context.lead, sentence].join('\n');
  return { text, start: text.length - sentence.length, end: text.length };
}

export function analyseCase(context: Context, sentence: string): { report: PageReport; inSentence: Claim[] } {
  const page = pageOf(context, sentence);
  const report = analyzePage({ text: page.text, published: context.published, hasHeadline: true }, kb, { traceFrames: true });
  return { report, inSentence: report.claims.filter((c) => c.start >= page.start && c.end <= page.end) };
}

export const describeClaim = (c: Claim) => `${c.verdict} as ${c.kind} (${c.reason}, rule ${c.rule ?? '?'}) from "${c.span}"${c.refersTo ? `, against ${c.refersTo}` : ''}`;

/** What is wrong with one figure's reading, or null when it holds. */
export function checkFigure(figure: Figure, inSentence: Claim[]): string | null {
  const claim = inSentence.filter((c) => c.value === figure.value)[figure.nth ?? 0];
  const want = `${figure.expect}${figure.kind ? ` as ${figure.kind}` : ''}`;
  const got = claim ? describeClaim(claim) : 'not read';
  const fail = () => `figure ${figure.value}${figure.nth ? ` (#${figure.nth + 1})` : ''}: expected ${want}, engine: ${got}`;
  if (figure.expect === 'not-read') return claim ? fail() : null;
  if (figure.expect === 'not-flagged') {
    if (claim && FLAGGED.includes(claim.verdict)) return fail();
    if (figure.kind && (!claim || claim.kind !== figure.kind)) return fail();
    return null;
  }
  if (!claim) return fail();
  if (figure.kind && claim.kind !== figure.kind) return fail();
  if (figure.expect === 'flagged') return FLAGGED.includes(claim.verdict) ? null : fail();
  return claim.verdict === figure.expect ? null : fail();
}

