import { languageTags, type Locale } from './locales';

/**
 * A language's name in the reader's language ("Englisch", "영어"), for notes like "shown in English"
 * and for spoken languages (an interpreter for Uzbek). By base code: the locale tags carry a script
 * (uz-Latn, mn-Cyrl, zh-Hans) that would read "Uzbek (Latin)", which no one speaks.
 */
export function languageNameIn(language: Locale | string, readerLocale: Locale): string {
  const code = (languageTags as Record<string, string>)[language] ?? language;
  try {
    return new Intl.DisplayNames([languageTags[readerLocale]], { type: 'language' }).of(new Intl.Locale(code).language) ?? code;
  } catch {
    return code;
  }
}
