/** The "marks on the page" or "no marks" choice, shared by the welcome page and the options. */
import { useState } from 'preact/hooks';
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
      <legend>How should results appear?</legend>
      <label>
        <input type="radio" name="marks" data-action="marks-on" checked={!noMarks} onChange={() => void choose(false)} />
        <span>
          <strong>Marks on the page.</strong> Figures are underlined where you read them, with a card that explains each
          verdict. A page that runs its own scripts can notice marks while they are shown.
        </span>
      </label>
      <label>
        <input type="radio" name="marks" data-action="no-marks" checked={noMarks} onChange={() => void choose(true)} />
        <span>
          <strong>No marks.</strong> Pages are checked the same way, but the results appear only in the toolbar button and
          its popup. Nothing at all is written into the pages you read, so no site can tell the extension is there.
        </span>
      </label>
      <p class="saved" role="status">{saved ? 'Saved. It applies to pages you open from now on.' : ''}</p>
    </fieldset>
  );
}
