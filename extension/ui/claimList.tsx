/** Pieces of a list of checked figures that the popup and the desk (draft.html) share. */
import type { Verdict } from '../engine/types';
import { t, tPlural } from '../i18n/i18n';
import { VERDICT_COUNT, VERDICT_SYMBOL } from '../i18n/verdictText';

/** The verdicts in the order readers want them: discrepancies first. */
export const VERDICT_ORDER: Verdict[] = ['contradicted', 'outdated', 'unverifiable', 'supported'];

/** How many figures got each verdict ("✗ 1 contradicted ◔ 1 outdated …"), the symbol beside the colour. */
export function VerdictCounts({ claims }: { claims: readonly { verdict: Verdict }[] }) {
  return (
    <ul class="counts">
      {VERDICT_ORDER.map((verdict) => {
        const count = claims.filter((c) => c.verdict === verdict).length;
        return (
          <li key={verdict} data-verdict={verdict} data-count={count}>
            <span aria-hidden="true">{VERDICT_SYMBOL[verdict]}</span> {tPlural(VERDICT_COUNT[verdict], count)}
          </li>
        );
      })}
    </ul>
  );
}

/** A figure's way to its fact on the knowledge page, named for screen readers by the figure. */
export function KnowledgeLink({ factIds, span }: { factIds: string[]; span: string }) {
  if (factIds.length === 0) return null;
  return (
    <a class="kb-link" href={`knowledge.html#${encodeURIComponent(factIds[0])}`} target="_blank" rel="noreferrer" data-action="knowledge">
      {t('popupInKnowledge')}<span class="visually-hidden">: {span}</span>
    </a>
  );
}
