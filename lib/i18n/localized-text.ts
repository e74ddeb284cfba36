import { z } from 'zod';
import { fallbackChain, isLocale, type Locale } from './locales';

/**
 * Staff-written text in several languages: one JSON object per field, keyed by locale.
 * Reading it always says which language was actually found, so the page can tell the reader
 * "not yet available in Khmer, shown in English" and mark the text with the right `lang`.
 */
export type LocalizedText = Partial<Record<Locale, string>>;

export const localizedTextSchema = z.record(z.string(), z.string()).transform((value) => Object.fromEntries(Object.entries(value).filter(([k, v]) => isLocale(k) && v.trim() !== '')) as LocalizedText);

export type ResolvedText = { text: string; locale: Locale; isFallback: boolean };

export function resolveText(value: unknown, locale: Locale): ResolvedText {
  const parsed = localizedTextSchema.safeParse(value ?? {});
  const text = parsed.success ? parsed.data : {};
  for (const candidate of fallbackChain(locale)) {
    const found = text[candidate];
    if (found) return { text: found, locale: candidate, isFallback: candidate !== locale };
  }
  const [anyLocale, anyText] = (Object.entries(text)[0] ?? []) as [Locale | undefined, string | undefined];
  if (anyLocale && anyText) return { text: anyText, locale: anyLocale, isFallback: true };
  return { text: '', locale, isFallback: false };
}
