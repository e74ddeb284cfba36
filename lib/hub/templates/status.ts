import { locales, type Locale } from '@/lib/i18n/locales';

/**
 * How a language's version of a template stands against the source (Korean): made from the
 * source's current revision, made from an older one (the source changed since: it needs an
 * update), or not there at all. The source language's own version is always current.
 */
export type TranslationStatus = 'current' | 'outdated' | 'missing';

export type VersionStamp = { locale: string; revision: number; sourceRevision: number };

export function translationStatus(template: { sourceRevision: number }, version: VersionStamp | undefined): TranslationStatus {
  if (!version) return 'missing';
  return version.sourceRevision >= template.sourceRevision ? 'current' : 'outdated';
}

/** Every locale's status, in the portal's order. */
export function statusesOf(template: { sourceRevision: number }, current: ReadonlyMap<string, VersionStamp>): Record<Locale, TranslationStatus> {
  return Object.fromEntries(locales.map((locale) => [locale, translationStatus(template, current.get(locale))])) as Record<Locale, TranslationStatus>;
}
