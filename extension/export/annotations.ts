/**
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one `assessing` annotation per checked
 * figure, its target anchored twice, by quote (the figure with 32 characters either side) and by position, so
 * Hypothesis and other annotation tools can find it again even where the page's offsets differ from ours.
 */
import { claimRows, hash, knowledgeVersion, sentenceOf, type ClaimRow, type ExportOptions, type ExportPage } from './claimRows';
import { REVIEWER } from './claimReview';

/** Characters of context either side of the figure in its quote selector. */
export const QUOTE_CONTEXT = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  language: 'en';
  purpose: 'assessing' | 'tagging' | 'describing';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  creator: { type: 'Software'; name: string };
  generator: { type: 'Software'; name: string };
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationPage {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationPage';
  items: WebAnnotation[];
}

/** The figure and the text around it; offsets are into the page text the engine read (readable text, one block a line). */
export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

const body = (value: string, purpose: TextualBody['purpose']): TextualBody => ({ type: 'TextualBody', value, format: 'text/plain', language: 'en', purpose });

function annotation(row: ClaimRow, page: ExportPage, options: ExportOptions, pageId: string, version: string): WebAnnotation {
  const { claim } = row;
  return {
    id: `${pageId}:${claim.start}-${claim.end}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: options.reviewedOn,
    creator: { type: 'Software', name: REVIEWER },
    generator: { type: 'Software', name: `${REVIEWER}, knowledge base ${version}` },
    body: [
      body(claim.expected, 'assessing'),
      body(claim.verdict, 'tagging'),
      ...(row.reason ? [body(row.reason, 'tagging')] : []),
      body(`The page's sentence: ${sentenceOf(claim)}`, 'describing'),
    ],
    target: {
      source: page.url,
      selector: [quoteSelector(page.text, claim.start, claim.end), { type: 'TextPositionSelector', start: claim.start, end: claim.end }],
    },
  };
}

/** The page's annotations, one per checked figure, in page order. */
export function toAnnotationPage(page: ExportPage, options: ExportOptions): AnnotationPage {
  const version = knowledgeVersion(options.kb);
  // identifiers need not resolve: a URN per page and export, each annotation the figure's place on it
  const pageId = `urn:pardon-check:${hash(`${page.url}\n${options.reviewedOn}\n${version}`)}`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: pageId,
    type: 'AnnotationPage',
    items: claimRows(page.report, options.kb).map((row) => annotation(row, page, options, pageId, version)),
  };
}
