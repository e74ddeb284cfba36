import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_BODY_LIMIT, isTooLarge, isUnsized, readWithinLimit, refuseTooLarge, withReadBody } from '@/lib/http/body-limit.mjs';
import { messageTexts, pageText } from '../support/race-harness';

// A real server and a real 3 MB form post around the check server.mjs makes before Next sees the request.
describe('a form post over the limit', () => {
  let reachedApp = 0;
  // What the app saw of the last request that reached it: its declared length and its body.
  let seen = { length: '', body: '' };
  const app = (req: http.IncomingMessage, res: http.ServerResponse) => {
    reachedApp++;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen = { length: String(req.headers['content-length']), body: Buffer.concat(chunks).toString() };
      // Answered later, as Next answers after rendering: the socket must still be open by then.
      setImmediate(() => res.end('ok'));
    });
  };
  // The same order of checks as server.mjs.
  const server = http.createServer((req, res) => {
    if (isTooLarge(req.method, req.headers)) return refuseTooLarge(req, res);
    if (isUnsized(req.method, req.headers)) {
      readWithinLimit(req).then((body) => (body === null ? refuseTooLarge(req, res, FORM_BODY_LIMIT) : app(withReadBody(req, body), res)));
      return;
    }
    app(req, res);
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: string, referer: string) =>
    fetch(`${origin}/ur/consultations/book/details`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', referer: origin + referer }, body, redirect: 'manual' });

  it('answers 3 MB with a 413 page in the form page’s language, with the way back to it, and never reaches the app', async () => {
    const response = await post(new URLSearchParams({ locale: 'ur', name: 'a'.repeat(3 * 1024 * 1024) }).toString(), '/ur/consultations/book/details?topic=visa');
    expect(response.status).toBe(413);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<html lang="ur" dir="rtl">');
    const text = await pageText(html);
    for (const message of messageTexts('ur', 'Forms.tooLarge')) expect(text).toContain(message);
    expect(html).toContain('href="/ur/consultations/book/details?topic=visa"');
    expect(reachedApp).toBe(0);
  }, 60_000);

  it('lets a post at the limit through, and never links back to another site', async () => {
    const atLimit = await post('a'.repeat(FORM_BODY_LIMIT), '/en');
    expect(atLimit.status).toBe(200);
    expect(reachedApp).toBe(1);
    const elsewhere = await fetch(`${origin}/en/x`, { method: 'POST', headers: { referer: 'https://evil.example/en/form' }, body: 'a'.repeat(FORM_BODY_LIMIT + 1) });
    const html = await elsewhere.text();
    expect(html).not.toContain('evil.example');
    expect(html).toContain('href="/en"');
  }, 60_000);

  /** A post sent in chunks without Content-Length, as a script or a proxy may send it. */
  const postChunked = (chunks: string[], referer: string) =>
    new Promise<{ status: number; html: string }>((resolve, reject) => {
      const request = http.request(
        `${origin}/ur/consultations/book/details`,
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', referer: origin + referer } },
        (response) => {
          let html = '';
          response.setEncoding('utf8');
          response.on('data', (part: string) => (html += part));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, html }));
        },
      );
      request.on('error', reject);
      for (const chunk of chunks) request.write(chunk);
      request.end();
    });

  it('reads a chunked post of 3 MB only up to the limit and answers the same localised 413, never reaching the app', async () => {
    const before = reachedApp;
    const megabyte = 'a'.repeat(1024 * 1024);
    const { status, html } = await postChunked(['locale=ur&name=', megabyte, megabyte, megabyte], '/ur/consultations/book/details?topic=visa');
    expect(status).toBe(413);
    expect(html).toContain('<html lang="ur" dir="rtl">');
    const text = await pageText(html);
    for (const message of messageTexts('ur', 'Forms.tooLarge')) expect(text).toContain(message);
    expect(reachedApp).toBe(before);
  }, 60_000);

  it('hands a chunked post within the limit to the app whole, with the length it turned out to have', async () => {
    const before = reachedApp;
    const body = new URLSearchParams({ name: 'Nguyễn Thị Lan', note: 'x'.repeat(2000) }).toString();
    const { status } = await postChunked([body.slice(0, 10), body.slice(10, 1500), body.slice(1500)], '/vi');
    expect(status).toBe(200);
    expect(reachedApp).toBe(before + 1);
    expect(seen).toEqual({ length: String(Buffer.byteLength(body)), body });
  }, 60_000);
});
