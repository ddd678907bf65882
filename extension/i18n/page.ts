/** An extension page in the interface's language: its `lang` (for screen readers, hyphenation and fonts) and its title. */
import { t, uiLang } from './i18n';

export function localisePage(titleMessage: string): void {
  document.documentElement.lang = uiLang();
  document.title = t(titleMessage);
}
