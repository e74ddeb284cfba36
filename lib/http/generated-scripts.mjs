// Plain JavaScript, shared by server.mjs and the page cache handler (both run in one process).
// The inline scripts Next.js wrote into the pages it generated (at build time, or when a cached
// page is regenerated), by their sha256. The Content-Security-Policy of a prerendered page names
// only these: a script that reached the response some other way is not named, so the browser
// refuses it (docs/decisions/028).
import crypto from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const NONCE_ATTRIBUTE = /\bnonce=["']?([A-Za-z0-9+/_=-]+)/i;
// Pages are regenerated with new data (an RSC payload per render), so the set grows; the oldest
// hashes go first, and a page regenerated since is named again when it is cached again.
const MAX_TRUSTED = 100_000;
const registry = (globalThis[Symbol.for('portal.csp.generated-scripts')] ??= new Map());

export const scriptHash = (body) => `'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/** Every non-empty inline script of an HTML document: its hash and the nonce it carries, if any. */
export function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[2] ?? '';
    if (body.length === 0) continue;
    scripts.push({ hash: scriptHash(body), nonce: NONCE_ATTRIBUTE.exec(match[1] ?? '')?.[1] ?? null });
  }
  return scripts;
}

/** Records the inline scripts of a page the framework generated (called by the page cache). */
export function trustGeneratedPage(html) {
  if (typeof html !== 'string' || html.length === 0) return;
  for (const { hash } of inlineScripts(html)) {
    registry.delete(hash);
    registry.set(hash, true);
  }
  while (registry.size > MAX_TRUSTED) registry.delete(registry.keys().next().value);
}

export const isGeneratedScript = (hash) => registry.has(hash);
