import fs from 'node:fs';
import path from 'node:path';
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

describe('messages/ko.json', () => {
  // 은/는, 이/가, 을/를, 과/와 depend on whether the word before ends in a consonant, which a
  // placeholder ({name}) does not know: such a message is rephrased, or uses a message per case.
  it('puts no particle that depends on the word before right after a placeholder', () => {
    const messages = flatten(readMessages('ko'));
    const bad = Object.entries(messages).filter(([, value]) => /\}(은|는|이|가|을|를|과|와)(?![가-힣(])/.test(value));
    expect(bad).toEqual([]);
  });

  // After a fixed word the form is known: 상담원은, 사례가 (not 상담원는, 사례이).
  it('uses the particle form that fits the last syllable after the glossary’s terms', () => {
    const terms = Object.values(JSON.parse(fs.readFileSync(path.join(process.cwd(), 'docs/glossary/ko.json'), 'utf8')) as Record<string, string>);
    const endsInConsonant = (word: string) => (word.charCodeAt(word.length - 1) - 0xac00) % 28 !== 0;
    const wrong = (term: string) => (endsInConsonant(term) ? ['는', '가', '를', '와'] : ['은', '이', '을', '과']).map((particle) => term + particle);
    const messages = Object.entries(flatten(readMessages('ko')));
    const bad = terms
      .filter((term) => /[가-힣]$/.test(term))
      .flatMap((term) => wrong(term).flatMap((form) => messages.filter(([, value]) => new RegExp(`${form}(?![가-힣])`).test(value)).map(([key]) => `${key}: ${form}`)));
    expect(bad).toEqual([]);
  });
});
