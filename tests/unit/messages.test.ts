import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { argumentNames, flatten, hasTranslatableText, readMessages } from '../support/messages';

const source = flatten(readMessages('en'));
const sourceKeys = Object.keys(source).sort();

/**
 * Values that may stay identical to English in a locale, because they are proper nouns, acronyms
 * or loanwords that the language writes the same way. Each entry needs a reason.
 */
const sameAsEnglishAllowed: Partial<Record<string, Record<string, string>>> = {};

describe.each(locales)('messages/%s.json', (locale) => {
  const messages = flatten(readMessages(locale));

  it('has exactly the keys of the English source', () => {
    expect(Object.keys(messages).sort()).toEqual(sourceKeys);
  });

  it('parses every message as ICU and keeps the source’s arguments', () => {
    for (const key of sourceKeys) {
      const value = messages[key];
      expect(value, key).toBeTypeOf('string');
      expect(() => argumentNames(value!), `${locale} ${key} is not valid ICU`).not.toThrow();
      expect(argumentNames(value!), `${locale} ${key} arguments`).toEqual(argumentNames(source[key]!));
    }
  });

});

describe.each(locales.filter((locale) => locale !== 'en'))('messages/%s.json', (locale) => {
  it('translates every text (no value left in English)', () => {
    const messages = flatten(readMessages(locale));
    const allowed = sameAsEnglishAllowed[locale] ?? {};
    const untranslated = sourceKeys.filter((key) => messages[key] === source[key] && hasTranslatableText(source[key]!) && !(key in allowed));
    expect(untranslated).toEqual([]);
  });
});
