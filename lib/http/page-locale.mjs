// What server.mjs needs to answer a page of its own (413, the server-error page) in the reader's
// language: the locales (the message files, since plain Node cannot import lib/i18n/locales.ts),
// the locale of the page a request came from, and that locale's messages.
import fs from 'node:fs';
import path from 'node:path';

const messagesDir = path.join(process.cwd(), 'messages');
export const locales = new Set(fs.readdirSync(messagesDir).map((name) => name.replace(/\.json$/, '')));
export const defaultLocale = 'ko';
const RIGHT_TO_LEFT = new Set(['ur']);
export const directionOf = (locale) => (RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr');
export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const cache = new Map();
/** messages/<locale>.json, read once per process. */
export function messagesOf(locale) {
  if (!cache.has(locale)) cache.set(locale, JSON.parse(fs.readFileSync(path.join(messagesDir, `${locale}.json`), 'utf8')));
  return cache.get(locale);
}

/** The page's language: the form's page (Referer) or the requested path, Korean otherwise; the way back only to our own pages. */
export function placeOf(url, headers) {
  let back = null;
  try {
    const referer = new URL(headers.referer ?? '');
    if (referer.host === headers.host) back = referer.pathname + referer.search;
  } catch {
    // No usable Referer: the page still says what to do, with a link home.
  }
  const first = (back ?? url ?? '/').split('/')[1]?.split(/[?#]/)[0];
  const locale = first && locales.has(first) ? first : defaultLocale;
  return { locale, back };
}
