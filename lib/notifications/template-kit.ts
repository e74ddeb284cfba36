import { createTranslator } from 'use-intl/core';
import { z } from 'zod';
import { directionOf, type Locale } from '@/lib/i18n/locales';
import { CITY_TIME_ZONE, cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { messagesFor } from './messages';
import type { EmailContent } from './email-layout';
import type { SecretKind } from './secrets';

/** Translates a key of one `Email.*` namespace; every value is a string already formatted. */
export type Translate = (key: string, values?: Record<string, string>) => string;

export type TemplateContext<P> = {
  params: P;
  locale: Locale;
  /** Keys under `Email.<template>`. */
  t: Translate;
  /** Keys under `Email.common`, shared by several templates (channel names, ...). */
  common: Translate;
  /** A moment in the city's zone, in the reader's language, with the zone named. */
  at(date: Date): { date: string; time: string; zone: string };
};

/** The params of a template that hold text, the only ones that can carry a secret. */
type TextParams<P> = { [K in keyof P as P[K] extends string ? K : never]?: SecretKind };

export type TemplateDefinition<S extends z.ZodType = z.ZodType> = {
  params: S;
  /**
   * Every param that lets its reader act as the recipient (a code, a link with a token), and
   * its kind. Required, `{}` when there is none, so each template decides: staff see a copy
   * with these masked (docs/decisions/010), and tests/unit/mail-secrets.test.ts fails when a
   * param that looks like a secret is not named here.
   */
  secrets: TextParams<z.output<S>>;
  /**
   * Where its words are, when not under `Email.<template>`: a service keeps its emails' words in
   * its own namespace (e.g. `Support.email.submitted`), so its translations merge with its pages'.
   */
  messages?: string;
  build(context: TemplateContext<z.output<S>>): EmailContent;
};

export const defineTemplate = <S extends z.ZodType>(definition: TemplateDefinition<S>) => definition;

/** Shared parameter schemas: links only over http(s), so no `javascript:` can reach an href. */
export const paramSchemas = {
  url: z.url({ protocol: /^https?$/ }),
  email: z.email(),
  moment: z.date(),
};

// U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE: an address, code or name inside
// right-to-left text keeps its own direction instead of being reordered with its neighbours.
const isolate = (value: string) => `\u2068${value}\u2069`;

/** A translator for `Email.<namespace>`, or for `fullNamespace` as given. */
export function translatorFor(locale: Locale, namespace: string, fullNamespace = `Email.${namespace}`): Translate {
  // Keys are checked by the messages and email-template tests, not by types: the catalogs are
  // typed loosely, one type for all 17 JSON files.
  const t: Translate = createTranslator({
    // The portal's locale code: for uz, zh and mn, CLDR's default script is the one languageTags
    // names, so plurals and numbers come out the same as with the full tag.
    locale,
    messages: messagesFor(locale),
    namespace: fullNamespace,
    timeZone: CITY_TIME_ZONE,
    // A missing or broken message must stop the email rather than send "Email.x.y" to a resident.
    onError(error) {
      throw error;
    },
  }) as unknown as Translate;
  const rtl = directionOf(locale) === 'rtl';
  return (key, values) => {
    const prepared = values && rtl ? Object.fromEntries(Object.entries(values).map(([k, v]) => [k, isolate(v)])) : values;
    return t(key, prepared);
  };
}

export function momentIn(locale: Locale) {
  return (date: Date) => ({
    date: formatCityDate(date, locale),
    time: formatCityTime(date, locale),
    zone: cityZoneName(locale, date),
  });
}
