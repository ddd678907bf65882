import { describe, expect, it } from 'vitest';
import {
  addDismissal, DEFAULT_SETTINGS, findDismissal, loadSettings, normalizeSettings, removeDismissal, removeDismissalsOf, saveSettings, SETTINGS_KEY, SETTINGS_LIMITS,
  siteChoice, siteEnabled, updateSettings, type SettingsStore,
} from '../../extension/settings/settings';
import { siteKey } from '../../extension/settings/siteKey';

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

const sentence = 'The seventh round brought the total to 178 people, officials said.';

describe('settings', () => {
  it('a new install checks every site, marks every verdict and follows the system theme', async () => {
    const settings = await loadSettings(memoryStore());
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings).toMatchObject({ schema: 2, noMarks: false, enabledByDefault: true, sites: {}, dismissed: [], theme: 'system' });
    expect(Object.values(settings.markVerdicts)).toEqual([true, true, true, true]);
  });

  it('"no marks" chosen once is kept, with the schema version written alongside', async () => {
    const store = memoryStore();
    await saveSettings(store, { noMarks: true });
    expect(store.data[SETTINGS_KEY]).toMatchObject({ schema: 2, noMarks: true });
    expect((await loadSettings(store)).noMarks).toBe(true);
  });

  it('a schema-1 object (only "no marks") is migrated: the choice is kept, the rest is the default', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: { schema: 1, noMarks: true } });
    const settings = await loadSettings(store);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, noMarks: true });
    // the next save writes schema 2
    await saveSettings(store, { theme: 'dark' });
    expect(store.data[SETTINGS_KEY]).toMatchObject({ schema: 2, noMarks: true, theme: 'dark' });
  });

  it('a corrupted or foreign object falls back to the defaults, field by field', () => {
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings([true])).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ schema: 0, noMarks: 'yes', extra: 1 })).toEqual(DEFAULT_SETTINGS);
    // an unknown (newer) schema: what is readable is kept
    expect(normalizeSettings({ schema: 99, noMarks: true })).toEqual({ ...DEFAULT_SETTINGS, noMarks: true });
    const mixed = normalizeSettings({
      schema: 2, theme: 'purple', enabledByDefault: 0, markVerdicts: { supported: false, contradicted: 'no', bogus: true },
      sites: { 'bbc.co.uk': 'off', 'Evil Site': 'off', 'example.org': 'maybe', '127.0.0.1': 'on' },
      dismissed: [{ span: '178', sentence, page: null, verdict: 'outdated', on: '2026-11-02' }, { span: '', sentence, page: null, verdict: 'outdated' }, 'x',
        { span: '178', sentence, page: 'javascript:alert(1)', verdict: 'outdated' }, { span: '18', sentence, page: null, verdict: 'pwned' }],
    });
    expect(mixed.theme).toBe('system');
    expect(mixed.enabledByDefault).toBe(true);
    expect(mixed.markVerdicts).toEqual({ contradicted: true, outdated: true, unverifiable: true, supported: false });
    expect(mixed.sites).toEqual({ 'bbc.co.uk': 'off', '127.0.0.1': 'on' });
    expect(mixed.dismissed.map((f) => [f.span, f.page, f.on])).toEqual([['178', null, '2026-11-02']]);
  });

  it('caps what it keeps: the most recent dismissed flags, sentences cut to their limit', () => {
    const many = Array.from({ length: SETTINGS_LIMITS.dismissed + 5 }, (_, i) => ({ span: String(i), sentence, page: null, verdict: 'contradicted' }));
    const settings = normalizeSettings({ dismissed: many });
    expect(settings.dismissed).toHaveLength(SETTINGS_LIMITS.dismissed);
    expect(settings.dismissed[0].span).toBe('5');
    // a stored sentence over the cap is not one we wrote
    const long = normalizeSettings({ dismissed: [{ span: '1', sentence: 'word '.repeat(200), page: null, verdict: 'supported' }] });
    expect(long.dismissed).toEqual([]);
    // a long sentence dismissed on a card is kept by its beginning, and still found
    const dismissed = addDismissal(normalizeSettings({}), { span: '1', sentence: `${'word '.repeat(200)}1 end.`, page: null, verdict: 'supported', on: '' });
    expect(dismissed.dismissed).toHaveLength(1);
    expect(findDismissal(dismissed.dismissed, 'https://x.example/', '1', `${'word '.repeat(200)}1 end.`)).not.toBeNull();
  });

  it('a store that fails to answer still gives settings', async () => {
    const broken: SettingsStore = { get: () => Promise.reject(new Error('quota')), set: () => Promise.resolve() };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('an update starts from what is stored now, so two tabs do not undo each other', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: { schema: 2, sites: { 'bbc.co.uk': 'off' } } });
    await updateSettings(store, (s) => ({ ...s, sites: { ...s.sites, 'example.org': 'off' } }));
    expect((await loadSettings(store)).sites).toEqual({ 'bbc.co.uk': 'off', 'example.org': 'off' });
  });
});

