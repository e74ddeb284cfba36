import { languageTags, type Locale } from './locales';

/** A language's name in the reader's language ("Englisch", "영어"), for notes like "shown in English". */
export function languageNameIn(language: Locale | string, readerLocale: Locale): string {
  const code = (languageTags as Record<string, string>)[language] ?? language;
  try {
    return new Intl.DisplayNames([languageTags[readerLocale]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
