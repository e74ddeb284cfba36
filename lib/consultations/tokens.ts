import crypto from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

/**
 * The private manage link's token: "<bookingId>.<linkVersion>.<mac>". Derived, not stored, so the
 * confirmation page, a repeated submit and every email produce the same link, and nothing in the
 * database can be stolen to forge one. Bumping the booking's linkVersion revokes all links sent.
 */
function mac(bookingId: string, version: number): string {
  return crypto.createHmac('sha256', authSecret()).update(`consultation-manage:${bookingId}:${version}`).digest('base64url');
}

export function manageToken(booking: { id: string; linkVersion: number }): string {
  return `${booking.id}.${booking.linkVersion}.${mac(booking.id, booking.linkVersion)}`;
}

/** The booking id and version a token claims, when its signature is right; null otherwise. */
export function readManageToken(token: string): { bookingId: string; linkVersion: number } | null {
  const match = /^([a-z0-9]{10,40})\.(\d{1,6})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, bookingId, versionText, given] = match;
  const version = Number(versionText);
  const expected = Buffer.from(mac(bookingId!, version));
  const actual = Buffer.from(given!);
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual)) return null;
  return { bookingId: bookingId!, linkVersion: version };
}

/** How long after the appointment its link keeps working (to see what happened, get the .ics). */
export const MANAGE_LINK_DAYS_AFTER = 30;

export function manageLinkExpired(endsAt: Date, now: Date): boolean {
  return now.getTime() > endsAt.getTime() + MANAGE_LINK_DAYS_AFTER * 86_400_000;
}
