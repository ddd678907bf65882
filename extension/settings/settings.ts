/**
 * The reader's settings, kept in the extension's own storage (never the page's). Every stored object
 * carries a schema version; an older one is migrated, and anything unreadable, from an unknown version or
 * out of shape falls back to the defaults field by field, so a corrupted store can never keep a page from
 * being checked. Pure apart from the store passed in: the checker, the background, the popup and the
 * options page all read settings through `normalizeSettings`.
 */
import type { Verdict } from '../engine/types';

export const SETTINGS_SCHEMA = 2;
export const SETTINGS_KEY = 'settings';

/** A site's own choice; a site without one follows `enabledByDefault`. */
export type SiteState = 'on' | 'off';
export type Theme = 'system' | 'light' | 'dark';
/** "on this page" or "everywhere this figure and sentence appear" */
export type DismissScope = 'page' | 'everywhere';

export const VERDICTS: readonly Verdict[] = ['contradicted', 'outdated', 'unverifiable', 'supported'];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** A flag the reader dismissed: which figure, in which sentence, on which page (null: on every page). */
export interface DismissedFlag {
  id: string;
  span: string;
  sentence: string;
  page: string | null;
  verdict: Verdict;
  /** ISO date it was dismissed on */
  on: string;
}

export interface Settings {
  schema: typeof SETTINGS_SCHEMA;
  /**
   * "No marks" mode: pages are read and judged, the popup and badge show the results, and nothing at
   * all is written into the page (no highlight, no element, no style sheet).
   */
  noMarks: boolean;
  /** whether sites without a choice of their own are checked */
  enabledByDefault: boolean;
  /** registrable domain (or host, for IP addresses and local names) → the reader's choice for it */
  sites: Record<string, SiteState>;
  dismissed: DismissedFlag[];
  /** which verdicts get a mark on the page (the popup lists all of them whatever this says) */
  markVerdicts: Record<Verdict, boolean>;
  theme: Theme;
}

/** Caps that keep the store small and a hostile import harmless. */
export const SETTINGS_LIMITS = {
  sites: 5000,
  dismissed: 1000,
  span: 80,
  sentence: 600,
  page: 2048,
  site: 253,
};

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  schema: SETTINGS_SCHEMA,
  noMarks: false,
  enabledByDefault: true,
  sites: Object.freeze({}) as Record<string, SiteState>,
  dismissed: Object.freeze([]) as unknown as DismissedFlag[],
  markVerdicts: Object.freeze({ contradicted: true, outdated: true, unverifiable: true, supported: true }),
  theme: 'system',
}) as Settings;

export const defaultSettings = (): Settings => ({
  ...DEFAULT_SETTINGS,
  sites: {},
  dismissed: [],
  markVerdicts: { ...DEFAULT_SETTINGS.markVerdicts },
});

type Stored = Record<string, unknown>;
const isRecord = (value: unknown): value is Stored => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Each older schema's object, made into the next one's. Schema 1 held only `noMarks`, which schema 2 keeps
 * under the same name: the rest comes from the defaults.
 */
const MIGRATIONS: Record<number, (stored: Stored) => Stored> = {
  1: (stored) => ({ ...stored, schema: 2 }),
};

export function migrate(stored: Stored): Stored {
  let current = stored;
  for (let schema = current.schema; typeof schema === 'number' && MIGRATIONS[schema]; schema = current.schema) current = MIGRATIONS[schema](current);
  return current;
}

/** What storage held, made safe: known fields of the right shape are kept, the rest is the default. */
export function normalizeSettings(stored: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(stored)) return settings;
  const record = migrate(stored);
  if (typeof record.noMarks === 'boolean') settings.noMarks = record.noMarks;
  if (typeof record.enabledByDefault === 'boolean') settings.enabledByDefault = record.enabledByDefault;
  if (THEMES.includes(record.theme as Theme)) settings.theme = record.theme as Theme;
  if (isRecord(record.markVerdicts)) {
    for (const verdict of VERDICTS) {
      const value = record.markVerdicts[verdict];
      if (typeof value === 'boolean') settings.markVerdicts[verdict] = value;
    }
  }
  if (isRecord(record.sites)) {
    for (const [site, state] of Object.entries(record.sites)) {
      if (Object.keys(settings.sites).length >= SETTINGS_LIMITS.sites) break;
      if (isSiteKey(site) && (state === 'on' || state === 'off')) settings.sites[site] = state;
    }
  }
  if (Array.isArray(record.dismissed)) {
    const seen = new Set<string>();
    for (const item of record.dismissed) {
      const flag = normalizeDismissed(item);
      if (!flag || seen.has(flag.id)) continue;
      seen.add(flag.id);
      settings.dismissed.push(flag);
    }
    // the most recent are kept
    settings.dismissed = settings.dismissed.slice(-SETTINGS_LIMITS.dismissed);
  }
  return settings;
}

