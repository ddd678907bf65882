/**
 * The interface's language: messages from public/_locales/<lang>/messages.json through the browser's own
 * i18n.getMessage (the browser picks the file from its language, falling back on English), plural forms by
 * Intl.PluralRules (one message per category: figuresChecked_one, _few, _many, _other), numbers and dates by Intl.
 *
 * The language is the one whose file the browser chose: each file names itself in its `lang` message, so plural
 * rules and formats always match the words around them (getUILanguage does not: a Chromium service worker can
 * answer en-US while its messages are Russian). Outside an extension (unit tests, the command line) the English
 * file is read from disk, so what is tested is what an English browser shows.
 */

export type Lang = 'en' | 'ru' | 'be';
export const LANGS: readonly Lang[] = ['en', 'ru', 'be'];

type GetMessage = (name: string, substitutions?: string[]) => string;
interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}
type MessageFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function browserI18n(): I18nApi | null {
  const scope = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  const api = scope.chrome?.i18n ?? scope.browser?.i18n;
  return typeof api?.getMessage === 'function' ? api : null;
}

/** The substitution rules browsers apply to messages.json: $NAME$ placeholders, then $1…$9, then $$. */
export function substitute(file: MessageFile, name: string, substitutions: string[] = []): string {
  const entry = file[name];
  if (!entry) return '';
  const withPlaceholders = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, key: string) => entry.placeholders?.[key.toLowerCase()]?.content ?? whole);
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : substitutions[Number(which) - 1] ?? ''));
}

let fromDisk: GetMessage | null = null;

/** Outside a browser: the English file, read where the project's commands run (its root). */
function englishFromDisk(): GetMessage {
  if (fromDisk) return fromDisk;
  const node = (globalThis as { process?: { getBuiltinModule?(name: string): unknown; cwd(): string } }).process;
  const fs = node?.getBuiltinModule?.('node:fs') as { readFileSync(path: string, encoding: 'utf8'): string } | undefined;
  let file: MessageFile = {};
  try {
    if (fs && node) file = JSON.parse(fs.readFileSync(`${node.cwd()}/public/_locales/en/messages.json`, 'utf8')) as MessageFile;
  } catch {
    // no messages: keys are shown as they are
  }
  return (fromDisk = (name, substitutions) => substitute(file, name, substitutions));
}

/** A message as the browser has it, or '' when its language has none (nor English). */
export function message(name: string, substitutions: (string | number)[] = []): string {
  const subs = substitutions.map(String);
  const api = browserI18n();
  return (api ? api.getMessage(name, subs) : englishFromDisk()(name, subs)) ?? '';
}

/** A message of the interface, in the browser's language (its name where there is none, so a gap shows). */
export function t(name: string, substitutions: (string | number)[] = []): string {
  return message(name, substitutions) || name;
}

/** The language of the messages the browser gives us. */
export function uiLang(): Lang {
  const lang = t('lang');
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en';
}

/** Intl's locale for a language: English as the project writes it (12 November 2024, 1,278). */
export const intlLocale = (lang: Lang): string => (lang === 'en' ? 'en-GB' : lang);

const rules = new Map<Lang, Intl.PluralRules>();

/** The plural category of a count in a language: ru and be have one, few, many (and other, for fractions). */
export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(intlLocale(lang))));
  return rule.select(count);
}

/** The message's name for a count: `base_<category>` (figuresChecked_few). */
export const pluralName = (base: string, count: number, lang: Lang = uiLang()): string => `${base}_${pluralCategory(lang, count)}`;

/** The message for a count, the count formatted for the language as its first substitution. */
export function tPlural(base: string, count: number, more: (string | number)[] = [], lang: Lang = uiLang()): string {
  return t(pluralName(base, count, lang), [formatNumber(count, lang), ...more]);
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang = uiLang()): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(intlLocale(lang))));
  return format.format(value);
}

const dayFormats = new Map<Lang, Intl.DateTimeFormat>();
const monthFormats = new Map<Lang, Intl.DateTimeFormat>();
const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** "2024-11-12" → "12 November 2024", "12 ноября 2024 г.", "12 лістапада 2024 г." */
export function formatDay(iso: string, lang: Lang = uiLang()): string {
  let format = dayFormats.get(lang);
  if (!format) dayFormats.set(lang, (format = new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(utc(iso));
}

/** A month's name on its own, as a heading or a list would have it: "November", "ноябрь", "лістапад". */
export function monthWord(iso: string, lang: Lang = uiLang()): string {
  let format = monthFormats.get(lang);
  if (!format) monthFormats.set(lang, (format = new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', timeZone: 'UTC' })));
  return format.format(utc(iso));
}

/** "November 2024", "ноябрь–декабрь 2024", "лістапад 2024 – студзень 2025": the months a window spans. */
export function formatMonths(window: { from: string; to: string }, lang: Lang = uiLang()): string {
  const [fromYear, toYear] = [window.from.slice(0, 4), window.to.slice(0, 4)];
  const [from, to] = [monthWord(window.from, lang), monthWord(window.to, lang)];
  if (window.from.slice(0, 7) === window.to.slice(0, 7)) return `${from} ${fromYear}`;
  if (fromYear === toYear) return `${from}–${to} ${fromYear}`;
  return `${from} ${fromYear} – ${to} ${toYear}`;
}
