import 'server-only';
import { cookies, headers } from 'next/headers';
import { defaultLocale, isLocale, locales, type Locale } from './locales';

export const ADMIN_LOCALE_COOKIE = 'ADMIN_LOCALE';

/**
 * The admin section has no locale in its URLs: staff choose their language (stored on their
 * account and in a cookie for the sign-in pages), else the browser's, else Korean.
 */
export async function adminLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(ADMIN_LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  const accepted = (await headers()).get('accept-language') ?? '';
  for (const part of accepted.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    const match = locales.find((l) => tag === l || tag.startsWith(`${l}-`));
    if (match) return match;
  }
  return defaultLocale;
}
