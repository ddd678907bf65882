/**
 * All settings as a JSON file, and back: the file names its format and schema version, an import is read
 * through the same normalisation as storage (an older file is migrated, a damaged field falls back), and
 * the reader sees what an import would change before it is applied, merged into the settings or replacing
 * them.
 */
import { normalizeSettings, SETTINGS_LIMITS, SETTINGS_SCHEMA, VERDICTS, type DismissedFlag, type Settings } from './settings';

export const SETTINGS_FORMAT = 'pardon-check/settings';
/** A settings file at its caps is about 800 kB; anything much larger is not one of ours. */
export const MAX_IMPORT_BYTES = 1_000_000;

export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  schema: number;
  exported: string;
  /** dismissed flags travel without their ids, which are made again from what they hold */
  settings: Omit<Settings, 'schema' | 'dismissed'> & { dismissed: Omit<DismissedFlag, 'id'>[] };
}

export type ImportMode = 'merge' | 'replace';

export function exportSettings(settings: Settings, exported: string): string {
  const { schema: _schema, ...rest } = settings;
  const file: SettingsFile = { format: SETTINGS_FORMAT, schema: SETTINGS_SCHEMA, exported, settings: { ...rest, dismissed: rest.dismissed.map(({ id: _id, ...flag }) => flag) } };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParsedImport =
  | { ok: true; settings: Settings; schema: number; notes: string[] }
  | { ok: false; error: string };

/** Reads a settings file: never throws, and says why a file was refused. */
export function parseSettingsFile(text: string, bytes = new TextEncoder().encode(text).length): ParsedImport {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: `This file is ${Math.round(bytes / 1000)} kB; a settings file is at most ${MAX_IMPORT_BYTES / 1000} kB.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON: it is not a Pardon Check settings file.' };
  }
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>).format !== SETTINGS_FORMAT) {
    return { ok: false, error: 'This JSON file is not a Pardon Check settings file.' };
  }
  const { schema, settings } = data as Record<string, unknown>;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) return { ok: false, error: 'This settings file has no schema version.' };
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return { ok: false, error: 'This settings file holds no settings.' };
  const raw = settings as Record<string, unknown>;
  const normalized = normalizeSettings({ ...raw, schema });
  const notes: string[] = [];
  if (schema > SETTINGS_SCHEMA) notes.push(`It was made by a newer version (settings schema ${schema}); what this version does not know is left out.`);
  else if (schema < SETTINGS_SCHEMA) notes.push(`It was made by an older version (settings schema ${schema}) and is brought up to date.`);
  const dropped = droppedEntries(raw, normalized);
  if (dropped) notes.push(dropped);
  return { ok: true, settings: normalized, schema, notes };
}

function droppedEntries(raw: Record<string, unknown>, normalized: Settings): string {
  const sites = raw.sites && typeof raw.sites === 'object' ? Object.keys(raw.sites).length - Object.keys(normalized.sites).length : 0;
  const flags = Array.isArray(raw.dismissed) ? raw.dismissed.length - normalized.dismissed.length : 0;
  const parts = [sites > 0 && `${sites} site${sites === 1 ? '' : 's'}`, flags > 0 && `${flags} dismissed flag${flags === 1 ? '' : 's'}`].filter(Boolean);
  return parts.length ? `Left out as unreadable, repeated or over the limits (${SETTINGS_LIMITS.sites} sites, ${SETTINGS_LIMITS.dismissed} flags): ${parts.join(' and ')}.` : '';
}

/**
 * The settings an import gives. Replace: the file's settings as they are. Merge: the file's choices win
 * where both have one (the default, the modes, each site it names), and dismissed flags are the union.
 */
export function applyImport(current: Settings, incoming: Settings, mode: ImportMode): Settings {
  if (mode === 'replace') return normalizeSettings(incoming);
  return normalizeSettings({
    ...incoming,
    sites: { ...current.sites, ...incoming.sites },
    dismissed: [...current.dismissed, ...incoming.dismissed],
  });
}

/** What applying would change, in the reader's words, one line per kind of setting; empty when nothing would. */
export function describeChanges(current: Settings, next: Settings): string[] {
  const lines: string[] = [];
  if (current.enabledByDefault !== next.enabledByDefault) lines.push(`Sites without a choice of their own: ${next.enabledByDefault ? 'checked' : 'not checked'} (now ${current.enabledByDefault ? 'checked' : 'not checked'}).`);
  if (current.noMarks !== next.noMarks) lines.push(next.noMarks ? 'Results: in the popup only, no marks on pages.' : 'Results: marked on pages.');
  const verdicts = VERDICTS.filter((v) => current.markVerdicts[v] !== next.markVerdicts[v]);
  if (verdicts.length) lines.push(`Marked verdicts: ${VERDICTS.filter((v) => next.markVerdicts[v]).join(', ') || 'none'}.`);
  if (current.theme !== next.theme) lines.push(`Theme: ${next.theme}.`);
  const sites = new Set([...Object.keys(current.sites), ...Object.keys(next.sites)]);
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const site of sites) {
    if (!(site in current.sites)) added++;
    else if (!(site in next.sites)) removed++;
    else if (current.sites[site] !== next.sites[site]) changed++;
  }
  const siteParts = [added && `${added} added`, changed && `${changed} changed`, removed && `${removed} back to the default`].filter(Boolean);
  if (siteParts.length) lines.push(`Sites: ${siteParts.join(', ')} (${Object.keys(next.sites).length} in all).`);
  const before = new Set(current.dismissed.map((f) => f.id));
  const after = new Set(next.dismissed.map((f) => f.id));
  const newFlags = [...after].filter((id) => !before.has(id)).length;
  const restored = [...before].filter((id) => !after.has(id)).length;
  const flagParts = [newFlags && `${newFlags} dismissed`, restored && `${restored} shown again`].filter(Boolean);
  if (flagParts.length) lines.push(`Flags: ${flagParts.join(', ')} (${next.dismissed.length} dismissed in all).`);
  return lines;
}
