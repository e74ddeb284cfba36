import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

/**
 * Sends `/` and unprefixed paths to the visitor's language (cookie, then Accept-Language, then
 * Korean). It never runs on a path that already has a locale: measured here, running it on every
 * request cut a prerendered page from ~3,000 to ~300 requests/s (docs/decisions/002).
 * It is not an authorisation layer: guards live in the data layer and in every page and action.
 */
export default createMiddleware(routing);

export const config = {
  matcher: [
    '/',
    // Unprefixed paths without a dot, excluding API, Next internals, the admin section and locales.
    '/((?!(?:api|_next|_vercel|admin|ko|en|zh|vi|ru|uz|id|km|ne|th|fil|mn|my|si|bn|lo|ur)(?:/|$))[^.]*)',
  ],
};
