import crypto from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

/**
 * Private links that are derived, not stored: "<id>.<version>.<mac>", the MAC keyed by the
 * portal's secret and bound to the link's purpose. The same record always gives the same link
 * (confirmation page, repeated submit, every email), nothing in the database can be stolen to
 * forge one, and bumping the record's version revokes every link sent so far.
 */
function mac(purpose: string, id: string, version: number): string {
  return crypto.createHmac('sha256', authSecret()).update(`${purpose}:${id}:${version}`).digest('base64url');
}

export function signedToken(purpose: string, record: { id: string; version: number }): string {
  return `${record.id}.${record.version}.${mac(purpose, record.id, record.version)}`;
}

/** The id and version a token claims, when its signature for this purpose is right; null otherwise. */
export function readSignedToken(purpose: string, token: string): { id: string; version: number } | null {
  const match = /^([a-z0-9]{10,40})\.(\d{1,6})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, id, versionText, given] = match;
  const version = Number(versionText);
  const expected = Buffer.from(mac(purpose, id!, version));
  const actual = Buffer.from(given!);
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual)) return null;
  return { id: id!, version };
}
