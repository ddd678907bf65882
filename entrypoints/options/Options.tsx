/**
 * The options page: where the extension runs (the default and each site's choice), how results appear (marks
 * or none, which verdicts, the theme), the flags the reader dismissed, the keyboard command, and all of it
 * exported to a file or imported from one. Every change is saved at once and reaches open pages live.
 */
import { useEffect, useState } from 'preact/hooks';
import { THEMES, VERDICTS, type DismissedFlag, type Settings, type Theme } from '../../extension/settings/settings';
import { TOGGLE_MARKS_COMMAND } from '../../extension/background/tabMarks';
import { t, tPlural } from '../../extension/i18n/i18n';
import { tSlots } from '../../extension/i18n/slots';
import { MarksChoice } from '../../extension/ui/settings/MarksChoice';
import { useSettings, type UpdateSettings } from '../../extension/ui/settings/useSettings';
import { VERDICT_SYMBOL, verdictTitle, verdictWord } from '../../extension/i18n/verdictText';
import { ImportExport } from './ImportExport';

export function Options() {
  const [settings, update] = useSettings();
  if (!settings) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="lead">{t('optionsLead')}</p>
      <p class="lead" data-part="desk">
        {tSlots('optionsDeskLead', [<a href="draft.html" target="_blank" rel="noreferrer" data-action="open-draft">{t('deskTitle')}</a>, t('menuCheckSelection')])}
      </p>
      <Sites settings={settings} update={update} />
      <section aria-labelledby="marks-title">
        <h2 id="marks-title">{t('optionsMarksTitle')}</h2>
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
      <h2 id="sites-title">{t('optionsSitesTitle')}</h2>
      <fieldset class="choice">
        <legend>{t('optionsDefaultLegend')}</legend>
        <label>
          <input type="radio" name="default" data-action="default-on" checked={settings.enabledByDefault} onChange={() => setDefault(true)} />
          <span>{t('optionsDefaultOn')}</span>
        </label>
        <label>
          <input type="radio" name="default" data-action="default-off" checked={!settings.enabledByDefault} onChange={() => setDefault(false)} />
          <span>{t('optionsDefaultOff')}</span>
        </label>
      </fieldset>
      <h3>{t('optionsSitesByChoice')}</h3>
      {all.length === 0 ? (
        <p class="empty" data-list="sites">{t('optionsSitesEmpty', [t('siteSwitchOff')])}</p>
      ) : (
        <>
          <div class="list-tools">
            <label>
              {t('optionsFindSite')} <input type="search" data-action="site-search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
            </label>
            {confirming ? (
              <span class="confirm" role="group" aria-label={t('optionsResetAllQuestion')}>
                {tPlural('optionsResetAllConfirm', all.length)}{' '}
                <button type="button" class="action" data-action="reset-sites-confirm" onClick={() => { setConfirming(false); void update((s) => ({ ...s, sites: {} })); }}>{t('optionsResetAll')}</button>{' '}
                <button type="button" class="action" onClick={() => setConfirming(false)}>{t('optionsCancel')}</button>
              </span>
            ) : (
              <button type="button" class="action" data-action="reset-sites" onClick={() => setConfirming(true)}>{t('optionsResetAllSites')}</button>
            )}
          </div>
          <ul class="rows" data-list="sites">
            {shown.map(([site, state]) => (
              <li key={site} data-site={site} data-state={state}>
                <span class="site">{site}</span>
                <span class={`state ${state}`}>{t(state === 'on' ? 'siteChecked' : 'siteNotChecked')}</span>
                <button type="button" class="action" data-action="reset-site" aria-label={t('optionsResetSiteLabel', [site])} onClick={() => reset(site)}>{t('optionsReset')}</button>
              </li>
            ))}
            {shown.length === 0 && <li class="empty">{t('optionsNoSiteMatches', [query])}</li>}
          </ul>
        </>
      )}
    </section>
  );
}

function VerdictChoice({ settings, update }: Props) {
  return (
    <fieldset class="choice">
      <legend>{t('optionsVerdictsLegend')}</legend>
      {VERDICTS.map((verdict) => (
        <label key={verdict}>
          <input type="checkbox" data-action="mark-verdict" data-verdict={verdict} checked={settings.markVerdicts[verdict]}
            onChange={(e) => { const on = (e.target as HTMLInputElement).checked; void update((s) => ({ ...s, markVerdicts: { ...s.markVerdicts, [verdict]: on } })); }} />
          <span><span aria-hidden="true" class={`symbol ${verdict}`}>{VERDICT_SYMBOL[verdict]}</span> {verdictTitle(verdict)}</span>
        </label>
      ))}
      <p class="hint">{t('optionsVerdictsHint')}</p>
    </fieldset>
  );
}

const THEME_WORDS: Record<Theme, string> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' };

function ThemeChoice({ settings, update }: Props) {
  return (
    <fieldset class="choice inline">
      <legend>{t('optionsThemeLegend')}</legend>
      {THEMES.map((theme) => (
        <label key={theme}>
          <input type="radio" name="theme" data-action="theme" value={theme} checked={settings.theme === theme} onChange={() => void update((s) => ({ ...s, theme }))} />
          <span>{t(THEME_WORDS[theme])}</span>
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
      <h2 id="dismissed-title">{t('optionsDismissedTitle')}</h2>
      {flags.length === 0 ? (
        <p class="empty" data-list="dismissed">{t('optionsDismissedEmpty')}</p>
      ) : (
        <ul class="rows flags" data-list="dismissed">
          {flags.map((flag) => (
            <li key={flag.id} data-verdict={flag.verdict}>
              <div class="flag">
                <span><strong class="figure">{flag.span}</strong> <span class="verdict">({verdictWord(flag.verdict)})</span></span>
                <span class="sentence">{flag.sentence.length > 200 ? `${flag.sentence.slice(0, 197)}…` : flag.sentence}</span>
                <span class="where">
                  {flag.page === null ? t('optionsDismissedEverywhere') : tSlots('optionsDismissedOn', [<a href={flag.page} target="_blank" rel="noreferrer noopener">{shortAddress(flag.page)}</a>])}
                  {flag.on && ` · ${t('optionsDismissedDate', [flag.on])}`}
                </span>
              </div>
              <button type="button" class="action" data-action="restore" aria-label={t('optionsRestoreLabel', [flag.span])} onClick={() => restore(flag)}>{t('optionsRestore')}</button>
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
      <h2 id="keys-title">{t('optionsKeysTitle')}</h2>
      <p>
        {tSlots('optionsKeysToggle', [<kbd data-shortcut={TOGGLE_MARKS_COMMAND}>{shortcut || t('optionsNoKey')}</kbd>, <code>chrome://extensions/shortcuts</code>])}
      </p>
      <p>{tSlots('optionsKeysPage', [<><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>J</kbd> / <kbd>K</kbd></>, <kbd>Esc</kbd>])}</p>
    </section>
  );
}
