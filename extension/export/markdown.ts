/** A Markdown summary of a page, for a desk's notes or a chat: a line about the page, then one table row per figure. */
import { byDiscrepancy, isDiscrepancy } from '../engine/verdict';
import { describeWindow } from '../engine/time';
import { VERDICT_SYMBOL } from '../i18n/verdictText';
import { claimRows, knowledgeVersion, sourceWithOffsets, type ExportOptions, type ExportPage } from './claimRows';


export const MARKDOWN_HEADER = ['verdict', 'figure', 'what the KB holds', 'round', 'as of', 'sources (article, characters)', 'offset'] as const;

/** A table cell: pipes escaped, one line. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const tableRow = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

export function toMarkdown(page: ExportPage, options: ExportOptions): string {
  const { report } = page;
  const lines = [`### Pardon Check: ${cell(page.url || 'a draft, not yet published')}`, ''];
  const about = `Published ${report.published ?? 'on a date the page does not declare'}; checked ${options.reviewedOn} against knowledge base ${knowledgeVersion(options.kb)}.`;
  if (!report.topic) return [...lines, `${about} Not about Belarus's political prisoners or pardons: nothing to check.`, ''].join('\n');
  if (report.claims.length === 0) return [...lines, `${about} No pardon or prisoner figures found.`, ''].join('\n');
  const flagged = report.claims.filter((c) => isDiscrepancy(c.verdict)).length;
  lines.push(`${about} ${report.claims.length} figures, ${flagged} discrepanc${flagged === 1 ? 'y' : 'ies'}.`, '');
  lines.push(tableRow([...MARKDOWN_HEADER]), `|${MARKDOWN_HEADER.map(() => '---').join('|')}|`);
  const rows = claimRows(report, options.kb).sort((a, b) => byDiscrepancy(a.claim, b.claim));
  for (const { claim, kbFigure, rounds, asOf, sources } of rows) {
    lines.push(tableRow([
      `${VERDICT_SYMBOL[claim.verdict]} ${claim.verdict}`,
      claim.span,
      kbFigure ?? '—',
      rounds.join(' or ') || '—',
      asOf ? describeWindow(asOf) : '—',
      sources.map((s) => sourceWithOffsets(s)).join('; ') || '—',
      String(claim.start),
    ]));
  }
  return [...lines, ''].join('\n');
}