/** A host name as browsers give it, lower case: letters, digits, hyphens and dots, or an IPv6 address. */
export function isSiteKey(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= SETTINGS_LIMITS.site
    && (/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(value) || /^\[?[0-9a-f:.]+\]?$/.test(value));
}

function normalizeDismissed(value: unknown): DismissedFlag | null {
  if (!isRecord(value)) return null;
  const { span, sentence, page, verdict, on } = value;
  if (typeof span !== 'string' || !span.trim() || span.length > SETTINGS_LIMITS.span) return null;
  if (typeof sentence !== 'string' || sentence.length > SETTINGS_LIMITS.sentence) return null;
  if (!(page === null || (typeof page === 'string' && /^https?:\/\//.test(page) && page.length <= SETTINGS_LIMITS.page))) return null;
  if (!VERDICTS.includes(verdict as Verdict)) return null;
  const flag = { span, sentence: sentenceKey(sentence), page, verdict: verdict as Verdict, on: typeof on === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : '' };
  return { id: dismissId(flag), ...flag };
}

/** A sentence as flags are matched by it: one line, trimmed, capped. */
export function sentenceKey(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').trim().slice(0, SETTINGS_LIMITS.sentence).trimEnd();
}

/** A page's address as dismissals on it are kept: without its fragment (#section), which names a place in the same page. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return (hash === -1 ? url : url.slice(0, hash)).slice(0, SETTINGS_LIMITS.page);
}

/** The same figure in the same sentence, on the same page or everywhere, has the same id. */
export function dismissId(flag: Pick<DismissedFlag, 'span' | 'sentence' | 'page'>): string {
  return `${flag.page ?? '*'}\u0000${flag.span}\u0000${flag.sentence}`;
}

/** The dismissal that hides this figure on this page, if any (one made for this page comes first). */
export function findDismissal(list: readonly DismissedFlag[], page: string, span: string, sentence: string): DismissedFlag | null {
  // asked for every figure of every page checked: most readers have dismissed nothing
  if (list.length === 0) return null;
  const key = sentenceKey(sentence);
  const here = pageKey(page);
  let everywhere: DismissedFlag | null = null;
  for (const flag of list) {
    if (flag.span !== span || flag.sentence !== key) continue;
    if (flag.page === here) return flag;
    if (flag.page === null) everywhere = flag;
  }
  return everywhere;
}

/** A long sentence is kept by its first SETTINGS_LIMITS.sentence characters, which is how it is matched too. */
export function addDismissal(settings: Settings, flag: Omit<DismissedFlag, 'id'>): Settings {
  const kept = { ...flag, sentence: sentenceKey(flag.sentence), page: flag.page === null ? null : pageKey(flag.page) };
  return normalizeSettings({ ...settings, dismissed: [...settings.dismissed, kept] });
}

export function removeDismissal(settings: Settings, id: string): Settings {
  return { ...settings, dismissed: settings.dismissed.filter((flag) => flag.id !== id) };
}

/** Undo on a card: every dismissal that hides this figure on this page goes, whatever its scope. */
export function removeDismissalsOf(settings: Settings, page: string, span: string, sentence: string): Settings {
  const key = sentenceKey(sentence);
  const here = pageKey(page);
  return { ...settings, dismissed: settings.dismissed.filter((f) => !(f.span === span && f.sentence === key && (f.page === null || f.page === here))) };
}

/**
 * The reader's choice for the site this host belongs to: the longest site key the host ends with (keys
 * are registrable domains, see siteKey.ts, so `news.bbc.co.uk` finds `bbc.co.uk`); null when there is none.
 */
export function siteChoice(settings: Settings, host: string): { site: string; state: SiteState } | null {
  const name = host.toLowerCase();
  let best: { site: string; state: SiteState } | null = null;
  for (const [site, state] of Object.entries(settings.sites)) {
    if ((name === site || name.endsWith(`.${site}`)) && (!best || site.length > best.site.length)) best = { site, state };
  }
  return best;
}

/** Whether pages of this host are checked. */
export function siteEnabled(settings: Settings, host: string): boolean {
  const choice = siteChoice(settings, host);
  return choice ? choice.state === 'on' : settings.enabledByDefault;
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
    return defaultSettings();
  }
}

/** Applies a change to what is stored now (another tab may have changed it meanwhile) and stores the result. */
export async function updateSettings(store: SettingsStore, change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings(store)));
  await store.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function saveSettings(store: SettingsStore, change: Partial<Omit<Settings, 'schema'>>): Promise<Settings> {
  return updateSettings(store, (current) => ({ ...current, ...change }));
}
