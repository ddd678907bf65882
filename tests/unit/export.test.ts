/**
 * The export formats (extension/export) over the five source articles (read from ../shared/seeds at test time)
 * and the annotated corpus: each is produced, parsed back and checked the way the tool that reads it would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../extension/engine/analyze';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import type { PageInput } from '../../extension/engine/types';
import { knowledgeVersion, type ExportOptions, type ExportPage } from '../../extension/export/claimRows';
import { RATING_NAME, toClaimReviewFeed } from '../../extension/export/claimReview';
import { QUOTE_CONTEXT, toAnnotationPage, type TextQuoteSelector } from '../../extension/export/annotations';
import { CSV_COLUMNS, csvRecords, toCsv } from '../../extension/export/csv';
import { MARKDOWN_HEADER, toMarkdown } from '../../extension/export/markdown';
import { pageInputFromText } from '../../extension/page/fromHtml';
import { loadCorpusPage } from '../../scripts/evaluate';
import { readSeeds, SEEDS_DIR } from '../helpers/seeds';

const root = resolve(__dirname, '../..');
const CORPUS = join(root, 'tests/corpus');
const options: ExportOptions = { kb, reviewedOn: '2026-03-01' };

function exportPage(path: string, input: PageInput): ExportPage {
  return { report: analyzePage(input, kb), text: input.text, url: pathToFileURL(path).href, outlet: null };
}

const seedPages = Object.entries(readSeeds()).map(([file, text]) => ({
  name: `seed ${file.slice(0, 3)}`,
  page: exportPage(join(SEEDS_DIR, file), { text, published: null, hasHeadline: !file.startsWith('000') }),
}));
const corpusPages = readdirSync(CORPUS).filter((f) => /\.(txt|html)$/.test(f)).sort().map((file) => ({
  name: `corpus ${file}`,
  page: exportPage(join(CORPUS, file), loadCorpusPage(join(CORPUS, file))),
}));
// written for this test: a sentence with a comma, double quotes and a line break inside one claim's quote
const tricky = {
  name: 'quotes and commas',
  page: exportPage(join(root, 'tricky.txt'), pageInputFromText('Belarus pardons 32 political prisoners\nLukashenko pardoned 32 political prisoners, "the sixth round", officials said; it brought the total to 150.\n')),
};
const pages = [...seedPages, ...corpusPages, tricky];

describe('the pages exported', () => {
  it('are the five source articles and the corpus, with figures to export', () => {
    expect(seedPages).toHaveLength(5);
    expect(corpusPages.length).toBeGreaterThanOrEqual(40);
    for (const { page } of seedPages) expect(page.report.claims.length).toBeGreaterThan(5);
    expect(pages.flatMap(({ page }) => page.report.claims).length).toBeGreaterThan(200);
  });
});

describe.each(pages)('$name', ({ page }) => {
  const { claims } = page.report;

  it('ClaimReview: one review per figure, with the required fields, typed', () => {
    const feed = JSON.parse(JSON.stringify(toClaimReviewFeed(page, options)));
    expect(feed['@context']).toBe('https://schema.org');
    expect(feed['@type']).toBe('DataFeed');
    expect(feed.dataFeedElement).toHaveLength(claims.length);
    feed.dataFeedElement.forEach((review: Record<string, any>, i: number) => {
      const claim = claims[i];
      expect(review['@type']).toBe('ClaimReview');
      expect(typeof review.claimReviewed).toBe('string');
      expect(review.claimReviewed).toBe(review.claimReviewed.trim());
      expect(review.claimReviewed).toContain(claim.span.replace(/\s+/g, ' '));
      expect(review.itemReviewed).toMatchObject({ '@type': 'Claim', appearance: { '@type': 'CreativeWork', url: page.url } });
      if (page.report.published) expect(review.itemReviewed.datePublished).toBe(page.report.published);
      else expect(review.itemReviewed.datePublished).toBeUndefined();
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Pardon Check' });
      expect(review.datePublished).toBe('2026-03-01');
      expect(review.isBasedOn).toMatchObject({ '@type': 'Dataset', version: knowledgeVersion(kb) });
      const rating = review.reviewRating;
      expect(rating['@type']).toBe('Rating');
      expect(rating.alternateName).toBe(RATING_NAME[claim.verdict]);
      expect(typeof rating.ratingExplanation).toBe('string');
      expect(rating.ratingExplanation).toContain(claim.expected);
      if (claim.verdict === 'supported' || claim.verdict === 'contradicted') {
        expect(rating).toMatchObject({ ratingValue: claim.verdict === 'supported' ? 5 : 1, bestRating: 5, worstRating: 1 });
      } else {
        expect(rating.ratingValue).toBeUndefined();
      }
    });
  });

  it('annotations: each quote selector re-anchors to the same figure, even after text is inserted before it', () => {
    const annotations = JSON.parse(JSON.stringify(toAnnotationPage(page, options)));
    expect(annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(annotations.items).toHaveLength(claims.length);
    const inserted = 'A note the page added later.\n';
    annotations.items.forEach((annotation: Record<string, any>, i: number) => {
      const claim = claims[i];
      expect(annotation).toMatchObject({ type: 'Annotation', motivation: 'assessing', target: { source: page.url } });
      expect(annotation.body.find((b: { purpose: string }) => b.purpose === 'tagging').value).toBe(claim.verdict);
      const [quote, position] = annotation.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position).toEqual({ type: 'TextPositionSelector', start: claim.start, end: claim.end });
      expect(quote.exact).toBe(claim.span);
      expect(quote.prefix.length).toBe(Math.min(QUOTE_CONTEXT, claim.start));
      expect(quote.suffix.length).toBe(Math.min(QUOTE_CONTEXT, page.text.length - claim.end));
      expect(anchor(page.text, quote, position.start)).toBe(claim.start);
      // the position is stale in the changed text: the quote alone must find the figure
      expect(anchor(inserted + page.text, quote, position.start)).toBe(claim.start + inserted.length);
    });
  });

  it('CSV: one row per figure, and it round-trips through a CSV parser', () => {
    const csv = toCsv([page], options);
    const parsed = parse(csv, { columns: true }) as Record<string, string>[];
    expect(parsed).toEqual(csvRecords(page, options));
    expect(parsed).toHaveLength(claims.length);
    expect(csv.split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    parsed.forEach((row, i) => expect(row).toMatchObject({ figure: claims[i].span, verdict: claims[i].verdict, offset: String(claims[i].start), page: page.url }));
  });

  it('Markdown: one table row per figure, every row with all its cells', () => {
    const markdown = toMarkdown(page, options);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith(`| ${MARKDOWN_HEADER[0]} |`));
    expect(rows).toHaveLength(claims.length);
    const cells = rows.map((row) => row.slice(2, -2).split(/(?<!\\) \| /));
    for (const row of cells) expect(row).toHaveLength(MARKDOWN_HEADER.length);
    expect(cells.map((row) => row[1]).sort()).toEqual(claims.map((c) => c.span.replace(/\s+/g, ' ').trim()).sort());
    if (!page.report.topic) expect(markdown).toContain('nothing to check');
  });
});

/**
 * Finds a quote as annotation tools do: the exact text with its prefix before and suffix after; of several
 * places, the one nearest the position hint. -1 when it is nowhere.
 */
