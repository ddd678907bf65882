/**
 * The one set of annotated claims the checker's parts share: what the last scan mapped onto the page, the text map it
 * was read with, and what the reader chose to see of it. The scan loop fills it; the mark layer and the card
 * controller read it through the narrow parts they need (a `Pick` of this class each).
 */
import { isDiscrepancy } from '../engine/verdict';
import type { Verdict } from '../engine/types';
import type { ClaimSummary } from '../messages';
import { RangeCache } from '../page/ranges';
import type { TextSegment } from '../page/readPage';
import { DEFAULT_SETTINGS, type DismissScope, type Theme } from '../settings/settings';

export interface AnnotatedClaim {
  summary: ClaimSummary;
  /** where the figure stands in the page text that was read */
  start: number;
  end: number;
  /** the element holding the figure: where it is on screen */
  anchor: Element;
  /** made when first needed (painted, hovered, revealed): most figures of a long page never are */
  range?: Range | null;
}

/** What the reader chose to see of the marks. */
export interface MarkView {
  /** the reader hid all marks on this tab */
  hidden: boolean;
  /** the verdicts that get a mark */
  verdicts: Record<Verdict, boolean>;
  /** whether the reader dismissed this figure in this sentence, and where */
  dismissal(claim: Pick<ClaimSummary, 'span' | 'quote'>): DismissScope | null;
  theme: Theme;
}

export const DEFAULT_VIEW: MarkView = { hidden: false, verdicts: DEFAULT_SETTINGS.markVerdicts, dismissal: () => null, theme: 'system' };

export class PageClaims {
  private list: AnnotatedClaim[] = [];
  /** the text map of the last read: ranges are made from it when needed */
  private textMap: TextSegment[] = [];
  private readonly ranges = new RangeCache();

  constructor(private readonly doc: Document, private current: MarkView) {}

  /** in page order */
  get all(): readonly AnnotatedClaim[] {
    return this.list;
  }

  get segments(): readonly TextSegment[] {
    return this.textMap;
  }

  get view(): MarkView {
    return this.current;
  }

  at(index: number): AnnotatedClaim | undefined {
    return this.list[index];
  }

  replace(claims: AnnotatedClaim[], segments: TextSegment[]): void {
    this.list = claims;
    this.textMap = segments;
  }

  clear(): void {
    this.list = [];
  }

  /** The claim's Range, made on first use; null when the page has changed the text since it was read. */
  rangeOf(claim: AnnotatedClaim): Range | null {
    if (claim.range === undefined) claim.range = this.ranges.get(this.doc, this.textMap, claim.start, claim.end);
    return claim.range;
  }

  /** A Range in a read not yet shown (the same Range object as before for the same figure). */
  rangeIn(segments: TextSegment[], start: number, end: number): Range | null {
    return this.ranges.get(this.doc, segments, start, end);
  }

  /** The claim has a mark now: not dismissed, its verdict chosen, and marks not hidden on this tab. */
  shows(claim: AnnotatedClaim): boolean {
    return !this.current.hidden && this.current.verdicts[claim.summary.verdict] && claim.summary.dismissed === null;
  }

  /** The flagged claims that have a mark now, in page order. */
  flagged(): AnnotatedClaim[] {
    return this.list.filter((a) => isDiscrepancy(a.summary.verdict) && this.shows(a));
  }

  setView(change: Partial<MarkView>): void {
    this.current = { ...this.current, ...change };
  }

  /** Each claim's dismissal as the view has it now; true when one changed. */
  refreshDismissals(): boolean {
    let changed = false;
    for (const claim of this.list) {
      const dismissed = this.current.dismissal(claim.summary);
      if (dismissed === claim.summary.dismissed) continue;
      claim.summary = { ...claim.summary, dismissed };
      changed = true;
    }
    return changed;
  }

  summaries(): ClaimSummary[] {
    return this.list.map((a) => a.summary);
  }
}
