import { describe, expect, it } from 'vitest';
import { oversizedUploadRedirect } from '@/lib/http/upload-limit.mjs';
import { MAX_UPLOAD_BODY_BYTES } from '@/lib/files/limits.mjs';

describe('oversized upload posts', () => {
  const over = { 'content-length': String(MAX_UPLOAD_BODY_BYTES + 1) };
  it('sends a documents post over the body limit back to its page with a message', () => {
    expect(oversizedUploadRedirect('POST', '/vi/support/apply/abc123/documents', over)).toBe('/vi/support/apply/abc123/documents?problem=tooLarge');
    expect(oversizedUploadRedirect('POST', '/ur/support/apply/abc123/documents?x=1', over)).toBe('/ur/support/apply/abc123/documents?problem=tooLarge');
  });
  it('leaves posts within the limit, other pages and other methods to the app', () => {
    expect(oversizedUploadRedirect('POST', '/vi/support/apply/abc123/documents', { 'content-length': String(MAX_UPLOAD_BODY_BYTES) })).toBeNull();
    expect(oversizedUploadRedirect('POST', '/vi/support/apply/abc123/bank', over)).toBeNull();
    expect(oversizedUploadRedirect('GET', '/vi/support/apply/abc123/documents', over)).toBeNull();
    expect(oversizedUploadRedirect('POST', '/vi/support/apply/../../documents', over)).toBeNull();
  });
});
