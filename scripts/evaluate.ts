/**
 * Accuracy evaluation with strict scoring, shared by the annotated corpus (tests/corpus) and the real pages
 * (scripts/evaluateReal.ts). A claim matches a label only at an overlapping position, with the label's value and,
 * where the label names one, its kind; one claim to one label. A figure read as another number ("1,300" as 300) is a
 * miss and a false reading, never "found". Pure: pages and labels in, figures out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../extension/engine/analyze';
import { findNumbers } from '../extension/engine/numbers';
import { isDiscrepancy } from '../extension/engine/verdict';
import type { Claim, KnowledgeBase, PageInput, Verdict } from '../extension/engine/types';
import { pageInputFromDocument, pageInputFromText } from '../extension/page/fromHtml';

/** A corpus marker: `[[figure]]`, `[[figure|verdict]]` or `[[figure|verdict|kind]]`. */
export interface Expected {
  start: number;
  end: number;
  text: string;
  verdict: Verdict;
  /** only when the marker names one */
  kind?: string;
}

/** One labelled figure, from a corpus marker or a real page's labels file. */
export interface Label {
  start: number;
  end: number;
  /** the figure as written (read from the page at run time) */
  text: string;
  /** the values a claim may carry to match: one; a range marker ("between 1,200 and 1,300") holds each of its ends */
  values: number[];
  /** absent: any kind matches */
  kind?: string;
  /** null: a number that should not be claimed (`not_a_claim`, or any figure on an off-topic page) */
  verdict: Verdict | null;
  core: boolean;
  /** the labeller's reason code (real pages) */
  reason?: string;
}

/** The engine will gain `claim.reason`; read where present. */
export type ScoredClaim = Claim & { reason?: string };

export interface Match {
  label: Label;
  claim: ScoredClaim;
}

/** One page's labels against the engine's claims. */
export interface PageScore {
  labels: Label[];
  claims: ScoredClaim[];
  matches: Match[];
  /** labelled figures that should be claimed and were not found: left unjudged */
  missed: Label[];
  /** claims that match no label: a figure nobody asked for, read as another number or kind, or not to be claimed */
  falseReadings: ScoredClaim[];
  /** found, with another verdict than the label's */
  wrongVerdict: Match[];
  /** contradicted/outdated claims not matched to a contradicted/outdated label */
  falseFlags: ScoredClaim[];
  /** contradicted/outdated labels no flagging claim matched */
  missedFlags: Label[];
}

export const VERDICTS: Verdict[] = ['supported', 'contradicted', 'outdated', 'unverifiable'];
/** rows of the confusion matrix beyond the four verdicts: claims on a number not to be claimed, claims at a labelled
 * figure with another value or kind, claims where nothing is labelled */
export const NOT_A_CLAIM = 'not a claim';
export const MISREAD = 'misread';
export const UNLABELLED = 'unlabelled';
/** column of the confusion matrix for labels no claim matched */
export const NOT_FOUND = 'not found';

export type Confusion = Record<string, Record<string, number>>;

