/**
 * Accuracy evaluation over the annotated corpus (tests/corpus): extraction and flag precision/recall,
 * false flags, and a per-page account of what was missed or wrongly flagged. Pure: corpus in, figures out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../extension/engine/analyze';
import { isDiscrepancy } from '../extension/engine/verdict';
import type { Claim, KnowledgeBase, PageInput, Verdict } from '../extension/engine/types';
import { pageInputFromDocument, pageInputFromText } from '../extension/page/fromHtml';

export interface Expected {
  start: number;
  end: number;
  text: string;
  verdict: Verdict;
}

export interface PageResult {
  file: string;
  published: string | null;
  expected: Expected[];
  claims: Claim[];
  missed: Expected[];
  /** extracted figures no annotation asked for */
  spurious: Claim[];
  /** matched, but with another verdict than expected */
  wrongVerdict: { expected: Expected; claim: Claim }[];
  falseFlags: Claim[];
  missedFlags: Expected[];
  ms: number;
}

export interface Scores {
  pages: number;
  expectedFigures: number;
  extracted: number;
  matched: number;
  extractionPrecision: number;
  extractionRecall: number;
  expectedFlags: number;
  flags: number;
  trueFlags: number;
  flagPrecision: number;
  flagRecall: number;
  falseFlags: number;
  verdictAccuracy: number;
}

const MARKER = /\[\[([^\]|]+)(?:\|(supported|contradicted|outdated|unverifiable))?\]\]/g;

/**
 * Removes [[figure|verdict]] markers, returning the clean text, where each figure stands in it, and a map
 * from offsets in the marked text to offsets in the clean one.
 */
export function stripMarkers(marked: string): { text: string; expected: Expected[]; cleanOffset: (offset: number) => number } {
  const expected: Expected[] = [];
  const removedBefore: { at: number; removed: number }[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARKER)) {
    text += marked.slice(last, match.index);
    expected.push({ start: text.length, end: text.length + match[1].length, text: match[1], verdict: (match[2] as Verdict) ?? 'supported' });
    text += match[1];
    last = match.index + match[0].length;
    removedBefore.push({ at: last, removed: last - text.length });
  }
  const cleanOffset = (offset: number) => offset - (removedBefore.findLast((r) => r.at <= offset)?.removed ?? 0);
  return { text: text + marked.slice(last), expected, cleanOffset };
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

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function evaluatePage(file: string, path: string, kb: KnowledgeBase): PageResult {
  const page = loadCorpusPage(path);
  const started = performance.now();
  const report = analyzePage(page, kb);
  const ms = performance.now() - started;
  const claims = report.claims;
  const missed = page.expected.filter((e) => !claims.some((c) => overlaps(c, e)));
  const spurious = claims.filter((c) => !page.expected.some((e) => overlaps(c, e)));
  const wrongVerdict = page.expected.flatMap((e) => {
    const claim = claims.find((c) => overlaps(c, e));
    return claim && claim.verdict !== e.verdict ? [{ expected: e, claim }] : [];
  });
  const falseFlags = claims.filter((c) => isDiscrepancy(c.verdict) && !page.expected.some((e) => overlaps(c, e) && isDiscrepancy(e.verdict)));
  const missedFlags = page.expected.filter((e) => isDiscrepancy(e.verdict) && !claims.some((c) => overlaps(c, e) && isDiscrepancy(c.verdict)));
  return { file, published: page.published, expected: page.expected, claims, missed, spurious, wrongVerdict, falseFlags, missedFlags, ms };
}

export function evaluateCorpus(dir: string, kb: KnowledgeBase): { pages: PageResult[]; scores: Scores } {
  const files = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort();
  const pages = files.map((file) => evaluatePage(file, join(dir, file), kb));
  const sum = (f: (p: PageResult) => number) => pages.reduce((n, p) => n + f(p), 0);
  const expectedFigures = sum((p) => p.expected.length);
  const extracted = sum((p) => p.claims.length);
  const matched = sum((p) => p.expected.length - p.missed.length);
  const expectedFlags = sum((p) => p.expected.filter((e) => isDiscrepancy(e.verdict)).length);
  const flags = sum((p) => p.claims.filter((c) => isDiscrepancy(c.verdict)).length);
  const falseFlags = sum((p) => p.falseFlags.length);
  const trueFlags = flags - falseFlags;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    pages,
    scores: {
      pages: pages.length,
      expectedFigures,
      extracted,
      matched,
      extractionPrecision: ratio(extracted - sum((p) => p.spurious.length), extracted),
      extractionRecall: ratio(matched, expectedFigures),
      expectedFlags,
      flags,
      trueFlags,
      flagPrecision: ratio(trueFlags, flags),
      flagRecall: ratio(expectedFlags - sum((p) => p.missedFlags.length), expectedFlags),
      falseFlags,
      verdictAccuracy: ratio(matched - sum((p) => p.wrongVerdict.length), matched),
    },
  };
}
