import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';
import { loadMessages } from './messages';
import { adminLocale } from './admin-locale';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // Public pages always carry a locale; only the admin section (dynamic) reaches the fallback.
  const locale = hasLocale(routing.locales, requested) ? requested : await adminLocale();
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: 'Asia/Seoul',
    now: undefined,
  };
});
