/** Indexed, read-only view of a knowledge base, built once per KB. */
import { monthName } from './time';
import type { ClaimKind, Fact, KnowledgeBase, PardonRound } from './types';

export interface KnowledgeIndex {
  kb: KnowledgeBase;
  rounds: PardonRound[];
  /**
   * the fact of a kind for one round ("r6.women"); where a round has several of a kind (ordinals in three conventions,
   * totals on several bases, accepted alternatives, one per country), the first recorded: since-start, since the start
   */
  roundFact(kind: ClaimKind, round: number): Fact | undefined;
  /** every fact of a kind for one round, the one roundFact gives first */
  roundFacts(kind: ClaimKind, round: number): Fact[];
  /** facts of a kind that are not tied to a round (prisoner counts, context figures) */
  factsOfKind(kind: ClaimKind): Fact[];
  fact(id: string): Fact;
  /** a source's file name from its short id ("000") */
  fileOf(id: string): string;
  /** how a reader is told a source: outlet and date ("BelTA, 30 Dec 2025"), a seed by what it is; from its file or id */
  citeOf(fileOrId: string): string;
  /** first date any round may have happened */
  start: string;
  horizon: string;
  /** where the count of rounds starts, in words ("July 2024"): what "since July" means */
  since: string;
  /** the year the sources' "this year" names */
  thisYear: number;
  /** the election the sources look ahead to */
  election: { year: number; month: number; day: number } | null;
}

const cache = new WeakMap<KnowledgeBase, KnowledgeIndex>();

const dateParts = (iso: string) => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
const describeMonth = (month: string | undefined) => (month ? `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}` : 'the first round');

export function indexKnowledge(kb: KnowledgeBase): KnowledgeIndex {
  const cached = cache.get(kb);
  if (cached) return cached;
  // (by kind, then round: a string key made for each question cost more than the answer)
  const byRound = new Map<ClaimKind, Map<number, Fact[]>>();
  const byKind = new Map<ClaimKind, Fact[]>();
  for (const fact of kb.facts) {
    if (fact.round !== undefined) {
      let ofKind = byRound.get(fact.kind);
      if (!ofKind) byRound.set(fact.kind, (ofKind = new Map()));
      ofKind.set(fact.round, [...(ofKind.get(fact.round) ?? []), fact]);
    } else byKind.set(fact.kind, [...(byKind.get(fact.kind) ?? []), fact]);
  }
  const rounds = [...kb.rounds].sort((a, b) => a.round - b.round);
  const byId = new Map(kb.facts.map((f) => [f.id, f]));
  const files = new Map(kb.articles.map((a) => [a.id, a.file]));
  const cites = new Map(kb.articles.flatMap((a) => [[a.id, a.cite ?? a.outlet ?? a.id], [a.file, a.cite ?? a.outlet ?? a.id]]));
  const index: KnowledgeIndex = {
    kb,
    rounds,
    roundFact: (kind, round) => byRound.get(kind)?.get(round)?.[0],
    roundFacts: (kind, round) => byRound.get(kind)?.get(round) ?? [],
    factsOfKind: (kind) => byKind.get(kind) ?? [],
    fact: (id) => {
      const fact = byId.get(id);
      if (!fact) throw new Error(`unknown KB fact ${id}`);
      return fact;
    },
    fileOf: (id) => files.get(id) ?? id,
    citeOf: (key) => cites.get(key) ?? key,
    start: rounds[0]?.window.from ?? kb.horizon,
    horizon: kb.horizon,
    // the calendar the builder derives from the sources (docs/knowledge.md); a KB without one counts from its first round
    since: kb.calendar?.start.words ?? describeMonth(rounds[0]?.month),
    thisYear: kb.calendar?.thisYear?.year ?? Number((rounds[0]?.month ?? kb.horizon).slice(0, 4)),
    election: kb.calendar?.election ? dateParts(kb.calendar.election.date) : null,
  };
  cache.set(kb, index);
  return index;
}
