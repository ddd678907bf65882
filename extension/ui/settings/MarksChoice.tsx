/** The "marks on pages" or "no marks" choice, shared by the welcome page and the options. */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '../../settings/settings';

export function MarksChoice() {
  const [noMarks, setNoMarks] = useState<boolean | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings(browser.storage.local).then((s) => setNoMarks(s.noMarks));
  }, []);
  const choose = async (value: boolean) => {
    setNoMarks(value);
    setSaved(false);
    const next = await saveSettings(browser.storage.local, { noMarks: value });
    setNoMarks(next.noMarks);
    setSaved(true);
  };
  if (noMarks === null) return null;
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
