import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addContentSecurityPolicy, contentSecurityPolicy, inlineScriptHashes } from '@/lib/http/csp.mjs';

describe('script hashes for the Content-Security-Policy', () => {
  it('hash each inline script and ignore external ones', () => {
    const html = '<script>self.__next_f.push([1])</script><script src="/a.js"></script><script async="">x()</script>';
    const sha = (body: string) => `'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1])'), sha('x()')]);
  });

  it('allow no inline script without its hash, no plugins, no framing', () => {
    const csp = contentSecurityPolicy(["'sha256-abc='"]);
    expect(csp).toContain("script-src 'self' 'sha256-abc='");
    expect(csp.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('the response wrapper', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      addContentSecurityPolicy(res);
      if (req.url === '/page') {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.write('<html><script>one()</script>');
        res.end('<script>two()</script></html>');
      } else if (req.url === '/implicit') {
        res.setHeader('Content-Type', 'application/javascript');
        res.write('console.log(1);'); // Node writes the headers implicitly here
        res.end();
      } else {
        res.writeHead(200, { 'Content-Type': 'text/css', 'Content-Length': '4' });
        res.end('a{} ');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sets a policy with the hashes of a streamed HTML page', async () => {
    const response = await fetch(`${base}/page`);
    const body = await response.text();
    expect(body).toBe('<html><script>one()</script><script>two()</script></html>');
    expect(response.headers.get('content-security-policy')).toContain(inlineScriptHashes(body).join(' '));
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body));
  });

  it('passes other responses through untouched, implicit headers included', async () => {
    const script = await fetch(`${base}/implicit`);
    expect(await script.text()).toBe('console.log(1);');
    expect(script.headers.get('content-security-policy')).toBeNull();
    const css = await fetch(`${base}/css`);
    expect(await css.text()).toBe('a{} ');
  });
});
