import { describe, expect, it } from 'vitest';
import { isForeignWrite } from '@/lib/http/same-origin.mjs';

const host = 'portal.example';

describe('writes no page of ours sent', () => {
  it('refuses a POST without Origin, with "null", from another site or with a malformed Origin', () => {
    expect(isForeignWrite('POST', '/vi/consultations/book', { host })).toBe(true);
    expect(isForeignWrite('POST', '/admin/staff', { host, origin: 'null' })).toBe(true);
    expect(isForeignWrite('POST', '/admin/staff', { host, origin: 'https://evil.example' })).toBe(true);
    expect(isForeignWrite('DELETE', '/admin/staff', { host, origin: 'not a url' })).toBe(true);
  });

  it('lets through our own pages’ posts, every read, the API and the one-click unsubscribe mail providers post', () => {
    expect(isForeignWrite('POST', '/vi/consultations/book', { host, origin: `https://${host}` })).toBe(false);
    expect(isForeignWrite('GET', '/vi/consultations/book', { host })).toBe(false);
    expect(isForeignWrite('POST', '/api/auth/resident/sign-in', { host })).toBe(false);
    expect(isForeignWrite('POST', '/fil/newsletter/unsubscribe/abc.1.def/one-click', { host })).toBe(false);
    expect(isForeignWrite('POST', '/fil/newsletter/unsubscribe/abc.1.def', { host })).toBe(true);
  });
});
