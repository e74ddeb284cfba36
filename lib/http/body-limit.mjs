// A form post larger than Next's server-action limit (1 MB) used to be a bare 500. server.mjs
// checks Content-Length first and answers 413 with a page in the language of the page the form
// was on, saying what to do next. The body is read and dropped (up to a bound) so the browser,
// still uploading, sees the answer instead of a reset connection.
import { directionOf, escapeHtml, messagesOf, placeOf } from './page-locale.mjs';

/**
 * Every form but the document uploads: Next's default server-action limit. next.config.ts raises
 * Next's own limit for the uploads (lib/files/limits.mjs), so this check is what holds the others.
 */
export const FORM_BODY_LIMIT = 1024 * 1024;
// Beyond this the connection is cut rather than drained: nobody types 16 MB into a form.
const DRAIN_LIMIT = 16 * 1024 * 1024;
const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/** `uploadPage`: the post goes to a page that takes files, whose own limit server.mjs checks first. */
export function isTooLarge(method, headers, uploadPage = false) {
  return !uploadPage && WRITES.has(method ?? '') && Number(headers['content-length'] ?? 0) > FORM_BODY_LIMIT;
}

export function tooLargePage(url, headers) {
  const place = placeOf(url, headers);
  const { locale } = place;
  const back = place.back ?? `/${locale}`;
  const t = messagesOf(locale).Forms.tooLarge;
  return `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t.title)}</title>
<main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.text)}</p><p><a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a></p></main></html>`;
}

/** Answers 413 after draining what the client sends, or cuts a connection that sends far too much. */
export function refuseTooLarge(req, res) {
  const page = tooLargePage(req.url, req.headers);
  let received = 0;
  req.on('data', (chunk) => {
    received += chunk.length;
    if (received > DRAIN_LIMIT) req.destroy();
  });
  req.on('end', () => {
    res.writeHead(413, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; frame-ancestors 'none'", connection: 'close' });
    res.end(page);
  });
}
