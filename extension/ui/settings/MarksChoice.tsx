/** The "marks on the page" or "no marks" choice, shared by the welcome page and the options. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { tSlots } from '../../i18n/slots';
import { useSettings } from './useSettings';

export function MarksChoice() {
  const [settings, update] = useSettings();
  const [saved, setSaved] = useState(false);
  const choose = async (noMarks: boolean) => {
    setSaved(false);
    await update((current) => ({ ...current, noMarks }));
    setSaved(true);
  };
  if (!settings) return null;
  const { noMarks } = settings;
  return (
    <fieldset class="marks-choice">
      <legend>{t('marksLegend')}</legend>
      <label>
        <input type="radio" name="marks" data-action="marks-on" checked={!noMarks} onChange={() => void choose(false)} />
        <span>{tSlots('marksOn', [<strong>{t('marksOnLead')}</strong>])}</span>
      </label>
      <label>
        <input type="radio" name="marks" data-action="no-marks" checked={noMarks} onChange={() => void choose(true)} />
        <span>{tSlots('marksOff', [<strong>{t('marksOffLead')}</strong>])}</span>
      </label>
      <p class="saved" role="status">{saved ? t('marksSaved') : ''}</p>
    </fieldset>
  );
}
