/** How each verdict is named and marked for readers, shared by the card and the popup. */
import type { Verdict } from '../engine/types';

export const VERDICT_TITLE: Record<Verdict, string> = {
  contradicted: 'Contradicted by the sources',
  outdated: 'Outdated figure',
  supported: 'Matches the sources',
  unverifiable: 'Cannot be checked',
};

/** A symbol beside the colour, so the verdict never rests on colour alone. */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  contradicted: '✗',
  outdated: '◔',
  supported: '✓',
  unverifiable: '?',
};

export const VERDICT_WORD: Record<Verdict, string> = {
  contradicted: 'contradicted',
  outdated: 'outdated',
  supported: 'supported',
  unverifiable: 'unverifiable',
};

export function sourceLabel(file: string): string {
  return file.replace(/_[0-9a-f]+\.txt$/, '');
}
