/**
 * `npm run -s check -- [--json | --format FORMAT] [--date YYYY-MM-DD] FILE_OR_URL...`
 * Checks pages (.html, .txt or URLs) against the bundled KB and prints each claim with its verdict.
 * With --json (= --format json): one JSON object per input, one per line, in input order, and nothing else on stdout.
 * Other formats (docs/exports.md): claimreview and annotations, one JSON-LD document per input per line; csv, one
 * header line then a row per claim; markdown, a section per input.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../extension/engine/analyze';
import { afterHorizonCount, afterHorizonNote, byDiscrepancy, isDiscrepancy } from '../extension/engine/verdict';
import { bundledKnowledge } from '../extension/engine/bundledKnowledge';
import { describeDay, normaliseDate } from '../extension/engine/time';
import type { Claim, PageInput, PageReport } from '../extension/engine/types';
import { pageInputFromDocument, pageInputFromText } from '../extension/page/fromHtml';
import type { ExportOptions, ExportPage } from '../extension/export/claimRows';
import { toClaimReviewFeed } from '../extension/export/claimReview';
import { toAnnotationPage } from '../extension/export/annotations';
import { toCsv } from '../extension/export/csv';
import { toMarkdown } from '../extension/export/markdown';
import { endQuietlyWhenOutputCloses } from './quietPipe';

export const DEMO_PAGE = fileURLToPath(new URL('../tests/pages/demo-news.html', import.meta.url));

export const FORMATS = ['text', 'json', 'claimreview', 'annotations', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

interface Options {
  format: Format;
  date: string | null;
  inputs: string[];
}

function formatOf(name: string | undefined): Format {
  const format = FORMATS.find((f) => f === name);
  if (!format) throw new Error(`--format takes one of ${FORMATS.join(', ')}; got "${name ?? ''}"`);
  return format;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { format: 'text', date: null, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.format = 'json';
    else if (arg === '--format') options.format = formatOf(argv[++i]);
    else if (arg.startsWith('--format=')) options.format = formatOf(arg.slice(9));
    else if (arg === '--date') {
      options.date = normaliseDate(argv[++i]);
      if (!options.date) throw new Error(`--date needs a date as YYYY-MM-DD, got "${argv[i] ?? ''}"`);
    } else if (arg.startsWith('--date=')) {
      options.date = normaliseDate(arg.slice(7));
      if (!options.date) throw new Error(`--date needs a date as YYYY-MM-DD, got "${arg.slice(7)}"`);
    } else if (arg === '--help' || arg === '-h') {
      console.log(`usage: npm run -s check -- [--json | --format ${FORMATS.join('|')}] [--date YYYY-MM-DD] FILE_OR_URL...`);
      process.exit(0);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) options.inputs.push(DEMO_PAGE);
  return options;
}

/** A page as read, with the outlet an HTML page names itself by (og:site_name), where it does. */
export type LoadedPage = PageInput & { outlet: string | null };

function fromHtml(body: string, url?: string): LoadedPage {
  const { document } = parseHTML(body);
  const outlet = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() || null;
  return { ...pageInputFromDocument(document, url), outlet };
}

/**
 * A .txt page: first line the headline, then paragraphs; optionally after a header of "KEY: value" lines and a
 * line "---" (URL, OUTLET, PUBLISHED as YYYY-MM-DD or "unknown (inferred YYYY-MM-DD)").
 */
export function fromTextFile(body: string): LoadedPage {
  const text = body.replace(/\r\n?/g, '\n');
  const header = /^((?:[A-Z]+: [^\n]*\n)+)---\n/.exec(text);
  if (!header) return { ...pageInputFromText(text), outlet: null };
  const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(header[1])?.[1].trim() ?? null;
  const outlet = field('OUTLET');
  return { ...pageInputFromText(text.slice(header[0].length)), published: normaliseDate(field('PUBLISHED')), outlet: outlet && outlet !== 'unknown' ? outlet : null };
}

