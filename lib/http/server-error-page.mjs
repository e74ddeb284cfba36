// When a page fails on the server (the database unreachable, a bug), Next answers 500 with its
// error boundary, which renders only in the browser: without JavaScript the reader got a title and
// an empty body. server.mjs puts this page in its place for every HTML page answered 5xx: in the
// page's language (right-to-left for Urdu), saying that nothing saved is lost and what to do next
// (try again, a centre's phone number, home), with the request id to quote. Client navigations
// (RSC payloads) and server-action fetches are not HTML and keep Next's own handling (error.tsx).
import { directionOf, escapeHtml, messagesOf, placeOf } from './page-locale.mjs';

/** The page, for a request to `url` (a GET is retried at its own address, a POST from the page it came from). */
export function serverErrorPage({ method, url, headers, requestId }) {
  const place = placeOf(url, headers);
  const { locale } = place;
  const messages = messagesOf(locale);
  const t = messages.Error;
  const retry = method === 'GET' || method === 'HEAD' ? url : (place.back ?? `/${locale}`);
  const link = (href, text) => `<li><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></li>`;
  const reference = requestId ? `<p class="ref">${escapeHtml(t.reference.replace('{digest}', requestId))}</p>` : '';
  return `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.title)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b4f9c}li{margin:.5rem 0}.ref{color:#555;font-size:.875rem}</style>
<main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p><ul>${link(retry, t.retry)}${link(`/${locale}/centers`, messages.NotFound.centers)}${link(`/${locale}`, messages.Layout.nav.home)}</ul>${reference}</main></html>`;
}

/**
 * Wraps `res` so a 5xx HTML answer to a document request is replaced by serverErrorPage; install
 * it after addContentSecurityPolicy, which then computes the policy of the page actually sent.
 */
export function replaceServerErrorPages(req, res) {
  // A client-side navigation or a server action called by JavaScript: not a document.
  if (req.headers.rsc || req.headers['next-action']) return res;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  let failed = null;
  const isFailedPage = () => {
    if (failed === null && (res.headersSent || res.statusCode)) failed = res.statusCode >= 500 && String(res.getHeader('content-type') ?? '').includes('text/html');
    return failed;
  };
  res.writeHead = (status, ...rest) => {
    if (typeof status === 'number') res.statusCode = status;
    const headers = rest.find((part) => part && typeof part === 'object');
    if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (isFailedPage()) return res;
    return writeHead(res.statusCode);
  };
  res.write = (chunk, encoding, callback) => {
    if (!isFailedPage()) return write(chunk, encoding, callback);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  res.end = (chunk, encoding, callback) => {
    if (!isFailedPage()) return end(chunk, encoding, callback);
    const done = typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback;
    const page = serverErrorPage({ method: req.method, url: req.url, headers: req.headers, requestId: String(res.getHeader('x-request-id') ?? '') });
    res.removeHeader('content-length');
    res.removeHeader('link');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.writeHead = writeHead;
    return end(page, done);
  };
  return res;
}
