import { recordEvent } from '@/lib/cases/write';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import type { Db } from '@/lib/db/client';
import { addDays, cityClock, cityDayKey, cityWallTime } from '@/lib/time/seoul';
import { bookingForMessageInclude, queueBookingMessage } from './messages';

/** Reminders go out in daytime in the city, not at 3 a.m. on a worker's phone. */
export const REMINDER_HOURS = { from: '09:00', until: '21:00' } as const;

/**
 * Queues "your consultation is tomorrow" for every active booking on tomorrow's city day that has
 * not had one. Each booking is claimed by a conditional update in the same transaction as its
 * message: two instances running this at once queue each reminder once.
 */
export async function queueDueReminders(db: Db, now = new Date()): Promise<{ queued: number }> {
  const clock = cityClock(now);
  if (clock < REMINDER_HOURS.from || clock >= REMINDER_HOURS.until) return { queued: 0 };
  const tomorrow = addDays(cityDayKey(now), 1);
  const due = await db.consultationBooking.findMany({
    where: {
      status: 'BOOKED',
      reminderQueuedAt: null,
      startsAt: { gte: cityWallTime(tomorrow, '00:00'), lt: cityWallTime(addDays(tomorrow, 1), '00:00') },
    },
    select: { id: true },
  });
  let queued = 0;
  for (const { id } of due) {
    const sent = await db.$transaction(async (tx) => {
      const claim = await tx.consultationBooking.updateMany({ where: { id, reminderQueuedAt: null, status: 'BOOKED' }, data: { reminderQueuedAt: now } });
      if (claim.count !== 1) return false;
      const booking = await tx.consultationBooking.findUniqueOrThrow({ where: { id }, include: bookingForMessageInclude });
      await queueBookingMessage(tx, booking, 'consultationReminder');
      await recordEvent(tx, consultationKind, booking.caseId, { event: 'reminder_sent', actor: { type: 'system' }, at: now });
      return true;
    });
    if (sent) queued++;
  }
  return { queued };
}
