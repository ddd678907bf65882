/**
 * The settings for extension pages (popup, options, welcome), kept live: a change made in another page,
 * tab or card shows at once. Also applies the reader's theme to the page it runs in.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, normalizeSettings, SETTINGS_KEY, updateSettings, type Settings } from '../../settings/settings';

export type UpdateSettings = (change: (current: Settings) => Settings) => Promise<Settings>;

/** null until the settings have been read. */
export function useSettings(): [Settings | null, UpdateSettings] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings(browser.storage.local).then((s) => live && setSettings(s));
    const follow = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) setSettings(normalizeSettings(changes[SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(follow);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(follow);
    };
  }, []);
  useEffect(() => {
    if (!settings) return;
    if (settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);
  const update: UpdateSettings = async (change) => {
    const next = await updateSettings(browser.storage.local, change);
    setSettings(next);
    return next;
  };
  return [settings, update];
}
