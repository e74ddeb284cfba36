// A form post larger than Next's server-action limit (1 MB) used to be a bare 500. server.mjs
// checks Content-Length first and answers 413 with a page in the language of the page the form
// was on, saying what to do next. The body is read and dropped (up to a bound) so the browser,
// still uploading, sees the answer instead of a reset connection. A post that does not say its
// length (chunked) is read here up to the limit and handed on whole, or refused the same way.
import { IncomingMessage } from 'node:http';
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

/**
 * A write that does not say how long it is (`Transfer-Encoding: chunked`, as a script or a proxy
 * may send it): Content-Length cannot be checked, so server.mjs reads it with `readWithinLimit`.
 */
export function isUnsized(method, headers, uploadPage = false) {
  return !uploadPage && WRITES.has(method ?? '') && headers['content-length'] === undefined && headers['transfer-encoding'] !== undefined;
}

/**
 * Reads the body while it stays within `limit` bytes: the whole body, or null as soon as it goes
 * over (the rest is left to `refuseTooLarge`, which drains it and answers 413).
 */
export function readWithinLimit(req, limit = FORM_BODY_LIMIT) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        chunks.length = 0;
        resolve(null);
      } else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.once('error', reject);
  });
}

/**
 * The request again, with its body already read: what Next reads is a real IncomingMessage on the
 * same socket, now with the Content-Length the body turned out to have.
 */
export function withReadBody(req, body) {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.httpVersion = req.httpVersion;
  const headers = { ...req.headers, 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  copy.headers = headers;
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, String(value)]));
  // Complete, as the HTTP parser marks a request it has read to the end: an incomplete message
  // that ends counts as aborted, and Node then destroys the socket the answer is to go out on.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

export function tooLargePage(url, headers) {
  const place = placeOf(url, headers);
  const { locale } = place;
  const back = place.back ?? `/${locale}`;
  const t = messagesOf(locale).Forms.tooLarge;
  return `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t.title)}</title>
<main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.text)}</p><p><a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a></p></main></html>`;
}

/**
 * Answers 413 after draining what the client sends, or cuts a connection that sends far too much.
 * `alreadyRead`: bytes `readWithinLimit` took before it stopped.
 */
export function refuseTooLarge(req, res, alreadyRead = 0) {
  const page = tooLargePage(req.url, req.headers);
  let received = alreadyRead;
  req.on('data', (chunk) => {
    received += chunk.length;
    if (received > DRAIN_LIMIT) req.destroy();
  });
  req.on('end', () => {
    res.writeHead(413, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; frame-ancestors 'none'", connection: 'close' });
    res.end(page);
  });
}
