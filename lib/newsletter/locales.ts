import type { Locale } from '@/lib/i18n/locales';

/** The languages Ansan Harmony is written and translated in (product brief), Korean first. */
export const newsletterLocales = ['ko', 'en', 'zh', 'ru', 'id', 'vi', 'ne', 'km'] as const satisfies readonly Locale[];

export type NewsletterLocale = (typeof newsletterLocales)[number];

export function isNewsletterLocale(value: unknown): value is NewsletterLocale {
  return typeof value === 'string' && (newsletterLocales as readonly string[]).includes(value);
}

/** The language a subscription form offers first: the page's own, else English. */
export const defaultSubscriptionLocale = (locale: Locale): NewsletterLocale => (isNewsletterLocale(locale) ? locale : 'en');
