/**
 * The reader's settings, kept in the extension's own storage (never the page's). Every stored object
 * carries a schema version; anything unreadable, from another version or out of shape falls back to the
 * defaults field by field, so a corrupted store can never keep a page from being checked.
 */
export const SETTINGS_SCHEMA = 1;
export const SETTINGS_KEY = 'settings';

export interface Settings {
  schema: typeof SETTINGS_SCHEMA;
  /**
   * "No marks" mode: pages are read and judged, the popup and badge show the results, and nothing at
   * all is written into the page (no highlight, no element, no style sheet).
   */
  noMarks: boolean;
}

export const DEFAULT_SETTINGS: Settings = { schema: SETTINGS_SCHEMA, noMarks: false };

/** What storage held, made safe: known fields of the right type are kept, the rest is the default. */
export function normalizeSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { ...DEFAULT_SETTINGS };
  const record = stored as Record<string, unknown>;
  return {
    schema: SETTINGS_SCHEMA,
    noMarks: typeof record.noMarks === 'boolean' ? record.noMarks : DEFAULT_SETTINGS.noMarks,
  };
}

/** The subset of the storage API these functions use (browser.storage.local in the extension). */
export interface SettingsStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(store: SettingsStore): Promise<Settings> {
  try {
    return normalizeSettings((await store.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(store: SettingsStore, change: Partial<Omit<Settings, 'schema'>>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings(store)), ...change });
  await store.set({ [SETTINGS_KEY]: next });
  return next;
}