function anchor(text: string, quote: TextQuoteSelector, hint: number): number {
  const found: number[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    if (text.slice(0, at).endsWith(quote.prefix) && text.slice(at + quote.exact.length).startsWith(quote.suffix)) found.push(at);
  }
  return found.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint))[0] ?? -1;
}

describe('the CSV of several pages', () => {
  it('has one header and the rows of every page, quoting commas, quotes and line breaks', () => {
    const csv = toCsv([seedPages[0].page, tricky.page], options);
    expect(csv.match(/^page,published,/gm)).toHaveLength(1);
    const parsed = parse(csv, { columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(seedPages[0].page.report.claims.length + tricky.page.report.claims.length);
    expect(parsed.some((row) => row.sentence.includes('"the sixth round",'))).toBe(true);
  });
});

describe('npm run check -- --format', () => {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const run = (...args: string[]) => spawnSync(tsx, ['scripts/check.ts', ...args], { cwd: root, encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'pardon-check-export-'));
  const txt = join(dir, 'report.txt');
  writeFileSync(txt, 'Belarus pardons 32 political prisoners\nLukashenko pardoned 32 political prisoners, among them 24 men and eight women. It was the sixth round since July, bringing the total to 150.\n');

  it('json is the --json contract, unchanged', () => {
    const json = run('--format', 'json', txt);
    expect(json.status).toBe(0);
    expect(json.stdout).toBe(run('--json', txt).stdout);
  });

  it('prints one JSON-LD document per input per line for claimreview and annotations', () => {
    for (const format of ['claimreview', 'annotations']) {
      const result = run('--format', format, txt, txt);
      expect(result.status).toBe(0);
      const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
      expect(lines).toHaveLength(2);
      expect(lines[0]['@context']).toMatch(format === 'claimreview' ? /schema\.org/ : /anno\.jsonld/);
    }
  });

  it('prints one CSV header for several inputs, and a Markdown table per input', () => {
    const csv = run('--format=csv', txt, txt);
    expect((parse(csv.stdout, { columns: true }) as unknown[]).length).toBe(2 * 6);
    expect(csv.stdout.match(/^page,/gm)).toHaveLength(1);
    const markdown = run('--format', 'markdown', txt);
    expect(markdown.stdout).toContain(`| ${MARKDOWN_HEADER.join(' | ')} |`);
    expect(markdown.stdout).toMatch(/✗ contradicted \| 150 \| 178 \| 6 \|/);
  });

  it('refuses an unknown format, naming the ones it knows', () => {
    const result = run('--format', 'xml', txt);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('claimreview, annotations, csv, markdown');
    expect(result.stdout).toBe('');
  });
});
