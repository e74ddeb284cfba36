import type { Locale } from '@/lib/i18n/locales';
import { localizedTextSchema, resolveText, type ResolvedText } from '@/lib/i18n/localized-text';
import { inForce } from './in-force';

export type AlertText = { title: ResolvedText; body: ResolvedText };

/**
 * What an urgent alert says to a reader of `locale`: their language when it was written, else
 * (`missing`) the Korean and the English text side by side, as written, so nobody reads a
 * disaster message in one guessed language; when neither exists, the best other version.
 */
export function alertFor(notice: { title: unknown; body: unknown }, locale: Locale): { missing: boolean; texts: AlertText[] } {
  const title = localizedTextSchema.catch({}).parse(notice.title ?? {});
  if (title[locale]) return { missing: false, texts: [{ title: resolveText(notice.title, locale), body: resolveText(notice.body, locale) }] };
  const written = (['ko', 'en'] as const).filter((l) => title[l]);
  const shown: Locale[] = written.length ? [...written] : [resolveText(notice.title, locale).locale];
  return { missing: true, texts: shown.map((l) => ({ title: { ...resolveText(notice.title, l), isFallback: true }, body: { ...resolveText(notice.body, l), isFallback: true } })) };
}

/** Of the urgent notices read (perhaps a minute ago), those in force at `now`, as the reader gets them. */
export function alertsInForce(rows: readonly { id: string; title: unknown; body: unknown; startsAt: Date; endsAt: Date | null }[], locale: Locale, now: Date) {
  return rows.filter((n) => inForce(n, now)).map((n) => ({ id: n.id, ...alertFor(n, locale) }));
}