export async function loadInput(input: string): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(input)) {
    const response = await fetch(input, { redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    const body = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return type.includes('html') || /<html|<body|<p[\s>]/i.test(body) ? fromHtml(body, input) : { ...pageInputFromText(body), outlet: null };
  }
  const body = await readFile(input, 'utf8');
  if (/\.html?$/i.test(input)) return fromHtml(body);
  if (/\.(txt|text|md)$/i.test(input)) return fromTextFile(body);
  throw new Error('unsupported file type: give a .html, .htm or .txt page');
}

/** The JSON contract other tools read: these keys, in this order (`rule` and `frame` last: how the engine read the figure). */
export function toJsonLine(input: string, report: PageReport): string {
  return JSON.stringify({
    input,
    published: report.published,
    topic: report.topic,
    claims: report.claims.map((c) => ({
      quote: c.quote, span: c.span, start: c.start, end: c.end, value: c.value, hedge: c.hedge,
      kind: c.kind, verdict: c.verdict, reason: c.reason, expected: c.expected, sources: c.sources, rule: c.rule, frame: c.frame,
    })),
  });
}

const MARK: Record<Claim['verdict'], string> = { contradicted: '✗ CONTRADICTED', outdated: '⌛ OUTDATED', unverifiable: '? unverifiable', supported: '✓ supported' };

export function toReadable(input: string, report: PageReport): string {
  const lines = [`━━ ${input}`];
  lines.push(`   published: ${report.published ?? 'not declared'} · about the topic: ${report.topic ? 'yes' : 'no'}${report.round ? ` · reports on round ${report.round} (from ${report.roundBasis})` : ''}${report.byEntry ? ' · entries about different rounds, each judged against its own' : ''}`);
  if (!report.topic) return [...lines, '   Not about Belarus\'s political prisoners or pardons: nothing to check.'].join('\n');
  if (report.claims.length === 0) return [...lines, '   No pardon or prisoner figures found.'].join('\n');
  const flagged = report.claims.filter((c) => isDiscrepancy(c.verdict)).length;
  lines.push(`   ${report.claims.length} claims, ${flagged} discrepanc${flagged === 1 ? 'y' : 'ies'}`);
  const afterHorizon = afterHorizonCount(report.claims);
  if (afterHorizon) lines.push(`   ${afterHorizonNote(afterHorizon, describeDay(bundledKnowledge.horizon))}`);
  for (const claim of [...report.claims].sort(byDiscrepancy)) {
    lines.push(`   ${MARK[claim.verdict]}  "${claim.span}" (${claim.kind.replace(/_/g, ' ')}) at ${claim.start} [${claim.reason}]`);
    lines.push(`      page: ${claim.quote.length > 160 ? `${claim.quote.slice(0, 157)}…` : claim.quote}`);
    lines.push(`      KB:   ${claim.expected}`);
  }
  return lines.join('\n');
}

/** How one checked input is printed in each format; `first` is the first input printed (CSV's header goes with it). */
export function formatReport(format: Format, input: string, page: LoadedPage, report: PageReport, options: ExportOptions, first: boolean): string {
  if (format === 'json') return toJsonLine(input, report);
  if (format === 'text') return `${toReadable(input, report)}\n`;
  const url = /^https?:\/\//i.test(input) ? input : pathToFileURL(resolve(input)).href;
  const exportPage: ExportPage = { report, text: page.text, url, outlet: page.outlet };
  if (format === 'claimreview') return JSON.stringify(toClaimReviewFeed(exportPage, options));
  if (format === 'annotations') return JSON.stringify(toAnnotationPage(exportPage, options));
  if (format === 'csv') return toCsv([exportPage], options, first).trimEnd();
  return toMarkdown(exportPage, options);
}

async function main(): Promise<void> {
  endQuietlyWhenOutputCloses();
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`check: ${(error as Error).message}`);
    process.exit(2);
  }
  let failed = 0;
  let printed = 0;
  const exportOptions: ExportOptions = { kb: bundledKnowledge, reviewedOn: new Date().toISOString().slice(0, 10) };
  for (const input of options.inputs) {
    try {
      const page = await loadInput(input);
      const report = analyzePage({ ...page, published: options.date ?? page.published }, bundledKnowledge, { traceFrames: true });
      const out = formatReport(options.format, input, page, report, exportOptions, printed++ === 0);
      if (out) console.log(out);
    } catch (error) {
      failed++;
      console.error(`check: cannot read ${input}: ${(error as Error).message}`);
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
