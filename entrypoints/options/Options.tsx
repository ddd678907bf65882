/**
 * The options page: where the extension runs (the default and each site's choice), how results appear (marks
 * or none, which verdicts, the theme), the flags the reader dismissed, the keyboard command, and all of it
 * exported to a file or imported from one. Every change is saved at once and reaches open pages live.
 */
import { useEffect, useState } from 'preact/hooks';
import { THEMES, VERDICTS, type DismissedFlag, type Settings, type Theme } from '../../extension/settings/settings';
import { TOGGLE_MARKS_COMMAND } from '../../extension/settings/tabMarks';
import { MarksChoice } from '../../extension/ui/settings/MarksChoice';
import { useSettings, type UpdateSettings } from '../../extension/ui/settings/useSettings';
import { VERDICT_SYMBOL, VERDICT_TITLE } from '../../extension/ui/verdictText';
import { ImportExport } from './ImportExport';

export function Options() {
  const [settings, update] = useSettings();
  if (!settings) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1>Pardon Check options</h1>
      <p class="lead">Changes are saved as you make them and apply to open pages at once.</p>
      <Sites settings={settings} update={update} />
      <section aria-labelledby="marks-title">
        <h2 id="marks-title">Marks and theme</h2>
        <MarksChoice />
        <VerdictChoice settings={settings} update={update} />
        <ThemeChoice settings={settings} update={update} />
      </section>
      <Dismissed settings={settings} update={update} />
      <Shortcut />
      <ImportExport settings={settings} update={update} />
    </main>
  );
}

type Props = { settings: Settings; update: UpdateSettings };

function Sites({ settings, update }: Props) {
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState(false);
  const all = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  const shown = all.filter(([site]) => site.includes(query.trim().toLowerCase()));
  const setDefault = (enabledByDefault: boolean) => void update((s) => ({ ...s, enabledByDefault }));
  const reset = (site: string) => void update((s) => {
    const sites = { ...s.sites };
    delete sites[site];
    return { ...s, sites };
  });
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Where Pardon Check runs</h2>
      <fieldset class="choice">
        <legend>On sites you have not chosen for</legend>
        <label>
          <input type="radio" name="default" data-action="default-on" checked={settings.enabledByDefault} onChange={() => setDefault(true)} />
          <span>Check their pages (you can switch it off on a site from the popup)</span>
        </label>
        <label>
          <input type="radio" name="default" data-action="default-off" checked={!settings.enabledByDefault} onChange={() => setDefault(false)} />
          <span>Do not check them: only the sites you switch on are checked</span>
        </label>
      </fieldset>
      <h3>Your choices by site</h3>
      {all.length === 0 ? (
        <p class="empty" data-list="sites">No site has a choice of its own yet. Use "Switch off on this site" in the popup to add one.</p>
      ) : (
        <>
          <div class="list-tools">
            <label>
              Find a site <input type="search" data-action="site-search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
            </label>
            {confirming ? (
              <span class="confirm" role="group" aria-label="Reset all sites?">
                Reset all {all.length} sites to the default?{' '}
                <button type="button" class="action" data-action="reset-sites-confirm" onClick={() => { setConfirming(false); void update((s) => ({ ...s, sites: {} })); }}>Reset all</button>{' '}
                <button type="button" class="action" onClick={() => setConfirming(false)}>Cancel</button>
              </span>
            ) : (
              <button type="button" class="action" data-action="reset-sites" onClick={() => setConfirming(true)}>Reset all sites</button>
            )}
          </div>
          <ul class="rows" data-list="sites">
            {shown.map(([site, state]) => (
              <li key={site} data-site={site} data-state={state}>
                <span class="site">{site}</span>
                <span class={`state ${state}`}>{state === 'on' ? 'checked' : 'not checked'}</span>
                <button type="button" class="action" data-action="reset-site" aria-label={`Reset ${site} to the default`} onClick={() => reset(site)}>Reset</button>
              </li>
            ))}
            {shown.length === 0 && <li class="empty">No site matches "{query}".</li>}
          </ul>
        </>
      )}
    </section>
  );
}

