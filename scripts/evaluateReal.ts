/**
 * The engine over the real pages (../shared/real-pages) against their labels (tests/real/labels*.json), scored
 * strictly (scripts/evaluate.ts), per language and per part (tuned, held out), with a planted change per page.
 * The pages are third-party text: they are read here at run time and never stored in the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hedgeBefore } from '../extension/engine/hedges';
import { analyzePage } from '../extension/engine/analyze';
import { findNumbers } from '../extension/engine/numbers';
import { isDiscrepancy } from '../extension/engine/verdict';
import type { ClaimKind, KnowledgeBase, Verdict } from '../extension/engine/types';
import { pageInputFromText } from '../extension/page/fromHtml';
import { scorePage, summarise, type Label, type PageScore, type ScoredClaim, type Scores } from './evaluate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REAL_PAGES_DIR = resolve(ROOT, '../shared/real-pages');
export const LABEL_FILES = ['labels.en.json', 'labels.ru-be.json'].map((f) => join(ROOT, 'tests/real', f));

/** A real page: its header and its body (the text after the line `---`, `\r\n` read as `\n`). */
export interface RealPage {
  /** relative to the real-pages folder, e.g. `en/02_….txt` */
  file: string;
  url: string | null;
  outlet: string | null;
  /** the header's date, or the inferred one where it says `unknown (inferred …)` */
  published: string | null;
  lang: string;
  body: string;
}

export function readRealPage(dir: string, file: string): RealPage {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`The real page ${file} is not at ${path}. The real-page evaluation needs ../shared/real-pages beside the project.`);
  const raw = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const split = raw.indexOf('\n---\n');
  if (split < 0) throw new Error(`${file}: no line "---" ends its header`);
  const header = Object.fromEntries(
    raw.slice(0, split).split('\n').map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toUpperCase(), line.slice(colon + 1).trim()];
    }),
  );
  const date = /\d{4}-\d{2}-\d{2}/.exec(header.PUBLISHED ?? '');
  return {
    file,
    url: header.URL && header.URL !== 'unknown' ? header.URL : null,
    outlet: header.OUTLET ?? null,
    published: date ? date[0] : null,
    lang: header.LANG ?? 'unknown',
    body: raw.slice(split + 5),
  };
}

/** A label as a labels file holds it (tests/real/README.md). */
export interface LabelEntry {
  start: number;
  end: number;
  value: number;
  kind: string;
  core: boolean;
  verdict: Verdict | null;
  reason: string;
  why?: string;
}

export interface PageEntry {
  heldOut: boolean;
  published?: string;
  onTopic: boolean;
  labels: LabelEntry[];
}

export interface LabelsFile {
  schema: number;
  pages: Record<string, PageEntry>;
}

export interface Plant {
  label: Label;
  from: string;
  to: number;
  /** the claim read at the changed figure, if any */
  claim: ScoredClaim | null;
  flagged: boolean;
}

export interface RealPageResult extends PageScore {
  page: RealPage;
  heldOut: boolean;
  onTopic: boolean;
  /** what the engine's topic gate said */
  engineTopic: boolean;
  /** null: the page has no supported core round figure to change */
  plant: Plant | null;
}

export interface RealGroup {
  lang: string;
  part: 'tuned' | 'held out';
  pages: RealPageResult[];
  scores: Scores;
  plants: { possible: number; flagged: number };
}

export interface RealEvaluation {
  pages: RealPageResult[];
  groups: RealGroup[];
  /** what was skipped or looks wrong in the labels */
  notes: string[];
}

/** Kinds whose planted change must be caught (a round's size and composition, the running total). */
export const PLANTABLE_KINDS: ClaimKind[] = ['round_size', 'round_women', 'round_men', 'running_total'];
export const LANGUAGES = ['en', 'ru', 'be'];

const isOnTopic = (p: PageScore) => (p as RealPageResult).onTopic;

function toLabel(entry: LabelEntry, body: string): Label {
  const label: Label = { start: entry.start, end: entry.end, text: body.slice(entry.start, entry.end), values: [entry.value], verdict: entry.kind === 'not_a_claim' ? null : entry.verdict, core: entry.core, reason: entry.reason };
  if (entry.kind !== 'not_a_claim') label.kind = entry.kind;
  return label;
}

/** Reads the labels files that exist; a missing one is skipped with a note. */
export function readLabels(files: string[], notes: string[]): Map<string, PageEntry> {
  const pages = new Map<string, PageEntry>();
  for (const path of files) {
    if (!existsSync(path)) {
      notes.push(`${relative(ROOT, path)} does not exist: skipped`);
      continue;
    }
    const labels = JSON.parse(readFileSync(path, 'utf8')) as LabelsFile;
    for (const [file, entry] of Object.entries(labels.pages)) pages.set(file, entry);
  }
  return pages;
}

/** A label of digits whose span does not read as its value (a shifted offset, a typo), for the notes. */
function misreadLabel(page: RealPage, l: LabelEntry): string | null {
  const text = page.body.slice(l.start, l.end);
  // numbers not to be claimed (dates, clock times) and figures with words ("5 тысяч") are not checked here
  if (l.verdict === null || l.kind === 'not_a_claim' || !/^[\d\s.,\u00A0\u202F\u2009\u00AD-]+$/.test(text)) return null;
  if (findNumbers(text).some((t) => t.value === l.value)) return null;
  return `${page.file} @${l.start}: the span reads "${text}", labelled ${l.value}`;
}

