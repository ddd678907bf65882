/** Settings exported to a file and imported back: merge or replace, older and newer files, damaged and oversized ones. */
import { describe, expect, it } from 'vitest';
import { addDismissal, DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../extension/settings/settings';
import { applyImport, describeChanges, exportSettings, MAX_IMPORT_BYTES, parseSettingsFile, SETTINGS_FORMAT } from '../../extension/settings/transfer';

const sentence = 'By then the running total stood at 207, the group said.';

function sample(): Settings {
  let settings = normalizeSettings({
    enabledByDefault: false, noMarks: true, theme: 'dark', sites: { 'bbc.co.uk': 'on', 'example.org': 'off' },
    markVerdicts: { supported: false },
  });
  settings = addDismissal(settings, { span: '207', sentence, page: 'https://example.org/a', verdict: 'contradicted', on: '2026-11-29' });
  return addDismissal(settings, { span: '18', sentence, page: null, verdict: 'outdated', on: '2026-11-29' });
}

const parsed = (text: string) => {
  const result = parseSettingsFile(text);
  if (!result.ok) throw new Error(result.error);
  return result;
};

describe('export and import of settings', () => {
  it('a file names its format and schema, and importing it into a fresh install gives the same settings', () => {
    const text = exportSettings(sample(), '2026-11-29');
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: SETTINGS_FORMAT, schema: 2, exported: '2026-11-29' });
    const { settings, notes } = parsed(text);
    expect(notes).toEqual([]);
    expect(applyImport(normalizeSettings({}), settings, 'replace')).toEqual(sample());
    expect(applyImport(normalizeSettings({}), settings, 'merge')).toEqual(sample());
  });

  it('merge keeps this browser\'s other sites and flags, and the file wins where both chose', () => {
    let here = normalizeSettings({ sites: { 'example.org': 'on', 'nashaniva.com': 'off' }, theme: 'light' });
    here = addDismissal(here, { span: '30', sentence, page: null, verdict: 'supported', on: '2026-10-01' });
    const incoming = parsed(exportSettings(sample(), '2026-11-29')).settings;
    const merged = applyImport(here, incoming, 'merge');
    expect(merged.sites).toEqual({ 'example.org': 'off', 'nashaniva.com': 'off', 'bbc.co.uk': 'on' });
    expect(merged.dismissed.map((f) => f.span).sort()).toEqual(['18', '207', '30']);
    expect(merged.theme).toBe('dark');
    const replaced = applyImport(here, incoming, 'replace');
    expect(replaced.sites).toEqual({ 'bbc.co.uk': 'on', 'example.org': 'off' });
    expect(replaced.dismissed.map((f) => f.span).sort()).toEqual(['18', '207']);
  });

  it('says what applying would change before it is applied', () => {
    const here = normalizeSettings({ sites: { 'example.org': 'on', 'nashaniva.com': 'off' } });
    const next = applyImport(here, sample(), 'replace');
    const lines = describeChanges(here, next);
    expect(lines).toEqual([
      'Sites without a choice of their own: not checked (now checked).',
      'Results: in the popup only, no marks on pages.',
      'Marked verdicts: contradicted, outdated, unverifiable.',
      'Theme: dark.',
      'Sites: 1 added, 1 changed, 1 back to the default (2 in all).',
      'Flags: 2 dismissed (2 dismissed in all).',
    ]);
    expect(describeChanges(next, next)).toEqual([]);
  });

  it('an older file is migrated, a newer one keeps what this version knows, and both say so', () => {
    const old = parsed(JSON.stringify({ format: SETTINGS_FORMAT, schema: 1, settings: { noMarks: true } }));
    expect(old.settings).toEqual({ ...DEFAULT_SETTINGS, noMarks: true });
    expect(old.notes.join(' ')).toMatch(/older version/);
    const newer = parsed(JSON.stringify({ format: SETTINGS_FORMAT, schema: 7, settings: { theme: 'light', sites: { 'bbc.co.uk': 'off' }, colourOfMarks: 'teal' } }));
    expect(newer.settings).toMatchObject({ theme: 'light', sites: { 'bbc.co.uk': 'off' } });
    expect(newer.settings).not.toHaveProperty('colourOfMarks');
    expect(newer.notes.join(' ')).toMatch(/newer version/);
  });

  it('a damaged entry is left out and counted, the rest imported', () => {
    const file = { format: SETTINGS_FORMAT, schema: 2, settings: { sites: { 'bbc.co.uk': 'off', '<script>': 'off', 'x.org': 1 }, dismissed: [{ span: 7 }] } };
    const { settings, notes } = parsed(JSON.stringify(file));
    expect(settings.sites).toEqual({ 'bbc.co.uk': 'off' });
    expect(notes).toEqual([expect.stringMatching(/2 sites and 1 dismissed flag\b/)]);
  });

  it('refuses what is not a settings file, and files over the size cap, saying why', () => {
    for (const [text, why] of [
      ['not json', /not JSON/],
      ['{"format":"something-else","schema":2,"settings":{}}', /not a Pardon Check settings file/],
      ['[1,2]', /not a Pardon Check settings file/],
      [`{"format":"${SETTINGS_FORMAT}","settings":{}}`, /no schema version/],
      [`{"format":"${SETTINGS_FORMAT}","schema":2,"settings":[]}`, /holds no settings/],
    ] as const) {
      const result = parseSettingsFile(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(why);
    }
    const huge = JSON.stringify({ format: SETTINGS_FORMAT, schema: 2, settings: { padding: 'x'.repeat(MAX_IMPORT_BYTES) } });
    const result = parseSettingsFile(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/at most 1000 kB/);
  });

  it('a file at the caps (5000 sites, 1000 long flags) still fits under the size cap', () => {
    const sites = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`site-number-${i}.example.org`, 'off']));
    const dismissed = Array.from({ length: 1000 }, (_, i) => ({ span: String(i), sentence: `${'a long sentence '.repeat(36)}${i}`, page: null, verdict: 'outdated', on: '2026-11-29' }));
    const text = exportSettings(normalizeSettings({ sites, dismissed }), '2026-11-29');
    expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(parsed(text).settings.dismissed).toHaveLength(1000);
  });
});
