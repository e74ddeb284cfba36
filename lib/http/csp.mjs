// Plain JavaScript for server.mjs. A Content-Security-Policy without 'unsafe-inline' scripts that
// keeps pages static (docs/decisions/007): instead of per-request nonces (which force dynamic
// rendering), the server hashes the inline scripts of each HTML response it sends, so a page
// served from the static cache gets a policy naming exactly its own scripts.
import crypto from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** sha256 sources for every inline script in an HTML document. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? '';
    if (body.length === 0) continue;
    hashes.add(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // React writes a few style attributes (text size); no inline scripts are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Wraps a response so that, if it turns out to be HTML, its body is collected, a CSP with the
 * hashes of its inline scripts is set, and it is sent in one piece. Anything else streams through.
 */
export function addContentSecurityPolicy(res) {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  let head = null;
  let html = null;
  const chunks = [];

  const headerValue = (name) => {
    const fromHead = head?.find((part) => part && typeof part === 'object')?.[name];
    return String(fromHead ?? res.getHeader(name) ?? '');
  };
  const isHtml = () => (html ??= headerValue('content-type').includes('text/html'));
  const flushHead = () => {
    if (head) writeHead(...head);
    head = null;
  };
  const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));

  // Node calls writeHead itself (implicit headers) before the first body bytes of a response
  // nobody wrote headers for; anything not HTML must therefore pass straight through.
  res.writeHead = (...args) => {
    head = args;
    if (!isHtml()) flushHead();
    return res;
  };
  res.write = (chunk, encoding, callback) => {
    if (!isHtml()) {
      flushHead();
      return write(chunk, encoding, callback);
    }
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  res.end = (chunk, encoding, callback) => {
    const done = typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback;
    if (chunk && typeof chunk !== 'function') {
      if (!isHtml()) {
        flushHead();
        return end(chunk, encoding, callback);
      }
      chunks.push(toBuffer(chunk, encoding));
    }
    if (!isHtml()) {
      flushHead();
      return end(done);
    }
    const body = Buffer.concat(chunks);
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(inlineScriptHashes(body.toString('utf8'))));
    if (head) {
      const headers = head.find((part) => part && typeof part === 'object');
      if (headers) {
        for (const key of Object.keys(headers)) if (key.toLowerCase() === 'content-length') delete headers[key];
      }
    }
    res.removeHeader('Content-Length');
    if (!res.headersSent) res.setHeader('Content-Length', body.length);
    res.writeHead = writeHead; // from here on Node may write the headers itself
    flushHead();
    return end(body, done);
  };
  return res;
}
