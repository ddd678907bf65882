/**
 * The curated KB: the project's records (knowledge/records/*.json, the five seed reports) with every time window,
 * total, ordinal, label and the horizon derived from them (derive.ts). Figures, times and reasoning; never the
 * articles' wording. `npm run knowledge` checks every figure against the sources and adds where each one stands.
 */
import { deriveKnowledge, KIND_LABELS } from './derive';
import { loadRecords } from './records';

export { KIND_LABELS };

function curate() {
  const { records, problems: unreadable } = loadRecords([]);
  const { kb, problems } = deriveKnowledge(records);
  const all = [...unreadable, ...problems];
  if (all.length) throw new Error(`knowledge/records: ${all.length} problem(s):\n  - ${all.join('\n  - ')}`);
  return kb;
}

export const curatedKnowledge = curate();
