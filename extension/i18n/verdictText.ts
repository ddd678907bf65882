/** How each verdict is named and marked for readers, shared by the card, the popup and the options. */
import type { Verdict } from '../engine/types';
import { t } from './i18n';

const TITLE_KEYS: Record<Verdict, string> = {
  contradicted: 'verdictTitle_contradicted',
  outdated: 'verdictTitle_outdated',
  supported: 'verdictTitle_supported',
  unverifiable: 'verdictTitle_unverifiable',
};

/** "Contradicted by the sources", in the interface's language. */
export const verdictTitle = (verdict: Verdict): string => t(TITLE_KEYS[verdict]);

const WORD_KEYS: Record<Verdict, string> = {
  contradicted: 'verdictWord_contradicted',
  outdated: 'verdictWord_outdated',
  supported: 'verdictWord_supported',
  unverifiable: 'verdictWord_unverifiable',
};

/** One word for a figure's verdict: "contradicted", "опровергнута". */
export const verdictWord = (verdict: Verdict): string => t(WORD_KEYS[verdict]);

/** Plural messages (`<base>_one`, `_few`…) counting the figures of a verdict: "2 contradicted", "2 опровергнутые". */
export const VERDICT_COUNT: Record<Verdict, string> = {
  contradicted: 'verdictCount_contradicted',
  outdated: 'verdictCount_outdated',
  supported: 'verdictCount_supported',
  unverifiable: 'verdictCount_unverifiable',
};

/** A symbol beside the colour, so the verdict never rests on colour alone. */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  contradicted: '✗',
  outdated: '◔',
  supported: '✓',
  unverifiable: '?',
};

export function sourceLabel(file: string): string {
  return file.replace(/_[0-9a-f]+\.txt$/, '');
}

/** A claim's sources for a reader: by outlet and date where the engine named them, else by file. */
export function sourceNames(claim: { sources: string[]; citations?: string[] }): string {
  return (claim.citations?.length ? claim.citations : claim.sources.map(sourceLabel)).join('; ');
}
