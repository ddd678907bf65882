/** A corrections log as CSV: one row per checked figure, quoted by csv-stringify (RFC 4180), never by string joins. */
import { stringify } from 'csv-stringify/sync';
import { claimRows, isoInterval, sentenceOf, type ExportOptions, type ExportPage } from './claimRows';

export const CSV_COLUMNS = [
  'page', 'published', 'offset', 'end', 'figure', 'value', 'kind', 'verdict', 'reason',
  'kb_figure', 'round', 'as_of', 'explanation', 'sources', 'sentence',
] as const;

export type CsvRecord = Record<(typeof CSV_COLUMNS)[number], string>;

export function csvRecords(page: ExportPage, options: ExportOptions): CsvRecord[] {
  return claimRows(page.report, options.kb).map(({ claim, reason, kbFigure, rounds, asOf, sources }) => ({
    page: page.url,
    published: page.report.published ?? '',
    offset: String(claim.start),
    end: String(claim.end),
    figure: claim.span,
    value: String(claim.value),
    kind: claim.kind,
    verdict: claim.verdict,
    reason: reason ?? '',
    kb_figure: kbFigure ?? '',
    round: rounds.join(' '),
    as_of: isoInterval(asOf),
    explanation: claim.expected,
    // "file@start-end" for each place; a file with no place is one the KB's figure was computed from
    sources: sources.map((s) => (s.spans.length ? s.spans.map((at) => `${s.file}@${at.start}-${at.end}`).join(' ') : s.file)).join(' '),
    sentence: sentenceOf(claim),
  }));
}

/** The pages' rows in page order, under one header line (leave it out to append to an earlier export). */
export function toCsv(pages: ExportPage[], options: ExportOptions, header = true): string {
  return stringify(pages.flatMap((page) => csvRecords(page, options)), { header, columns: [...CSV_COLUMNS], eof: true });
}
