/**
 * `npm run -s check -- [--json] [--date YYYY-MM-DD] FILE_OR_URL...`
 * Checks pages (.html, .txt or URLs) against the bundled KB and prints each claim with its verdict.
 * With --json: one JSON object per input, one per line, in input order, and nothing else on stdout.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../extension/engine/analyze';
import { byDiscrepancy, isDiscrepancy } from '../extension/engine/verdict';
import { bundledKnowledge } from '../extension/engine/bundledKnowledge';
import { normaliseDate } from '../extension/engine/time';
import type { Claim, PageInput, PageReport } from '../extension/engine/types';
import { pageInputFromDocument, pageInputFromText } from '../extension/page/fromHtml';

export const DEMO_PAGE = fileURLToPath(new URL('../tests/pages/demo-news.html', import.meta.url));

interface Options {
  json: boolean;
  date: string | null;
  inputs: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, date: null, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--date') {
      options.date = normaliseDate(argv[++i]);
      if (!options.date) throw new Error(`--date needs a date as YYYY-MM-DD, got "${argv[i] ?? ''}"`);
    } else if (arg.startsWith('--date=')) {
      options.date = normaliseDate(arg.slice(7));
      if (!options.date) throw new Error(`--date needs a date as YYYY-MM-DD, got "${arg.slice(7)}"`);
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run -s check -- [--json] [--date YYYY-MM-DD] FILE_OR_URL...');
      process.exit(0);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) options.inputs.push(DEMO_PAGE);
  return options;
}

export async function loadInput(input: string): Promise<PageInput> {
  if (/^https?:\/\//i.test(input)) {
    const response = await fetch(input, { redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    const body = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return type.includes('html') || /<html|<body|<p[\s>]/i.test(body) ? pageInputFromDocument(parseHTML(body).document, input) : pageInputFromText(body);
  }
  const body = await readFile(input, 'utf8');
  if (/\.html?$/i.test(input)) return pageInputFromDocument(parseHTML(body).document);
  if (/\.(txt|text|md)$/i.test(input)) return pageInputFromText(body);
  throw new Error('unsupported file type: give a .html, .htm or .txt page');
}

/** The JSON contract other tools read: these keys, in this order. */
export function toJsonLine(input: string, report: PageReport): string {
  return JSON.stringify({
    input,
    published: report.published,
    topic: report.topic,
    claims: report.claims.map((c) => ({
      quote: c.quote, span: c.span, start: c.start, end: c.end, value: c.value, hedge: c.hedge,
      kind: c.kind, verdict: c.verdict, expected: c.expected, sources: c.sources,
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
  for (const claim of [...report.claims].sort(byDiscrepancy)) {
    lines.push(`   ${MARK[claim.verdict]}  "${claim.span}" (${claim.kind.replace(/_/g, ' ')}) at ${claim.start}`);
    lines.push(`      page: ${claim.quote.length > 160 ? `${claim.quote.slice(0, 157)}…` : claim.quote}`);
    lines.push(`      KB:   ${claim.expected}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`check: ${(error as Error).message}`);
    process.exit(2);
  }
  let failed = 0;
  for (const input of options.inputs) {
    try {
      const page = await loadInput(input);
      const report = analyzePage({ ...page, published: options.date ?? page.published }, bundledKnowledge);
      console.log(options.json ? toJsonLine(input, report) : `${toReadable(input, report)}\n`);
    } catch (error) {
      failed++;
      console.error(`check: cannot read ${input}: ${(error as Error).message}`);
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
