/**
 * schema.org ClaimReview JSON-LD: one review per checked figure, gathered in a DataFeed per page, as fact-checkers
 * publish them. The rating scale (1 = inaccurate … 5 = accurate) is documented in docs/exports.md.
 */
import type { ClaimReview, DataFeed, Rating, WithContext } from 'schema-dts';
import { indexKnowledge } from '../engine/knowledge';
import type { Verdict } from '../engine/types';
import { claimRows, isoInterval, knowledgeVersion, sentenceOf, sourceWithOffsets, type ClaimRow, type ExportOptions, type ExportPage } from './claimRows';

export const REVIEWER = 'Pardon Check';

/** How each verdict is named in ClaimReview's `alternateName`, the rating's words. */
export const RATING_NAME: Record<Verdict, string> = {
  supported: 'Accurate',
  contradicted: 'Inaccurate',
  outdated: 'Outdated',
  unverifiable: 'Unverifiable',
};

/**
 * Points on the 1–5 scale. Only a figure the KB confirms or contradicts is placed on it: an outdated figure was
 * accurate once, and an unverifiable one was not judged, so neither has a point on an accuracy scale.
 */
export const RATING_VALUE: Partial<Record<Verdict, number>> = { supported: 5, contradicted: 1 };
export const BEST_RATING = 5;
export const WORST_RATING = 1;

function explanation(row: ClaimRow): string {
  const held = row.kbFigure ? `The KB holds ${row.kbFigure}` : 'The KB holds no figure for this';
  const round = row.rounds.length ? ` for round ${row.rounds.join(' or ')}` : '';
  const asOf = row.asOf ? ` as of ${isoInterval(row.asOf)}` : '';
  const sources = row.sources.length ? ` Sources (article id, character offsets): ${row.sources.map((s) => sourceWithOffsets(s, '-')).join('; ')}.` : '';
  return `${held}${round}${asOf}. ${row.claim.expected}${sources}`;
}

function rating(row: ClaimRow): Rating {
  const value = RATING_VALUE[row.claim.verdict];
  return {
    '@type': 'Rating',
    alternateName: RATING_NAME[row.claim.verdict],
    ratingExplanation: explanation(row),
    ...(value === undefined ? {} : { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING }),
  };
}

export function toClaimReview(row: ClaimRow, page: ExportPage, options: ExportOptions, version = knowledgeVersion(options.kb)): ClaimReview {
  const published = page.report.published;
  return {
    '@type': 'ClaimReview',
    claimReviewed: sentenceOf(row.claim),
    itemReviewed: {
      '@type': 'Claim',
      // a draft checked before publication appears nowhere yet
      ...(page.url ? { appearance: { '@type': 'CreativeWork', url: page.url } } : {}),
      ...(published ? { datePublished: published } : {}),
      ...(page.outlet ? { author: { '@type': 'Organization', name: page.outlet } } : {}),
    },
    reviewRating: rating(row),
    author: { '@type': 'Organization', name: REVIEWER },
    datePublished: options.reviewedOn,
    isBasedOn: { '@type': 'Dataset', name: `${REVIEWER} knowledge base`, version, temporalCoverage: `${indexKnowledge(options.kb).start}/${options.kb.horizon}` },
    ...(row.reason ? { keywords: row.reason } : {}),
  };
}

/** All the page's checked figures as one DataFeed of ClaimReviews. */
export function toClaimReviewFeed(page: ExportPage, options: ExportOptions): WithContext<DataFeed> {
  const version = knowledgeVersion(options.kb);
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    name: `${REVIEWER}: figures checked ${page.url ? `on ${page.url}` : 'in a draft, not yet published'}`,
    dateCreated: options.reviewedOn,
    dataFeedElement: claimRows(page.report, options.kb).map((row) => toClaimReview(row, page, options, version)),
  };
}
