/** The card that explains one claim's verdict. Page text is only ever rendered as text nodes. */
import type { ClaimSummary } from '../messages';
import { sourceLabel, VERDICT_SYMBOL, VERDICT_TITLE } from './verdictText';

export interface ClaimCardProps {
  claim: ClaimSummary;
  position: { top: number; left: number };
  flaggedCount: number;
  onClose(): void;
  onStep(direction: 1 | -1): void;
}

export function ClaimCard({ claim, position, flaggedCount, onClose, onStep }: ClaimCardProps) {
  const quote = claim.quote.length > 280 ? `${claim.quote.slice(0, 277)}…` : claim.quote;
  return (
    <div
      class="card"
      data-verdict={claim.verdict}
      role="dialog"
      aria-label={`Pardon Check: ${VERDICT_TITLE[claim.verdict]}`}
      tabIndex={-1}
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div class="head">
        <span class="badge" aria-hidden="true">{VERDICT_SYMBOL[claim.verdict]}</span>
        <strong class="title">{VERDICT_TITLE[claim.verdict]}</strong>
        <button class="close" type="button" aria-label="Close" onClick={onClose}>×</button>
      </div>
      <p class="says">
        <span class="label">This page says</span> <mark class="span">{claim.span}</mark>
        <span class="quote">{quote}</span>
      </p>
      <p class="holds">
        <span class="label">The knowledge base holds</span> {claim.expected}
      </p>
      {claim.refersTo && (
        <p class="when">
          <span class="label">Judged against</span> {claim.refersTo}
        </p>
      )}
      {claim.sources.length > 0 && (
        <p class="sources">
          <span class="label">Sources</span> {claim.sources.map(sourceLabel).join(', ')}
        </p>
      )}
      <div class="foot">
        {flaggedCount > 1 && (
          <>
            <button type="button" onClick={() => onStep(-1)}>‹ Previous</button>
            <button type="button" onClick={() => onStep(1)}>Next ›</button>
          </>
        )}
        <span class="hint">Alt+Shift+J / K steps through flagged figures · Esc closes</span>
      </div>
    </div>
  );
}
