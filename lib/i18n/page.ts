// Puts an extension page in the interface language: `<html lang>` (hyphenation, screen-reader voice, quotes) and
// the window title. The page's content is its components' (each string through t()).
import { type MessageKey, t, uiLocale } from './t';

/** Sets the document's language from the interface locale and its title from `titleKey` (`$1`... filled). */
export function localizePage(titleKey: MessageKey, ...substitutions: (string | number)[]): void {
  document.documentElement.lang = uiLocale();
  document.title = t(titleKey, ...substitutions);
}
