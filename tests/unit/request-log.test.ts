import http from 'node:http';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestLog, loggablePath } from '@/lib/http/request-log.mjs';

// A real HTTP server and client around the logger server.mjs uses; the server reads the body and
// echoes nothing, as a form post would be answered.
describe('the request log', () => {
  const lines: string[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  const logRequest = createRequestLog(sink);
  const server = http.createServer((req, res) => {
    logRequest(req, res);
    req.resume();
    req.on('end', () => {
      res.writeHead(303, { location: '/en/consultations/book/check', 'set-cookie': 'portal_session=secret-session-value' });
      res.end();
    });
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const lineFor = async (id: string) => {
    for (let i = 0; i < 200 && !lines.some((l) => l.includes(id)); i++) await new Promise((resolve) => setImmediate(resolve));
    return lines.find((l) => l.includes(id));
  };

  it('holds one JSON line per request with its id, method, path, status and duration, and nothing personal', async () => {
    const token = 'eyJpZCI6ImNtM3h5ejEyMzQ1Njc4OTAiLCJ2ZXJzaW9uIjoxfQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const body = new URLSearchParams({ name: 'Nguyen Van An', email: 'an.nguyen@example.org', phone: '010-1234-5678' }).toString();
    const response = await fetch(`${origin}/en/consultations/manage/${token}?email=an.nguyen%40example.org&phone=01012345678`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'portal_session=secret-session-value', 'user-agent': 'Resident Browser' },
      body,
      redirect: 'manual',
    });
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await lineFor(id);
    const entry = JSON.parse(line!);
    expect(Object.keys(entry).sort()).toEqual(['durationMs', 'finished', 'level', 'method', 'msg', 'path', 'requestId', 'status', 'time']);
    expect(entry).toMatchObject({ requestId: id, method: 'POST', path: '/en/consultations/manage/:x', status: 303, level: 'info', finished: true });
    expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    for (const personal of ['an.nguyen', 'example.org', '1234', 'Nguyen', token.slice(0, 12), 'secret-session-value', 'Resident Browser', '127.0.0.1', '?']) {
      expect(line).not.toContain(personal);
    }
  });

  it('keeps an id the proxy in front gave the request, and refuses one that is not an id', async () => {
    const given = await fetch(`${origin}/en`, { headers: { 'x-request-id': 'nginx-0123456789abcdef' }, redirect: 'manual' });
    expect(given.headers.get('x-request-id')).toBe('nginx-0123456789abcdef');
    const odd = await fetch(`${origin}/en`, { headers: { 'x-request-id': 'an.nguyen@example.org' }, redirect: 'manual' });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('masks every path segment that is not plainly a route word', () => {
    expect(loggablePath('/ko/consultations/book/check?draft=abc')).toBe('/ko/consultations/book/check');
    expect(loggablePath('/admin/cases/cm3xyz1234567890abcdefghi')).toBe('/admin/cases/:x');
    expect(loggablePath('/en/newsletter/unsubscribe/AbC_dEf-123')).toBe('/en/newsletter/unsubscribe/:x');
    expect(loggablePath('/en/residents/an.nguyen%40example.org')).toBe('/en/residents/:x');
    expect(loggablePath('/fonts/files/noto-sans-kr-400.woff2')).toBe('/fonts/files/noto-sans-kr-400.woff2');
    expect(loggablePath('/')).toBe('/');
  });
});
