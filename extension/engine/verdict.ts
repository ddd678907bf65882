/** Verdict helpers shared by the engine, the content script and the popup (dependency-free). */
import type { Claim, Verdict } from './types';

export function isDiscrepancy(verdict: Verdict): boolean {
  return verdict === 'contradicted' || verdict === 'outdated';
}

const SEVERITY: Record<Verdict, number> = { contradicted: 0, outdated: 1, unverifiable: 2, supported: 3 };

/** Discrepancies first, then in page order: the order readers want in reports and the popup. */
export function byDiscrepancy(a: Pick<Claim, 'verdict' | 'start'>, b: Pick<Claim, 'verdict' | 'start'>): number {
  return SEVERITY[a.verdict] - SEVERITY[b.verdict] || a.start - b.start;
}

/** How many figures a page reports from after what the KB knows: the popup, card and check say so instead of silence. */
export function afterHorizonCount(claims: readonly { reason?: string }[]): number {
  return claims.filter((c) => c.reason === 'beyond-horizon').length;
}

/** The line readers get when a page reports events after the KB's horizon (`horizonDay` in words: "12 November 2024"). */
export function afterHorizonNote(count: number, horizonDay: string): string {
  return `This page reports events after what the KB knows (it is complete up to ${horizonDay}): ${count} figure${count === 1 ? '' : 's'} not checked.`;
}