function VerdictChoice({ settings, update }: Props) {
  return (
    <fieldset class="choice">
      <legend>Which verdicts get a mark on the page</legend>
      {VERDICTS.map((verdict) => (
        <label key={verdict}>
          <input type="checkbox" data-action="mark-verdict" data-verdict={verdict} checked={settings.markVerdicts[verdict]}
            onChange={(e) => { const on = (e.target as HTMLInputElement).checked; void update((s) => ({ ...s, markVerdicts: { ...s.markVerdicts, [verdict]: on } })); }} />
          <span><span aria-hidden="true" class={`symbol ${verdict}`}>{VERDICT_SYMBOL[verdict]}</span> {VERDICT_TITLE[verdict]}</span>
        </label>
      ))}
      <p class="hint">The popup lists every checked figure, marked or not.</p>
    </fieldset>
  );
}

const THEME_WORDS: Record<Theme, string> = { system: 'As the system', light: 'Light', dark: 'Dark' };

function ThemeChoice({ settings, update }: Props) {
  return (
    <fieldset class="choice inline">
      <legend>Theme of the popup, these pages and the cards</legend>
      {THEMES.map((theme) => (
        <label key={theme}>
          <input type="radio" name="theme" data-action="theme" value={theme} checked={settings.theme === theme} onChange={() => void update((s) => ({ ...s, theme }))} />
          <span>{THEME_WORDS[theme]}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Dismissed({ settings, update }: Props) {
  const restore = (flag: DismissedFlag) => void update((s) => ({ ...s, dismissed: s.dismissed.filter((f) => f.id !== flag.id) }));
  const flags = [...settings.dismissed].reverse();
  return (
    <section aria-labelledby="dismissed-title">
      <h2 id="dismissed-title">Dismissed flags</h2>
      {flags.length === 0 ? (
        <p class="empty" data-list="dismissed">You have not dismissed any flag. A card's "Dismiss" buttons put them here.</p>
      ) : (
        <ul class="rows flags" data-list="dismissed">
          {flags.map((flag) => (
            <li key={flag.id} data-verdict={flag.verdict}>
              <div class="flag">
                <span><strong class="figure">{flag.span}</strong> <span class="verdict">({flag.verdict})</span></span>
                <span class="sentence">{flag.sentence.length > 200 ? `${flag.sentence.slice(0, 197)}…` : flag.sentence}</span>
                <span class="where">
                  {flag.page === null ? 'Everywhere this figure and sentence appear' : <>On <a href={flag.page} target="_blank" rel="noreferrer noopener">{shortAddress(flag.page)}</a></>}
                  {flag.on && ` · dismissed ${flag.on}`}
                </span>
              </div>
              <button type="button" class="action" data-action="restore" aria-label={`Restore the flag on ${flag.span}`} onClick={() => restore(flag)}>Restore</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function shortAddress(url: string): string {
  const plain = url.replace(/^https?:\/\//, '');
  return plain.length > 70 ? `${plain.slice(0, 67)}…` : plain;
}

/** The command's key as the browser has it now (the reader may have changed it). */
function Shortcut() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands?.getAll().then((all) => setShortcut(all.find((c) => c.name === TOGGLE_MARKS_COMMAND)?.shortcut ?? '')).catch(() => setShortcut(''));
  }, []);
  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">Keyboard</h2>
      <p>
        Hide or show the marks on the current tab: <kbd data-shortcut={TOGGLE_MARKS_COMMAND}>{shortcut || 'no key set'}</kbd>. Change it in your
        browser's extension shortcuts (Chrome: <code>chrome://extensions/shortcuts</code>; Firefox: Add-ons, the gear menu, "Manage Extension Shortcuts").
      </p>
      <p>On a page: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>J</kbd> / <kbd>K</kbd> step through flagged figures, <kbd>Esc</kbd> closes a card.</p>
    </section>
  );
}
