import type { Db } from '@/lib/db/client';
import { bookingForMessageInclude, queueBookingMessage } from './messages';

export type NewLinkResult = { kind: 'replaced'; bookingId: string; linkVersion: number } | { kind: 'stale' };

/**
 * "Someone else may have my link": the booking's link version goes up, which revokes every link
 * sent so far, and the confirmation goes out again with the new one, to the email or phone the
 * booking was made with (never to an address the requester names). Conditional on the version
 * the request was made with, so two presses make one new link, not two; only for a booking still
 * to come (a cancelled or past one has nothing left to change).
 */
export async function replaceManageLink(db: Db, bookingId: string, fromVersion: number): Promise<NewLinkResult> {
  return db.$transaction(async (tx) => {
    const bumped = await tx.consultationBooking.updateMany({ where: { id: bookingId, linkVersion: fromVersion, status: 'BOOKED' }, data: { linkVersion: { increment: 1 } } });
    if (bumped.count !== 1) return { kind: 'stale' } as const;
    const booking = await tx.consultationBooking.findUniqueOrThrow({ where: { id: bookingId }, include: bookingForMessageInclude });
    await queueBookingMessage(tx, booking, 'consultationBooked');
    return { kind: 'replaced', bookingId, linkVersion: booking.linkVersion } as const;
  });
}
