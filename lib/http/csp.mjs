// Plain JavaScript for server.mjs. A Content-Security-Policy without 'unsafe-inline' scripts that
// keeps public pages static (docs/decisions/007, 028). Each request gets a nonce, which Next.js
// puts on the scripts it writes into a page rendered for that request; a prerendered page cannot
// carry one, so its policy names the hashes of the inline scripts Next generated into it (recorded
// by the page cache, lib/http/page-cache.mjs). An inline script that is neither is left out of the
// policy, and the browser refuses it: markup that slipped into a response does not run.
import crypto from 'node:crypto';
import { inlineScripts, isGeneratedScript } from './generated-scripts.mjs';

export const createNonce = () => crypto.randomBytes(18).toString('base64');

/** The request header Next.js reads its nonce from (it never reaches the browser). */
export const nonceRequestHeader = (nonce) => `script-src 'nonce-${nonce}'`;

/**
 * The script sources for one HTML response: its nonce, and the hashes of those inline scripts
 * without it that the framework generated. `refused` lists the hashes of the others.
 */
/**
 * @param {string} html
 * @param {string | null} nonce
 * @param {(hash: string) => boolean} [isGenerated]
 */
export function scriptSources(html, nonce, isGenerated = isGeneratedScript) {
  const allowed = new Set();
  const refused = new Set();
  for (const script of inlineScripts(html)) {
    if (nonce && script.nonce === nonce) continue;
    (isGenerated(script.hash) ? allowed : refused).add(script.hash);
  }
  return { sources: [...(nonce ? [`'nonce-${nonce}'`] : []), ...allowed], refused: [...refused] };
}

export function contentSecurityPolicy(scriptSourcesList) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSourcesList.join(' ')}`.trim(),
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
 * Wraps a response so that, if it turns out to be HTML, its body is collected, its policy set
 * (scriptSources) and it is sent in one piece. Anything else streams through.
 */
/**
 * @param {import('node:http').ServerResponse} res
 * @param {{ nonce?: string | null, onRefused?: (hashes: string[]) => void, isGenerated?: (hash: string) => boolean }} [options]
 */
export function addContentSecurityPolicy(res, { nonce = null, onRefused = () => {}, isGenerated = isGeneratedScript } = {}) {
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
    const { sources, refused } = scriptSources(body.toString('utf8'), nonce, isGenerated);
    if (refused.length) onRefused(refused);
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(sources));
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
