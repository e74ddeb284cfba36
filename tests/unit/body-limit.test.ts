import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_BODY_LIMIT, isTooLarge, refuseTooLarge } from '@/lib/http/body-limit.mjs';
import { messageTexts, pageText } from '../support/race-harness';

// A real server and a real 3 MB form post around the check server.mjs makes before Next sees the request.
describe('a form post over the limit', () => {
  let reachedApp = 0;
  const server = http.createServer((req, res) => {
    if (isTooLarge(req.method, req.headers)) return refuseTooLarge(req, res);
    reachedApp++;
    req.resume();
    req.on('end', () => res.end('ok'));
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
});
