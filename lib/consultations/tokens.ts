import { readSignedToken, signedToken } from '@/lib/links/signed';

/**
 * The private manage link's token: a signed link (lib/links) of the booking and its linkVersion.
 * Bumping the booking's linkVersion revokes every link sent so far.
 */
const PURPOSE = 'consultation-manage';

export const manageToken = (booking: { id: string; linkVersion: number }) => signedToken(PURPOSE, { id: booking.id, version: booking.linkVersion });

/** The booking id and version a token claims, when its signature is right; null otherwise. */
export function readManageToken(token: string): { bookingId: string; linkVersion: number } | null {
  const claim = readSignedToken(PURPOSE, token);
  return claim ? { bookingId: claim.id, linkVersion: claim.version } : null;
}

/** How long after the appointment its link keeps working (to see what happened, get the .ics). */
export const MANAGE_LINK_DAYS_AFTER = 30;

export function manageLinkExpired(endsAt: Date, now: Date): boolean {
  return now.getTime() > endsAt.getTime() + MANAGE_LINK_DAYS_AFTER * 86_400_000;
}
