import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
  // hreflang alternates are written by generateMetadata (lib/i18n/metadata.ts), not as headers,
  // so that prerendered pages carry them too.
  alternateLinks: false,
});
