import crypto from 'node:crypto';
import { authSecret, purposeKey } from '@/lib/auth/secret';

/**
 * Private links that are derived, not stored: "<id>.<version>.<mac>", the MAC keyed by the
 * portal's secret and bound to the link's purpose. The same record always gives the same link
 * (confirmation page, repeated submit, every email), nothing in the database can be stolen to
 * forge one, and bumping the record's version revokes every link sent so far.
 */
function mac(purpose: string, id: string, version: number, key: crypto.BinaryLike = purposeKey('signed-link')): string {
  return crypto.createHmac('sha256', key).update(`${purpose}:${id}:${version}`).digest('base64url');
}

/**
 * Links emailed before the keys were split (2026-12-02) were keyed by the secret itself. A manage
 * link lives at most 28 days before its appointment and 30 after, so they are accepted until then.
 */
const LEGACY_KEY_UNTIL = Date.parse('2027-02-01T00:00:00Z');

const sameMac = (expected: string, given: string) => {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
};

export function signedToken(purpose: string, record: { id: string; version: number }): string {
  return `${record.id}.${record.version}.${mac(purpose, record.id, record.version)}`;
}

/** The id and version a token claims, when its signature for this purpose is right; null otherwise. */
export function readSignedToken(purpose: string, token: string, now = Date.now()): { id: string; version: number } | null {
  const match = /^([a-z0-9]{10,40})\.(\d{1,6})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, id, versionText, given] = match;
  const version = Number(versionText);
  if (sameMac(mac(purpose, id!, version), given!)) return { id: id!, version };
  if (now < LEGACY_KEY_UNTIL && sameMac(mac(purpose, id!, version, authSecret()), given!)) return { id: id!, version };
  return null;
}
