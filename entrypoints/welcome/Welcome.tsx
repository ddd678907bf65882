/**
 * Opened once, on install (also reachable from the popup): what the extension checks and what it does not,
 * how far its knowledge reaches and where it comes from, that nothing leaves the device, how to switch it
 * off on a site, and the "no marks" choice.
 */
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { formatDay, t, tPlural } from '../../extension/i18n/i18n';
import { tSlots } from '../../extension/i18n/slots';
import { MarksChoice } from '../../extension/ui/settings/MarksChoice';
import { useSettings } from '../../extension/ui/settings/useSettings';

const rounds = kb.rounds.length;
const keys = (...names: string[]) => <>{names.map((name, i) => <span key={name}>{i > 0 && '+'}<kbd>{name}</kbd></span>)}</>;

export function Welcome() {
  // the reader's theme, for this page too
  useSettings();
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeLead')}</p>
      <h2>{t('welcomeChecksTitle')}</h2>
      <ul>
        <li>{tPlural('welcomeChecksRounds', rounds)}</li>
        <li>{t('welcomeChecksNot')}</li>
        <li>{tSlots('welcomeHorizon', [<strong>{formatDay(kb.horizon)}</strong>])}</li>
        <li>
          {tPlural('welcomeSources', kb.articles.length)}{' '}
          <a href="knowledge.html" data-action="open-knowledge">{t('welcomeSeeKnowledge')}</a>.
        </li>
      </ul>
      <h2>{t('welcomePrivateTitle')}</h2>
      <ul>
        <li>{t('welcomePrivateDevice')}</li>
        <li>{t('welcomePrivateTrace')}</li>
        <li>{t('welcomePrivateReport')}</li>
      </ul>
      <h2>{t('welcomeControlTitle')}</h2>
      <ul>
        <li>{tSlots('welcomeControlSite', [<strong>{t('welcomeControlSiteLead')}</strong>, t('siteSwitchOff')])}</li>
        <li>{tSlots('welcomeControlHide', [<strong>{t('welcomeControlHideLead')}</strong>, keys('Alt', 'Shift', 'H')])}</li>
        <li>{tSlots('welcomeControlDismiss', [<strong>{t('welcomeControlDismissLead')}</strong>])}</li>
      </ul>
      <MarksChoice />
      <p class="note">
        {tSlots('welcomeOptionsNote', [
          <button type="button" class="linklike" data-action="open-options" onClick={() => void browser.runtime.openOptionsPage()}>{t('welcomeOptionsLink')}</button>,
        ])}
      </p>
    </main>
  );
}
