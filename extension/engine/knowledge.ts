/** Indexed, read-only view of a knowledge base, built once per KB. */
import type { ClaimKind, Fact, KnowledgeBase, PardonRound } from './types';

export interface KnowledgeIndex {
  kb: KnowledgeBase;
  rounds: PardonRound[];
  /** facts of a kind for one round ("r6.women") */
  roundFact(kind: ClaimKind, round: number): Fact | undefined;
  /** facts of a kind that are not tied to a round (prisoner counts, context figures) */
  factsOfKind(kind: ClaimKind): Fact[];
  fact(id: string): Fact;
  /** a source's file name from its short id ("000") */
  fileOf(id: string): string;
  /** first date any round may have happened */
  start: string;
  horizon: string;
}

const cache = new WeakMap<KnowledgeBase, KnowledgeIndex>();

export function indexKnowledge(kb: KnowledgeBase): KnowledgeIndex {
  const cached = cache.get(kb);
  if (cached) return cached;
  const byRound = new Map<string, Fact>();
  const byKind = new Map<ClaimKind, Fact[]>();
  for (const fact of kb.facts) {
    if (fact.round !== undefined) byRound.set(`${fact.kind}@${fact.round}`, fact);
    else byKind.set(fact.kind, [...(byKind.get(fact.kind) ?? []), fact]);
  }
  const rounds = [...kb.rounds].sort((a, b) => a.round - b.round);
  const byId = new Map(kb.facts.map((f) => [f.id, f]));
  const files = new Map(kb.articles.map((a) => [a.id, a.file]));
  const index: KnowledgeIndex = {
    kb,
    rounds,
    roundFact: (kind, round) => byRound.get(`${kind}@${round}`),
    factsOfKind: (kind) => byKind.get(kind) ?? [],
    fact: (id) => {
      const fact = byId.get(id);
      if (!fact) throw new Error(`unknown KB fact ${id}`);
      return fact;
    },
    fileOf: (id) => files.get(id) ?? id,
    start: rounds[0]?.window.from ?? kb.horizon,
    horizon: kb.horizon,
  };
  cache.set(kb, index);
  return index;
}
