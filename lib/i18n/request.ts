import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';
import { loadMessages } from './messages';
import { adminLocale } from './admin-locale';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // Public pages always carry a locale segment; only the admin section (dynamic, no segment)
  // asks the visitor's cookie. An unknown segment (/favicon.ico, /xx) must not read cookies:
  // that would turn the prerendered locale routes dynamic.
  const locale = hasLocale(routing.locales, requested) ? requested : requested === undefined ? await adminLocale() : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: 'Asia/Seoul',
    now: undefined,
  };
});
