/**
 * How a flagged figure's value stands to what the KB holds, by kind and round distance from the round it was judged
 * against ("round_size of round -6"): what a false flag on a never-read page may have meant, told without its text.
 */
import type { KnowledgeBase } from '../extension/engine/types';

export function kbRelation(claim: { value: number; finding?: { against: number[] } }, kb: KnowledgeBase): string {
  const main = Math.max(0, ...(claim.finding?.against ?? []));
  const same = kb.facts.filter((f) => f.value === claim.value && f.round !== undefined);
  if (same.length === 0) return 'no KB fact of that value';
  return same.slice(0, 4).map((f) => `${f.kind}${f.since ? ` since ${f.since}` : ''} of round ${f.round! - main >= 0 ? '+' : ''}${f.round! - main}`).join(', ');
}
