import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, saveSettings, SETTINGS_KEY, type SettingsStore } from '../../extension/settings/settings';

function memoryStore(initial: Record<string, unknown> = {}): SettingsStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(key) {
      return key in data ? { [key]: data[key] } : {};
    },
    async set(items) {
      Object.assign(data, items);
    },
  };
}

describe('settings', () => {
  it('a new install shows marks', async () => {
    expect(await loadSettings(memoryStore())).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.noMarks).toBe(false);
  });

  it('"no marks" chosen once is kept, with the schema version written alongside', async () => {
    const store = memoryStore();
    await saveSettings(store, { noMarks: true });
    expect(store.data[SETTINGS_KEY]).toEqual({ schema: 1, noMarks: true });
    expect((await loadSettings(store)).noMarks).toBe(true);
  });

  it('a corrupted or foreign object falls back to the defaults, field by field', () => {
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings([true])).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ schema: 0, noMarks: 'yes', extra: 1 })).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ schema: 99, noMarks: true })).toEqual({ schema: 1, noMarks: true });
  });

  it('a store that fails to answer still gives settings', async () => {
    const broken: SettingsStore = { get: () => Promise.reject(new Error('quota')), set: () => Promise.resolve() };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });
});