describe('sites', () => {
  it('keys a site by its registrable domain, from the public suffix list', () => {
    expect(siteKey('https://news.bbc.co.uk/world')).toBe('bbc.co.uk');
    expect(siteKey('https://www.bbc.co.uk/')).toBe('bbc.co.uk');
    expect(siteKey('https://BBC.CO.UK/')).toBe('bbc.co.uk');
    // the list's private section: two blogs on one host are two sites
    expect(siteKey('https://alice.github.io/x')).toBe('alice.github.io');
    expect(siteKey('https://bob.github.io/')).toBe('bob.github.io');
    expect(siteKey('https://www.nashaniva.com/')).toBe('nashaniva.com');
    expect(siteKey('https://euroradio.fm/ru')).toBe('euroradio.fm');
    // addresses and local names are their own site
    expect(siteKey('http://127.0.0.1:8080/page')).toBe('127.0.0.1');
    expect(siteKey('http://localhost:3000/')).toBe('localhost');
    expect(siteKey('chrome://extensions')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
  });

  it('a choice for a site covers its subdomains; the longest matching site wins; others follow the default', () => {
    const settings = normalizeSettings({ sites: { 'bbc.co.uk': 'off', 'news.bbc.co.uk': 'on', 'example.org': 'on' } });
    expect(siteEnabled(settings, 'www.bbc.co.uk')).toBe(false);
    expect(siteEnabled(settings, 'bbc.co.uk')).toBe(false);
    expect(siteEnabled(settings, 'news.bbc.co.uk')).toBe(true);
    expect(siteChoice(settings, 'sport.news.bbc.co.uk')).toEqual({ site: 'news.bbc.co.uk', state: 'on' });
    // a host that only ends with the same letters is another site
    expect(siteChoice(settings, 'notbbc.co.uk')).toBeNull();
    expect(siteEnabled(settings, 'notbbc.co.uk')).toBe(true);
    const offByDefault = { ...settings, enabledByDefault: false };
    expect(siteEnabled(offByDefault, 'notbbc.co.uk')).toBe(false);
    expect(siteEnabled(offByDefault, 'example.org')).toBe(true);
  });
});

describe('dismissed flags', () => {
  const page = 'https://news.example.org/2024/12/pardons?id=3';
  const base = normalizeSettings({});

  it('"on this page" hides the figure in that sentence on that page only (its #fragment aside)', () => {
    const settings = addDismissal(base, { span: '178', sentence, page, verdict: 'outdated', on: '2026-11-29' });
    expect(findDismissal(settings.dismissed, `${page}#comments`, '178', sentence)?.page).toBe(page);
    expect(findDismissal(settings.dismissed, 'https://news.example.org/2024/12/other', '178', sentence)).toBeNull();
    // another figure in the same sentence, or the same figure in another sentence, keeps its flag
    expect(findDismissal(settings.dismissed, page, '207', sentence)).toBeNull();
    expect(findDismissal(settings.dismissed, page, '178', 'A different sentence with 178 in it.')).toBeNull();
  });

  it('"everywhere" hides the figure in that sentence on every page, whatever its spacing', () => {
    const settings = addDismissal(base, { span: '178', sentence, page: null, verdict: 'outdated', on: '2026-11-29' });
    expect(findDismissal(settings.dismissed, 'https://elsewhere.example/x', '178', `  ${sentence.replace(/ /g, '\n ')} `)?.page).toBeNull();
  });

  it('the same dismissal twice is kept once; restoring removes it; undo on a card removes both scopes', () => {
    let settings = addDismissal(base, { span: '178', sentence, page, verdict: 'outdated', on: '2026-11-29' });
    settings = addDismissal(settings, { span: '178', sentence, page, verdict: 'outdated', on: '2026-11-30' });
    expect(settings.dismissed).toHaveLength(1);
    settings = addDismissal(settings, { span: '178', sentence, page: null, verdict: 'outdated', on: '2026-11-30' });
    expect(settings.dismissed).toHaveLength(2);
    expect(removeDismissal(settings, settings.dismissed[0].id).dismissed).toHaveLength(1);
    expect(removeDismissalsOf(settings, page, '178', sentence).dismissed).toEqual([]);
    // on another page, only the "everywhere" one applied there
    expect(removeDismissalsOf(settings, 'https://elsewhere.example/', '178', sentence).dismissed.map((f) => f.page)).toEqual([page]);
  });
});
