import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The language of the page that started an auth call, for emails sent from inside the auth
 * library's callbacks (which only receive the user and the code).
 */
const storage = new AsyncLocalStorage<Locale>();

export const withRequestLocale = <T>(locale: Locale, run: () => Promise<T>) => storage.run(locale, run);
export const currentRequestLocale = (): Locale | undefined => storage.getStore();
