import 'server-only';
import { db } from '@/lib/db';
import { readManageToken } from './tokens';

/**
 * The booking a link may change: signed, and of the booking's current version (a revoked link
 * changes nothing). Expiry is left to the page that shows the problem.
 */
export async function bookingOfLink(token: string): Promise<string | null> {
  return (await currentLinkClaim(token))?.bookingId ?? null;
}

/** The booking and link version a token names, when it is signed and still the current version. */
export async function currentLinkClaim(token: string): Promise<{ bookingId: string; linkVersion: number } | null> {
  const claim = readManageToken(token);
  if (!claim) return null;
  const booking = await db.consultationBooking.findUnique({ where: { id: claim.bookingId }, select: { linkVersion: true } });
  return booking?.linkVersion === claim.linkVersion ? claim : null;
}
