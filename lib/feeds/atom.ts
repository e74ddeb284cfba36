/**
 * The `feed` library writes no xml:lang: this marks the feed's language on its root and each
 * entry's own (an entry shown in a fallback language says so to feed readers and screen readers).
 */
export function withLanguages(atom: string, feedLang: string, entryLangs: readonly string[]): string {
  let entry = 0;
  return atom
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feedLang}">`)
    .replaceAll('<entry>', () => `<entry xml:lang="${entryLangs[entry++] ?? feedLang}">`);
}