export interface Scores {
  pages: number;
  /** figures that should be claimed (labels with a verdict) */
  expectedFigures: number;
  expectedCore: number;
  /** labels of numbers that should not be claimed */
  notToClaim: number;
  extracted: number;
  matched: number;
  matchedCore: number;
  falseReadings: number;
  extractionPrecision: number;
  extractionRecall: number;
  coreRecall: number;
  expectedFlags: number;
  flags: number;
  trueFlags: number;
  flagPrecision: number;
  flagRecall: number;
  falseFlags: number;
  /** labelled, not found */
  unjudged: number;
  unjudgedCore: number;
  verdictAccuracy: number;
  /** label verdict (or `not a claim` / `misread` / `unlabelled`) × claim verdict (or `not found`) */
  confusion: Confusion;
  /** claims per `claim.reason`, where claims carry one */
  claimReasons: Record<string, number>;
  /** per label reason: labelled, found, verdict right, claim's reason the same */
  labelReasons: Record<string, { labelled: number; found: number; verdictRight: number; sameReason: number }>;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Whether a claim reads a label's figure: overlapping, the same value, the same kind where the label names one. */
export function readsLabel(claim: Claim, label: Label): boolean {
  return label.verdict !== null && overlap(claim, label) > 0 && label.values.includes(claim.value) && (label.kind === undefined || label.kind === claim.kind);
}

/** Scores one page: one claim to one label, greedily by overlap (then by position), so the result is deterministic. */
export function scorePage(labels: Label[], claims: ScoredClaim[], onTopic = true): PageScore {
  const toClaim = onTopic ? labels.filter((l) => l.verdict !== null) : [];
  const pairs = toClaim.flatMap((label) => claims.filter((claim) => readsLabel(claim, label)).map((claim) => ({ label, claim, overlap: overlap(claim, label) })));
  pairs.sort((a, b) => b.overlap - a.overlap || a.label.start - b.label.start || a.claim.start - b.claim.start);
  const matches: Match[] = [];
  const usedLabels = new Set<Label>();
  const usedClaims = new Set<Claim>();
  for (const { label, claim } of pairs) {
    if (usedLabels.has(label) || usedClaims.has(claim)) continue;
    usedLabels.add(label);
    usedClaims.add(claim);
    matches.push({ label, claim });
  }
  matches.sort((a, b) => a.label.start - b.label.start);
  const trueFlags = matches.filter((m) => isDiscrepancy(m.claim.verdict) && isDiscrepancy(m.label.verdict!));
  return {
    labels,
    claims,
    matches,
    missed: toClaim.filter((l) => !usedLabels.has(l)),
    falseReadings: claims.filter((c) => !usedClaims.has(c)),
    wrongVerdict: matches.filter((m) => m.claim.verdict !== m.label.verdict),
    falseFlags: claims.filter((c) => isDiscrepancy(c.verdict) && !trueFlags.some((m) => m.claim === c)),
    missedFlags: toClaim.filter((l) => isDiscrepancy(l.verdict!) && !trueFlags.some((m) => m.label === l)),
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Sums page scores into a group's figures. */
export function summarise(pages: PageScore[], onTopic: (p: PageScore) => boolean = () => true): Scores {
  const sum = (f: (p: PageScore) => number) => pages.reduce((n, p) => n + f(p), 0);
  const toClaim = (p: PageScore) => (onTopic(p) ? p.labels.filter((l) => l.verdict !== null) : []);
  const expectedFigures = sum((p) => toClaim(p).length);
  const expectedCore = sum((p) => toClaim(p).filter((l) => l.core).length);
  const extracted = sum((p) => p.claims.length);
  const matched = sum((p) => p.matches.length);
  const matchedCore = sum((p) => p.matches.filter((m) => m.label.core).length);
  const falseReadings = sum((p) => p.falseReadings.length);
  const expectedFlags = sum((p) => toClaim(p).filter((l) => isDiscrepancy(l.verdict!)).length);
  const flags = sum((p) => p.claims.filter((c) => isDiscrepancy(c.verdict)).length);
  const falseFlags = sum((p) => p.falseFlags.length);
  const trueFlags = flags - falseFlags;

  const confusion: Confusion = {};
  const count = (row: string, column: string) => {
    confusion[row] ??= {};
    confusion[row][column] = (confusion[row][column] ?? 0) + 1;
  };
  const claimReasons: Record<string, number> = {};
  const labelReasons: Scores['labelReasons'] = {};
  for (const p of pages) {
    for (const m of p.matches) count(m.label.verdict!, m.claim.verdict);
    for (const l of p.missed) count(l.verdict!, NOT_FOUND);
    for (const c of p.falseReadings) {
      const at = p.labels.filter((l) => overlap(c, l) > 0);
      const notToClaim = at.some((l) => l.verdict === null || !onTopic(p));
      count(notToClaim ? NOT_A_CLAIM : at.length ? MISREAD : UNLABELLED, c.verdict);
    }
    for (const c of p.claims) if (c.reason) claimReasons[c.reason] = (claimReasons[c.reason] ?? 0) + 1;
    for (const l of toClaim(p)) {
      if (!l.reason) continue;
      const r = (labelReasons[l.reason] ??= { labelled: 0, found: 0, verdictRight: 0, sameReason: 0 });
      const m = p.matches.find((x) => x.label === l);
      r.labelled++;
      if (!m) continue;
      r.found++;
      if (m.claim.verdict === l.verdict) r.verdictRight++;
      if (m.claim.reason === l.reason) r.sameReason++;
    }
  }
  return {
    pages: pages.length,
    expectedFigures,
    expectedCore,
    notToClaim: sum((p) => p.labels.length - toClaim(p).length),
    extracted,
    matched,
    matchedCore,
    falseReadings,
    extractionPrecision: ratio(extracted - falseReadings, extracted),
    extractionRecall: ratio(matched, expectedFigures),
    coreRecall: ratio(matchedCore, expectedCore),
    expectedFlags,
    flags,
    trueFlags,
    flagPrecision: ratio(trueFlags, flags),
    flagRecall: ratio(expectedFlags - sum((p) => p.missedFlags.length), expectedFlags),
    falseFlags,
    unjudged: expectedFigures - matched,
    unjudgedCore: expectedCore - matchedCore,
    verdictAccuracy: ratio(matched - sum((p) => p.wrongVerdict.length), matched),
    confusion,
    claimReasons,
    labelReasons,
  };
}

// ---- the written corpus ----

export interface PageResult extends PageScore {
  file: string;
  published: string | null;
  expected: Expected[];
  ms: number;
}

const MARKER = /\[\[([^\]|]+)(?:\|(supported|contradicted|outdated|unverifiable)?(?:\|([a-z][a-z0-9_]*))?)?\]\]/g;

/**
 * Removes [[figure|verdict|kind]] markers (verdict and kind optional), returning the clean text, where each figure
 * stands in it, and a map from offsets in the marked text to offsets in the clean one.
 */
export function stripMarkers(marked: string): { text: string; expected: Expected[]; cleanOffset: (offset: number) => number } {
  const expected: Expected[] = [];
  const removedBefore: { at: number; removed: number }[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARKER)) {
    text += marked.slice(last, match.index);
    const figure: Expected = { start: text.length, end: text.length + match[1].length, text: match[1], verdict: (match[2] as Verdict) ?? 'supported' };
    if (match[3]) figure.kind = match[3];
    expected.push(figure);
    text += match[1];
    last = match.index + match[0].length;
    removedBefore.push({ at: last, removed: last - text.length });
  }
  const cleanOffset = (offset: number) => offset - (removedBefore.findLast((r) => r.at <= offset)?.removed ?? 0);
  return { text: text + marked.slice(last), expected, cleanOffset };
}

/** A marker as a label: its value read by the engine's own number reader (every value a range marker holds). */
export function markerLabel(e: Expected): Label {
  const label: Label = { start: e.start, end: e.end, text: e.text, values: findNumbers(e.text).map((t) => t.value), verdict: e.kind === 'not_a_claim' ? null : e.verdict, core: true };
  if (e.kind && e.kind !== 'not_a_claim') label.kind = e.kind;
  return label;
}

/** A corpus page as the engine sees it (read as the check command reads pages), with its annotations. */
export function loadCorpusPage(path: string): PageInput & { hasHeadline: boolean; expected: Expected[] } {
  const raw = readFileSync(path, 'utf8');
  if (path.endsWith('.html')) {
    const page = pageInputFromDocument(parseHTML(raw).document as unknown as Document);
    const { text, expected, cleanOffset } = stripMarkers(page.text);
    const sections = page.sections?.map((s) => ({ ...s, start: cleanOffset(s.start), end: cleanOffset(s.end) }));
    return { ...page, hasHeadline: page.hasHeadline ?? true, text, expected, sections };
  }
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let published: string | null = null;
  while (lines[0]?.startsWith('@')) {
    const line = lines.shift()!;
    if (line.startsWith('@published ')) published = line.slice(11).trim();
  }
  const { text, expected } = stripMarkers(pageInputFromText(lines.join('\n').trimEnd()).text);
  return { text, published, hasHeadline: true, expected };
}

/** `traceFrames`: each claim carries its frame in one line (evalHeld.ts prints the false flags' rules from it). */
export function evaluatePage(file: string, path: string, kb: KnowledgeBase, options: { traceFrames?: boolean } = {}): PageResult {
  const page = loadCorpusPage(path);
  const started = performance.now();
  const report = analyzePage(page, kb, options);
  const ms = performance.now() - started;
  return { file, published: page.published, expected: page.expected, ...scorePage(page.expected.map(markerLabel), report.claims), ms };
}

export function evaluateCorpus(dir: string, kb: KnowledgeBase, options: { traceFrames?: boolean } = {}): { pages: PageResult[]; scores: Scores } {
  const files = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort();
  const pages = files.map((file) => evaluatePage(file, join(dir, file), kb, options));
  return { pages, scores: summarise(pages) };
}
