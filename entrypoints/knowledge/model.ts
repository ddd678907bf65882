/**
 * What the knowledge page shows, derived from the KB: the rounds with their composition and running totals,
 * where each round sits in time, the prisoner counts by monitor, and each fact's places in the sources.
 * Pure data; the page's components only render it.
 */
import { indexKnowledge } from '../../extension/engine/knowledge';
import { describeWindow, formatCount, monthName, ORDINAL_WORDS } from '../../extension/engine/time';
import type { ClaimKind, DateWindow, Fact, KnowledgeBase, PardonRound, SourceArticle } from '../../extension/engine/types';

/** Kinds a round's own figures come in that are not its composition. */
const ROUND_WHOLE: ClaimKind[] = ['round_size', 'round_ordinal', 'running_total'];

export interface RoundView {
  round: PardonRound;
  size: Fact | undefined;
  total: Fact | undefined;
  /** who was among those pardoned: women, men, chronically ill…, in the KB's order */
  composition: Fact[];
  /** the date the chart places the round at (the window says how sure that is) */
  placed: string;
}

/** A source article as readers recognise it: a headline where the KB carries one, else its id and outlet. */
export type ArticleView = SourceArticle & { headline?: string };

export function roundViews(kb: KnowledgeBase): RoundView[] {
  const index = indexKnowledge(kb);
  return index.rounds.map((round) => ({
    round,
    size: index.roundFact('round_size', round.round),
    total: sinceStartTotal(kb, round.round),
    composition: kb.facts.filter((f) => f.round === round.round && !ROUND_WHOLE.includes(f.kind)),
    placed: placedDate(round, index.rounds),
  }));
}

/** Day of the month a part of it stands for ("early September" → the 5th). */
const PART_DAY = { early: 5, mid: 15, late: 25 } as const;

/**
 * Where a round is drawn in time: its month (the month the sources place it in), on the day its part of the
 * month says, else spread evenly with the month's other rounds in their order.
 */
export function placedDate(round: PardonRound, rounds: PardonRound[]): string {
  // a round the sources date to the day is drawn on that day
  if (round.window.from === round.window.to) return round.window.from;
  const day = round.part
    ? PART_DAY[round.part]
    : (() => {
        const sameMonth = rounds.filter((r) => r.month === round.month && !r.part && r.window.from !== r.window.to);
        return Math.round(((sameMonth.indexOf(round) + 1) * 30) / (sameMonth.length + 1));
      })();
  return `${round.month}-${String(day).padStart(2, '0')}`;
}

export const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** "25 January 2025" */
export function formatDay(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${monthName(Number(iso.slice(5, 7)))} ${iso.slice(0, 4)}`;
}

/** "mid-September 2024", "November 2024", "18 January 2025", "January 2025 (between … and …)" */
export function describeRoundTime(round: PardonRound): string {
  if (round.window.from === round.window.to) return formatDay(round.window.from);
  const [year, month] = round.month.split('-').map(Number);
  const part = round.part === 'mid' ? 'mid-' : round.part ? `${round.part} ` : '';
  const named = `${part}${monthName(month)} ${year}`;
  const window = describeWindow(round.window);
  return window.includes(monthName(month)) && !window.includes('–') ? named : `${named} (between ${formatDay(round.window.from)} and ${formatDay(round.window.to)})`;
}

/** "8 women", "9 aged over 50": a composition figure in words. */
export function describeShare(fact: Fact): string {
  return `${describeValue(fact)} ${describeLabel(fact)}`;
}

/** "approximately 1,300", "sixth", "1994": a fact's figure as a reader writes it. */
export function describeValue(fact: Fact): string {
  const figure = fact.kind === 'round_ordinal' ? ORDINAL_WORDS[fact.value] ?? String(fact.value) : fact.kind === 'in_power_since' ? String(fact.value) : formatCount(fact.value);
  return `${fact.hedge ? `${fact.hedge.text} ` : ''}${figure}`;
}

/** What a fact counts, as a reader says it after its figure ("women", "round since July 2024", "decree"). */
export function describeLabel(fact: Fact): string {
  if (fact.kind === 'round_ordinal') {
    if (fact.convention === 'decrees') return 'pardon decree (counting decrees only)';
    if (fact.convention === 'in-year') return `round of ${fact.label.match(/\d{4}/)?.[0] ?? 'its year'}`;
    return 'round since July 2024';
  }
  return fact.label.replace(/ among them$/, '');
}

/** How a round's people were freed, in words. */
export const MEANS_WORDS = { release: 'release', decree: 'pardon decree', negotiated: 'negotiated release', single: 'single release' } as const;

/** "pardon decree", "negotiated release, no new pardon": the kind of round, for its heading */
export function describeMeans(round: PardonRound): string {
  return `${MEANS_WORDS[round.means ?? 'decree']}${round.pardon === false ? ', no new pardon' : ''}`;
}

export function prisonerCounts(kb: KnowledgeBase): Fact[] {
  return indexKnowledge(kb).factsOfKind('prisoners_held').slice().sort((a, b) => compareWindows(a.window, b.window));
}

/** by the last day a count may be from, then the first: the order they were published in */
const compareWindows = (a: DateWindow | undefined, b: DateWindow | undefined) => (a?.to ?? '').localeCompare(b?.to ?? '') || (a?.from ?? '').localeCompare(b?.from ?? '');

export interface FactGroup {
  id: string;
  title: string;
  facts: Fact[];
}

/** Every fact once: by round, then the prisoner counts, then the figures around them. */
export function factGroups(kb: KnowledgeBase): FactGroup[] {
  const index = indexKnowledge(kb);
  const byRound = index.rounds.map((round) => ({
    id: `facts-round-${round.round}`,
    title: `Round ${round.round}: ${describeRoundTime(round)}`,
    facts: kb.facts.filter((f) => f.round === round.round),
  }));
  const held = { id: 'facts-held', title: 'Political prisoners held', facts: prisonerCounts(kb) };
  const context = { id: 'facts-context', title: 'Figures around them', facts: kb.facts.filter((f) => f.round === undefined && f.kind !== 'prisoners_held') };
  return [...byRound, held, context];
}

/** The words for what a kind of figure counts, as the KB's own facts say it. */
export function kindLabel(kb: KnowledgeBase, kind: ClaimKind): string {
  return kb.facts.find((f) => f.kind === kind)?.label ?? kind.replace(/_/g, ' ');
}

export function articleOf(kb: KnowledgeBase, file: string): ArticleView | undefined {
  return kb.articles.find((a) => a.file === file || a.id === file);
}

/**
 * How a reader can recognise an article: by its outlet and date ("BelTA, 30 Dec 2025"), or a seed by what it is and
 * when ("seed report on the sixth round, Nov 2024"); never by a file number. A KB built before sources were named
 * falls back to its id and round.
 */
export function articleName(article: ArticleView): string {
  if (article.headline) return `“${article.headline}”${article.outlet ? `, ${article.outlet}` : ''}`;
  if (article.cite && article.cite !== article.id) return article.cite;
  return `Article ${article.id}${article.aboutRound !== null ? `, on round ${article.aboutRound}` : ''}${article.outlet ? `, ${article.outlet}` : ''}`;
}

/** The total of pardons since the start after a round (the derived one, not a source's own count). */
export function sinceStartTotal(kb: KnowledgeBase, round: number): Fact | undefined {
  return kb.facts.find((f) => f.id === `r${round}.total`) ?? indexKnowledge(kb).roundFact('running_total', round);
}
