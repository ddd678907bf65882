/** All settings to a JSON file and back: the reader sees what an import changes before it is applied. */
import { useState } from 'preact/hooks';
import { formatNumber, t } from '../../extension/i18n/i18n';
import { tSlots } from '../../extension/i18n/slots';
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
    setMessage(t('transferExported'));
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
    setMessage(t(mode === 'merge' ? 'transferImportedMerged' : 'transferImportedReplaced', [pending.name]));
  };

  const changes = pending ? describeChanges(settings, applyImport(settings, pending.incoming, mode)) : [];
  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transferTitle')}</h2>
      <p>{t('transferLead')}</p>
      <p><button type="button" class="action" data-action="export" onClick={download}>{t('transferExport')}</button></p>
      <fieldset class="choice inline">
        <legend>{t('transferModeLegend')}</legend>
        <label>
          <input type="radio" name="import-mode" data-action="import-merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          <span>{t('transferMerge')}</span>
        </label>
        <label>
          <input type="radio" name="import-mode" data-action="import-replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          <span>{t('transferReplace')}</span>
        </label>
      </fieldset>
      <p>
        <label class="file">
          {t('transferImportFile', [formatNumber(MAX_IMPORT_BYTES / 1000)])}{' '}
          <input type="file" accept="application/json,.json" data-action="import-file" onChange={(e) => void choose(e.target as HTMLInputElement)} />
        </label>
      </p>
      {pending && (
        <div class="import-summary" role="region" aria-label={t('transferSummaryLabel')} data-import="pending">
          <p>{tSlots(mode === 'merge' ? 'transferPendingMerge' : 'transferPendingReplace', [<strong>{pending.name}</strong>])}</p>
          <ul>
            {changes.length ? changes.map((line) => <li key={line}>{line}</li>) : <li>{t('transferNoChange')}</li>}
            {pending.notes.map((note) => <li key={note} class="note">{note}</li>)}
          </ul>
          <button type="button" class="action" data-action="import-apply" onClick={() => void apply()}>{t('transferApply')}</button>{' '}
          <button type="button" class="action" data-action="import-cancel" onClick={() => setPending(null)}>{t('optionsCancel')}</button>
        </div>
      )}
      <p class="saved" role="status">{message}</p>
    </section>
  );
}
