// The production server: Next.js behind a thin Node HTTP layer that does what the
// framework cannot do safely on its own (docs/decisions/006):
// 1. It records the client's real address in x-portal-client-ip, replacing anything the client
//    sent. Next only fills X-Forwarded-For when it is absent, so a client could choose its own
//    address and escape per-address throttling. Behind proxies listed in TRUSTED_PROXIES the
//    first untrusted hop of X-Forwarded-For is used instead.
// 2. It gives every request a script nonce and sets a Content-Security-Policy that allows only
//    the scripts Next.js wrote: those carrying the nonce on a page rendered for the request, and
//    on a prerendered page the inline scripts generated into it (lib/http/csp.mjs, decision 028).
//    It compresses responses after the policy is computed, so it hashes plain text.
// 3. It refuses writes (POST, …) that no page of ours sent: without Origin, or from another site
//    (lib/http/same-origin.mjs).
// 4. It refuses to start without AUTH_SECRET and SUPPORT_DATA_KEY, which all instances must share.
// 5. It refuses to start when the SQLite file it was pointed at is missing (lib/http/database-preflight.mjs).
// 6. It writes one JSON line per request, with nothing personal in it (lib/http/request-log.mjs).
// 7. It answers a form post over 1 MB with a localised 413 page, not a 500 (lib/http/body-limit.mjs),
//    (a chunked post without Content-Length is read up to the limit first, then passed on whole),
//    except on the document upload pages, whose larger limit sends an oversized post back to its
//    page with a message at the field (lib/http/upload-limit.mjs).
// 8. It answers a page that failed on the server (the database down) with a localised page that
//    says what to do next, readable without JavaScript (lib/http/server-error-page.mjs).
// 9. It drops x-middleware-subrequest and other internal headers from outside requests
//    (CVE-2025-29927 bypassed middleware with it); authorisation never relies on the proxy anyway.
import crypto from 'node:crypto';
import http from 'node:http';
import compression from 'compression';
import next from 'next';
import { clientAddress, parseTrustedProxies } from './lib/http/client-address.mjs';
import { missingDatabaseProblem } from './lib/http/database-preflight.mjs';
import { createRequestLog } from './lib/http/request-log.mjs';
import { FORM_BODY_LIMIT, isTooLarge, isUnsized, readWithinLimit, refuseTooLarge, withReadBody } from './lib/http/body-limit.mjs';
import { addContentSecurityPolicy, createNonce, nonceRequestHeader } from './lib/http/csp.mjs';
import { FOREIGN_WRITE_PAGE, isForeignWrite } from './lib/http/same-origin.mjs';
import { isUploadPage, oversizedUploadRedirect } from './lib/http/upload-limit.mjs';
import { replaceServerErrorPages } from './lib/http/server-error-page.mjs';

const CLIENT_IP_HEADER = 'x-portal-client-ip';
// The app believes CLIENT_IP_HEADER only next to this process's key, so a portal started some
// other way (plain `next start`) cannot be fooled by a client sending the header itself.
const PROXY_KEY_HEADER = 'x-portal-proxy-key';
process.env.PORTAL_PROXY_KEY = crypto.randomBytes(24).toString('hex');
const INTERNAL_HEADERS = ['x-portal-proxy-key', 'x-middleware-subrequest', 'x-middleware-prefetch', 'x-invoke-path', 'x-invoke-query', 'x-invoke-status', 'x-invoke-error', 'x-now-route-matches'];
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);

// Every instance must sign and check with the same secret: one made up per instance would sign
// people out, and break their links, whenever another instance answers. Only `npm start` on a
// single machine may fall back to the key it keeps under data/ (PORTAL_LOCAL_SECRETS=1).
const missingSecrets = [
  ['AUTH_SECRET', 'the same value (32 or more characters) for every instance, e.g. `openssl rand -base64 32`'],
  ['SUPPORT_DATA_KEY', 'the key that seals emergency-support answers: 64 hexadecimal digits, e.g. `openssl rand -hex 32`, kept outside the database'],
].filter(([name]) => !process.env[name]);
if (missingSecrets.length && process.env.PORTAL_LOCAL_SECRETS !== '1') {
  for (const [name, what] of missingSecrets) console.error(`${name} is not set. Set ${what}.`);
  process.exit(1);
}
const databaseProblem = missingDatabaseProblem();
if (databaseProblem) {
  console.error(databaseProblem);
  process.exit(1);
}

// An inline script the framework did not write reached a page: a rendering bug or an injection.
// The browser refuses it; the log says where, so it can be found (no query string: personal data).
function reportRefusedScripts(req, hashes) {
  const path = (req.url ?? '').split('?')[0];
  console.warn(JSON.stringify({ event: 'csp.inline-script-refused', path, scripts: hashes }));
}

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
const compress = compression();
const logRequest = createRequestLog();
await app.prepare();

http
  .createServer((req, res) => {
    for (const name of INTERNAL_HEADERS) delete req.headers[name];
    logRequest(req, res);
    if (isForeignWrite(req.method, req.url, req.headers)) {
      res.writeHead(403, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(FOREIGN_WRITE_PAGE);
      return;
    }
    const tooLargeUpload = oversizedUploadRedirect(req.method, req.url, req.headers);
    if (tooLargeUpload) {
      // The connection closes: the unread body is not worth receiving.
      res.writeHead(303, { location: tooLargeUpload, connection: 'close', 'cache-control': 'no-store' });
      res.end();
      return;
    }
    const uploadPage = isUploadPage(req.url);
    if (isTooLarge(req.method, req.headers, uploadPage)) {
      refuseTooLarge(req, res);
      return;
    }
    if (isUnsized(req.method, req.headers, uploadPage)) {
      readWithinLimit(req).then(
        (body) => (body === null ? refuseTooLarge(req, res, FORM_BODY_LIMIT) : serve(withReadBody(req, body), res)),
        () => res.destroy(),
      );
      return;
    }
    serve(req, res);
  })
  .listen(port, hostname, () => console.log(`Portal ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));

/** What every request that passed the checks above gets: its client address, a nonce, the policy, compression. */
function serve(req, res) {
  req.headers[CLIENT_IP_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustedProxies);
  req.headers[PROXY_KEY_HEADER] = process.env.PORTAL_PROXY_KEY;
  // Whatever policy the client sent is replaced: Next reads its nonce from this header.
  const nonce = createNonce();
  req.headers['content-security-policy'] = nonceRequestHeader(nonce);
  delete req.headers['content-security-policy-report-only'];
  compress(req, res, () => {
    addContentSecurityPolicy(res, { nonce, onRefused: (hashes) => reportRefusedScripts(req, hashes) });
    replaceServerErrorPages(req, res);
    handle(req, res);
  });
}
