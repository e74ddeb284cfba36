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
const formatted = new Set(['date', 'time', 'start', 'end', 'zone', 'from', 'to', 'language', 'shownIn']);

/**
 * Written without spaces between words: text joined to a value is the script's normal spelling
 * ("{date}之前", "ภายใน{date}"), so only the word boundary is checked there (see below).
 */
const unspaced = new Set<Locale>(['zh', 'th', 'lo', 'km', 'my']);

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

const show = ({ key, argument, before, after }: Neighbour) => `${key}: …${before.slice(-8)}{${argument}}${after.slice(0, 8)}…`;

/**
 * The rule (docs/glossary/README.md): in a language written with spaces, a formatted value has a
 * space or punctuation on each side, never a letter, nor a letter joined by a hyphen or an
 * apostrophe ("{date}-ны", "{zone}'da", "{date}까지", "{language}मा"). No ending is exempt, even
 * one that never changes: the value is whatever Intl makes of it (a weekday, a number, "(수)",
 * a zone's name), so the message cannot know what the ending is written onto; rephrase instead
 * ("기한: {date}", "{from} ~ {to}", "{language} भाषामा").
 */
describe.each(locales.filter((locale) => !unspaced.has(locale)))('messages/%s.json around formatted values', (locale) => {
  it('glues no letters onto a date, time, zone or language name', () => {
    const joiner = /^[-\u2010\u2011'\u2019\u02bb\u02bc]$/u;
    const glued = formattedIn(locale)
      .filter(({ before, after }) => {
        const left = [...before];
        const right = [...after];
        const lastBefore = left.at(-1) ?? '';
        const firstAfter = right[0] ?? '';
        const onLeft = letter.test(lastBefore) || (joiner.test(lastBefore) && letter.test(left.at(-2) ?? ''));
        const onRight = letter.test(firstAfter) || (joiner.test(firstAfter) && letter.test(right[1] ?? ''));
        return onLeft || onRight;
      })
      .map(show);
    expect(glued).toEqual([]);
  });
});

/** Values each kind of argument takes, in the reader's language: days across the week and the year, morning and afternoon, every language. */
function samples(locale: Locale): Record<string, string[]> {
  const instants = [0, 1, 2, 3, 4, 5, 6, 40, 200].map((days) => new Date(Date.UTC(2026, 11, 2 + days, days % 2 ? 6 : 0, days % 3 ? 30 : 0)));
  const dates = instants.map((at) => formatCityDate(at, locale));
  const times = instants.map((at) => formatCityTime(at, locale));
  return {
    date: dates,
    time: times,
    start: times,
    end: times,
    from: [...dates, ...times],
    to: [...dates, ...times],
    zone: [cityZoneName(locale, instants[0])],
    language: locales.map((language) => languageNameIn(language, locale)),
    shownIn: locales.map((language) => languageNameIn(language, locale)),
  };
}

/**
 * Without spaces between words, joining text to a value is the script's own spelling, and nothing
 * inflects, so a letter next to it is no fault ("ภายใน{date}", "{date}之前", Khmer "នៅថ្ងៃ{date}"
 * reads "on Wednesday…", the weekday being the value's first word). What does go wrong there is
 * text that fuses into the value's first or last letter, for every value it can take: a vowel
 * sign, tone mark or final (Thai ี, Burmese ် or ေ, Khmer ា) after it, a stacker that subjoins the
 * next consonant (Khmer ្, Burmese ္) or a vowel written before its consonant (Thai เ, Lao ເ)
 * before it. Repeating the value's first word (วัน{date}) is the next test.
 */
describe.each([...unspaced])('messages/%s.json around formatted values', (locale) => {
  it('fuses no sign, stacker or leading vowel into a formatted value', () => {
    const graphemes = new Intl.Segmenter(languageTags[locale], { granularity: 'grapheme' });
    const values = samples(locale);
    const joinsForward = /[\u0e40-\u0e44\u0ec0-\u0ec4\u17d2\u1039]$/u;
    const fusesWith = (neighbour: Neighbour, value: string) => {
      const text = neighbour.before + value + neighbour.after;
      const boundaries = new Set([...graphemes.segment(text)].map((g) => g.index));
      boundaries.add(text.length);
      const start = neighbour.before.length;
      return joinsForward.test(neighbour.before) || !boundaries.has(start) || !boundaries.has(start + value.length);
    };
    const fused = formattedIn(locale).flatMap((neighbour) => {
      const value = (values[neighbour.argument] ?? []).find((sample) => fusesWith(neighbour, sample));
      return value === undefined ? [] : [`${show(neighbour)} = ${neighbour.before.slice(-8)}[${value}]${neighbour.after.slice(0, 8)}`];
    });
    expect(fused).toEqual([]);
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