/**
 * Plants a change: the first supported, unhedged core label of a round's size, composition or running total is rewritten in a
 * copy of the body as another plausible value (value+3, or the next value up that the KB does not hold for that kind,
 * so the change cannot turn into another round's true figure), written as digits. The engine must flag it.
 */
export function plantChange(page: RealPage, labels: Label[], kb: KnowledgeBase): Plant | null {
  // a hedged figure changed ("at least 10" → "at least 13") may still be true as written: plant in an exact one
  const label = [...labels].sort((a, b) => a.start - b.start)
    .find((l) => l.core && l.verdict === 'supported' && PLANTABLE_KINDS.includes(l.kind as ClaimKind) && !hedgeBefore(page.body.slice(0, l.start)));
  if (!label) return null;
  const held = new Set(kb.facts.filter((f) => f.kind === label.kind).map((f) => f.value));
  let to = label.values[0] + 3;
  while (held.has(to)) to++;
  const replacement = String(to);
  const body = page.body.slice(0, label.start) + replacement + page.body.slice(label.end);
  const claims = analyzePage({ ...pageInputFromText(body), published: page.published }, kb).claims as ScoredClaim[];
  const at = { start: label.start, end: label.start + replacement.length };
  const claim = claims.find((c) => c.start < at.end && at.start < c.end && c.value === to) ?? null;
  return { label, from: label.text, to, claim, flagged: claim !== null && isDiscrepancy(claim.verdict) };
}

/** Pages in a folder some of whose pages are labelled, that have no labels themselves. */
function unlabelledNotes(dir: string, entries: Map<string, PageEntry>): string[] {
  const folders = new Set([...entries.keys()].map((f) => f.split('/')[0]));
  return [...folders].flatMap((folder) => {
    const unlabelled = existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).filter((f) => f.endsWith('.txt') && !entries.has(`${folder}/${f}`)) : [];
    return unlabelled.length ? [`${unlabelled.length} page(s) in ${folder}/ have no labels: not scored`] : [];
  });
}

export function evaluateRealPage(page: RealPage, entry: PageEntry, kb: KnowledgeBase): RealPageResult {
  const labels = entry.labels.map((l) => toLabel(l, page.body));
  const report = analyzePage({ ...pageInputFromText(page.body), published: page.published }, kb, { traceFrames: true });
  return {
    ...scorePage(labels, report.claims as ScoredClaim[], entry.onTopic),
    page,
    heldOut: entry.heldOut,
    onTopic: entry.onTopic,
    engineTopic: report.topic,
    plant: entry.onTopic ? plantChange(page, labels, kb) : null,
  };
}

export function groupScores(pages: RealPageResult[]): Scores {
  return summarise(pages, isOnTopic);
}

export function plantCounts(pages: RealPageResult[]): { possible: number; flagged: number } {
  const plants = pages.flatMap((p) => (p.plant ? [p.plant] : []));
  return { possible: plants.length, flagged: plants.filter((p) => p.flagged).length };
}

export interface RealOptions {
  dir?: string;
  labelFiles?: string[];
}

/** Every labelled real page, scored, grouped by language (the LANG header) and part (tuned, held out). */
export function evaluateRealPages(kb: KnowledgeBase, options: RealOptions = {}): RealEvaluation {
  const dir = options.dir ?? REAL_PAGES_DIR;
  if (!existsSync(dir)) throw new Error(`The real pages are not at ${dir}. The real-page evaluation needs ../shared/real-pages beside the project (see tests/real/README.md).`);
  const notes: string[] = [];
  const entries = readLabels(options.labelFiles ?? LABEL_FILES, notes);
  const pages: RealPageResult[] = [];
  for (const [file, entry] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
    if (!existsSync(join(dir, file))) {
      notes.push(`${file} is labelled but not in ${dir}: skipped`);
      continue;
    }
    const page = readRealPage(dir, file);
    if (entry.published && page.published && entry.published !== page.published) notes.push(`${file}: labelled as published ${entry.published}, its header says ${page.published}`);
    for (const l of entry.labels) {
      const wrong = misreadLabel(page, l);
      if (wrong) notes.push(wrong);
    }
    pages.push(evaluateRealPage(page, entry, kb));
  }
  notes.push(...unlabelledNotes(dir, entries));
  const groups: RealGroup[] = [];
  for (const lang of [...LANGUAGES, ...new Set(pages.map((p) => p.page.lang).filter((l) => !LANGUAGES.includes(l)))]) {
    for (const part of ['tuned', 'held out'] as const) {
      const inGroup = pages.filter((p) => p.page.lang === lang && p.heldOut === (part === 'held out'));
      if (inGroup.length) groups.push({ lang, part, pages: inGroup, scores: groupScores(inGroup), plants: plantCounts(inGroup) });
    }
  }
  return { pages, groups, notes };
}
