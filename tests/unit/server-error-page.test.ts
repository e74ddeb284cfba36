import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceServerErrorPages } from '@/lib/http/server-error-page.mjs';
import { addContentSecurityPolicy } from '@/lib/http/csp.mjs';
import { locales } from '@/lib/i18n/locales';
import { messageTexts, pageText } from '../support/race-harness';

// A real server wrapped as server.mjs wraps Next: the CSP first, then the error-page replacement.
// The handler answers as Next does when a page fails: 500, HTML, the error boundary's shell.
describe('a page that failed on the server', () => {
  const server = http.createServer((req, res) => {
    addContentSecurityPolicy(res, { nonce: 'n0nce' });
    res.setHeader('x-request-id', 'req-1234-abcd');
    replaceServerErrorPages(req, res);
    const url = new URL(req.url ?? '/', 'http://x');
    res.statusCode = Number(url.searchParams.get('status') ?? 500);
    res.setHeader('content-type', url.searchParams.get('type') ?? 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    res.write('<!DOCTYPE html><html><head><title>Check your answers</title></head>');
    res.end('<body><script nonce="n0nce">self.__next_f=[]</script></body></html>');
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is answered, in every locale, with its error page: what happened, what to do next, the request id', async () => {
    for (const locale of locales) {
      const response = await fetch(`${origin}/${locale}/consultations/book/check?draft=abc`);
      expect(response.status).toBe(500);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      expect(html).toContain(`<html lang="${locale}" dir="${locale === 'ur' ? 'rtl' : 'ltr'}">`);
      const text = await pageText(html);
      for (const message of messageTexts(locale, 'Error').filter((m) => !m.includes('{digest}'))) expect(text, locale).toContain(message);
      expect(text).toContain('req-1234-abcd');
      expect(html).toContain(`href="/${locale}/consultations/book/check?draft=abc"`);
      expect(html).toContain(`href="/${locale}/centers"`);
      expect(html).not.toContain('Check your answers');
      expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(html));
    }
  }, 60_000);

  it('sends a failed form post back to the page the form was on, never to another site', async () => {
    const post = (referer: string) => fetch(`${origin}/vi/consultations/book/check`, { method: 'POST', headers: { referer, host: new URL(origin).host }, body: 'x=1' }).then((r) => r.text());
    expect(await post(`${origin}/vi/consultations/book/details?topic=visa`)).toContain('href="/vi/consultations/book/details?topic=visa"');
    const elsewhere = await post('https://elsewhere.example/vi/x');
    expect(elsewhere).not.toContain('elsewhere.example');
    expect(elsewhere).toContain('href="/vi"');
  });

  it('leaves alone what is not a failed document: a page that worked, a client navigation, an API error', async () => {
    const ok = await fetch(`${origin}/en/centers?status=200`);
    expect(await ok.text()).toContain('Check your answers');
    const navigation = await fetch(`${origin}/en/consultations/book/check`, { headers: { rsc: '1' } });
    expect(navigation.status).toBe(500);
    expect(await navigation.text()).toContain('Check your answers');
    const api = await fetch(`${origin}/api/thing?type=application/json`);
    expect(api.status).toBe(500);
    expect(await api.text()).toContain('Check your answers');
  });
});
