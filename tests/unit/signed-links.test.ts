import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authSecret, purposeKey } from '@/lib/auth/secret';
import { readSignedToken, signedToken } from '@/lib/links/signed';

const record = { id: 'cmx5abcdefghijk', version: 2 };
/** A link as the portal signed them before the keys were split: keyed by the secret itself. */
const legacyToken = (purpose: string) => `${record.id}.${record.version}.${crypto.createHmac('sha256', authSecret()).update(`${purpose}:${record.id}:${record.version}`).digest('base64url')}`;

describe('signed links and per-purpose keys', () => {
  it('derives a different key for each purpose, none of them the secret itself', () => {
    const link = purposeKey('signed-link');
    const code = purposeKey('one-time-code');
    expect(link).toHaveLength(32);
    expect(link.equals(code)).toBe(false);
    expect(link.equals(Buffer.from(authSecret()))).toBe(false);
  });

  it('reads a link for its own purpose only, and not after a change of a character or of the version', () => {
    const token = signedToken('consultation-manage', record);
    expect(readSignedToken('consultation-manage', token)).toEqual(record);
    expect(readSignedToken('newsletter-unsubscribe', token)).toBeNull();
    expect(readSignedToken('consultation-manage', token.replace('.2.', '.3.'))).toBeNull();
    expect(readSignedToken('consultation-manage', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
  });

  it('still opens links emailed before the keys were split until their appointments are long past, then no more', () => {
    const old = legacyToken('consultation-manage');
    expect(old).not.toBe(signedToken('consultation-manage', record));
    expect(readSignedToken('consultation-manage', old, Date.parse('2027-01-15T00:00:00Z'))).toEqual(record);
    expect(readSignedToken('consultation-manage', old, Date.parse('2027-02-02T00:00:00Z'))).toBeNull();
  });
});
