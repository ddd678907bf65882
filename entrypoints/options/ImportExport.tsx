/** All settings to a JSON file and back: the reader sees what an import changes before it is applied. */
import { useState } from 'preact/hooks';
import type { Settings } from '../../extension/settings/settings';
import { applyImport, describeChanges, exportSettings, MAX_IMPORT_BYTES, parseSettingsFile, type ImportMode } from '../../extension/settings/transfer';
import type { UpdateSettings } from '../../extension/ui/settings/useSettings';

type Pending = { name: string; incoming: Settings; notes: string[] };

export function ImportExport({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState('');

  const download = () => {
    const today = new Date().toISOString().slice(0, 10);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([exportSettings(settings, today)], { type: 'application/json' }));
    link.download = `pardon-check-settings-${today}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setMessage('Settings exported.');
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setPending(null);
    if (!file) return;
    // a file over the cap is refused before it is read
    const parsed = parseSettingsFile(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size);
    if (!parsed.ok) return setMessage(`${file.name}: ${parsed.error}`);
    setMessage('');
    setPending({ name: file.name, incoming: parsed.settings, notes: parsed.notes });
  };

  const apply = async () => {
    if (!pending) return;
    await update((current) => applyImport(current, pending.incoming, mode));
    setPending(null);
    setMessage(`Imported ${pending.name} (${mode === 'merge' ? 'merged' : 'replaced'}).`);
  };

  const changes = pending ? describeChanges(settings, applyImport(settings, pending.incoming, mode)) : [];
  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">Export and import</h2>
      <p>Your settings, sites and dismissed flags as one JSON file, to keep or to bring to another browser.</p>
      <p><button type="button" class="action" data-action="export" onClick={download}>Export settings</button></p>
      <fieldset class="choice inline">
        <legend>When importing</legend>
        <label>
          <input type="radio" name="import-mode" data-action="import-merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          <span>Merge with these settings (the file wins where both choose)</span>
        </label>
        <label>
          <input type="radio" name="import-mode" data-action="import-replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          <span>Replace these settings</span>
        </label>
      </fieldset>
      <p>
        <label class="file">
          Import a settings file (at most {MAX_IMPORT_BYTES / 1000} kB){' '}
          <input type="file" accept="application/json,.json" data-action="import-file" onChange={(e) => void choose(e.target as HTMLInputElement)} />
        </label>
      </p>
      {pending && (
        <div class="import-summary" role="region" aria-label="What the import would change" data-import="pending">
          <p><strong>{pending.name}</strong>, {mode === 'merge' ? 'merged' : 'replacing your settings'}:</p>
          <ul>
            {changes.length ? changes.map((line) => <li key={line}>{line}</li>) : <li>Nothing would change.</li>}
            {pending.notes.map((note) => <li key={note} class="note">{note}</li>)}
          </ul>
          <button type="button" class="action" data-action="import-apply" onClick={() => void apply()}>Apply</button>{' '}
          <button type="button" class="action" data-action="import-cancel" onClick={() => setPending(null)}>Cancel</button>
        </div>
      )}
      <p class="saved" role="status">{message}</p>
    </section>
  );
}
