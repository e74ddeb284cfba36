import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { languageTags, locales, type Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { createTranslator } from 'use-intl';
import { flatten, readMessages } from '../support/messages';

/**
 * Arguments whose text the portal formats with Intl (dates, times, time-zone and language names):
 * their last sound changes with the value and the locale's data, so a case suffix or particle
 * written onto them ("{date}-ны", "{time}-এ") is right for some values and wrong for others.
 */
const formatted = new Set(['date', 'time', 'zone', 'from', 'to', 'language']);

/** Written without spaces between words: there is no word boundary to keep, and nothing inflects. */
const unspaced = new Set<Locale>(['zh', 'th', 'lo', 'km', 'my']);

/**
 * Postpositions that are written joined to the word before by the language's own spelling rules and
 * do not change with that word's last sound, so they fit any value. Each needs a reason.
 */
const invariantSuffixes: Partial<Record<Locale, string[]>> = {
  ko: ['까지', '부터'], // "until", "from": unlike 은/는, 을/를, 이/가 they never depend on a final consonant.
  ne: ['मा'], // "in": one form after any noun, and Nepali spelling joins it to the noun.
};

type Neighbour = { key: string; argument: string; before: string; after: string };

/** Every formatted argument of a message with the literal text directly before and after it. */
function neighbours(key: string, message: string): Neighbour[] {
  const out: Neighbour[] = [];
  const visit = (elements: MessageFormatElement[]) => {
    elements.forEach((el, i) => {
      if ((el.type === TYPE.argument || el.type === TYPE.date || el.type === TYPE.time || el.type === TYPE.number) && formatted.has(el.value)) {
        const prev = elements[i - 1];
        const next = elements[i + 1];
        out.push({
          key,
          argument: el.value,
          before: prev?.type === TYPE.literal ? prev.value : '',
          after: next?.type === TYPE.literal ? next.value : '',
        });
      }
      if ('options' in el) for (const option of Object.values(el.options)) visit(option.value);
      if (el.type === TYPE.tag) visit(el.children);
    });
  };
  visit(parse(message, { requiresOtherClause: true }));
  return out;
}

const letter = /[\p{L}\p{M}]/u;

const formattedIn = (locale: Locale) => Object.entries(flatten(readMessages(locale))).flatMap(([key, message]) => neighbours(key, message));

describe.each(locales.filter((locale) => !unspaced.has(locale)))('messages/%s.json around formatted values', (locale) => {
  it('glues no letters onto a date, time, zone or language name', () => {
    const all = formattedIn(locale);
    const allowed = invariantSuffixes[locale] ?? [];
    const glued = all
      .filter(({ before, after }) => {
        // A letter, or a hyphen and a letter ("{date}-ны"), directly next to the value.
        const onLeft = letter.test(before.replace(/-$/, '').slice(-1)) && !/\s$/.test(before);
        const suffix = after.match(/^-?([\p{L}\p{M}]+)/u);
        const onRight = Boolean(suffix) && !allowed.includes(suffix![1]!);
        return onLeft || onRight;
      })
      .map(({ key, argument, before, after }) => `${key}: …${before.slice(-8)}{${argument}}${after.slice(0, 8)}…`);
    expect(glued).toEqual([]);
  });
});

describe.each(locales)('messages/%s.json around formatted values', (locale) => {
  it('does not repeat the first word of a formatted value just before it (วัน{date} → "วันวันพุธ")', () => {
    const sample = new Date('2026-12-02T01:00:00Z');
    const values: Record<string, string> = {
      date: formatCityDate(sample, locale),
      time: formatCityTime(sample, locale),
      zone: cityZoneName(locale, sample),
    };
    const all = formattedIn(locale);
    const doubled = all
      .filter(({ argument, before }) => {
        const value = values[argument];
        if (!value) return false;
        const word = [...new Intl.Segmenter(languageTags[locale], { granularity: 'word' }).segment(value)].find((s) => s.isWordLike)?.segment;
        if (!word || !letter.test(word)) return false;
        // Without spaces between words only the text joined to the value can repeat it; with
        // spaces, the last whole word before it.
        if (unspaced.has(locale)) return before.endsWith(word);
        return before.trimEnd().split(/\s+/).pop()?.toLocaleLowerCase(languageTags[locale]) === word.toLocaleLowerCase(languageTags[locale]);
      })
      .map(({ key, argument, before }) => `${key}: …${before.slice(-8)}{${argument}} = ${values[argument]}`);
    expect(doubled).toEqual([]);
  });
});

describe('languageNameIn', () => {
  it('names a spoken language by its base code, without the script of the locale tag', () => {
    expect(languageNameIn('uz', 'en')).toBe('Uzbek');
    expect(languageNameIn('mn', 'en')).toBe('Mongolian');
    expect(languageNameIn('zh', 'en')).toBe('Chinese');
    expect(languageNameIn('uz', 'ko')).toBe('우즈베크어');
  });
});

describe('the reschedule limit message', () => {
  it.each(locales)('counts the topic’s own limit in %s (set per topic, 0–10)', (locale) => {
    const t = createTranslator({ locale, messages: readMessages(locale) as never, namespace: 'Consultations.reschedule.problems' as never });
    const say = (limit: number) => (t as unknown as (key: string, values: object) => string)('reschedule_limit', { limit, phone: '010-1111-2222' });
    const digits = new Intl.NumberFormat(languageTags[locale]).format(7);
    expect(say(7)).toContain(digits);
    expect(say(0)).not.toContain(digits);
    expect(say(0)).not.toBe(say(1));
  });
});
