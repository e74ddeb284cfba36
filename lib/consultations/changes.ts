import type { Db } from '@/lib/db/client';
import { recordEvent, setAssignee, setCaseFacets, transition } from '@/lib/cases/write';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { withRetries } from '@/lib/db/retry';
import { equivalentSlots, slotServes } from './availability';
import { BOOKING_TX } from './booking';
import { bookingForMessageInclude, queueBookingMessage } from './messages';
import { changeProblem, slotProblem, type ChangeProblem, type SlotProblem } from './rules';

export type RescheduleResult = { kind: 'rescheduled' } | { kind: 'not_allowed'; reason: ChangeProblem } | { kind: 'unavailable'; reason: SlotProblem | 'gone' | 'same' } | { kind: 'full' };

class Conflict extends Error {}

/**
 * Moves a booking to another slot: the new seat is taken with the same conditional increment as
 * a new booking, the old one given back, in one transaction; the booking row is updated only if
 * it is still as we read it (status and reschedule count), so two tabs cannot move it twice.
 */
export async function rescheduleBooking(db: Db, bookingId: string, newSlotId: string, now = new Date()): Promise<RescheduleResult> {
  const booking = await db.consultationBooking.findUniqueOrThrow({ where: { id: bookingId }, include: { topic: true } });
  const denied = changeProblem(booking.topic, booking, now, 'reschedule');
  if (denied) return { kind: 'not_allowed', reason: denied };
  const slot = await db.consultationSlot.findUnique({ where: { id: newSlotId } });
  if (!slot) return { kind: 'unavailable', reason: 'gone' };
  if (slot.id === booking.slotId) return { kind: 'unavailable', reason: 'same' };
  const problem = slotProblem(booking.topic, slot.startsAt, now);
  if (problem) return { kind: 'unavailable', reason: problem };

  const wish = { topicSlug: booking.topic.slug, language: booking.language, channel: booking.channel };
  // The new slot's id comes from the request: it must serve this booking's topic, language and channel.
  if (!slotServes(slot, wish)) return { kind: 'unavailable', reason: 'gone' };
  const candidates = [slot.id, ...(await equivalentSlots(db, booking.topic, wish, slot, now))].filter((id) => id !== booking.slotId);
  for (const candidate of candidates) {
    try {
      const moved = await withRetries(() =>
        db.$transaction(async (tx) => {
          const seat = await tx.consultationSlot.updateMany({
            where: { id: candidate, closed: false, booked: { lt: tx.consultationSlot.fields.capacity } },
            data: { booked: { increment: 1 } },
          });
          if (seat.count !== 1) return false;
          const target = await tx.consultationSlot.findUniqueOrThrow({ where: { id: candidate } });
          const updated = await tx.consultationBooking.updateMany({
            where: { id: booking.id, status: 'BOOKED', reschedules: booking.reschedules },
            data: {
              slotId: target.id,
              counsellorId: target.counsellorId,
              centerId: target.centerId,
              startsAt: target.startsAt,
              endsAt: target.endsAt,
              reschedules: { increment: 1 },
              calendarSequence: { increment: 1 },
              reminderQueuedAt: null,
            },
          });
          if (updated.count !== 1) throw new Conflict();
          if (booking.slotId) await tx.consultationSlot.updateMany({ where: { id: booking.slotId, booked: { gt: 0 } }, data: { booked: { decrement: 1 } } });
          // The case follows its appointment to the counsellor who now holds it.
          await setAssignee(tx, booking.caseId, target.counsellorId);
          await setCaseFacets(tx, booking.caseId, { centerId: target.centerId, dueAt: target.startsAt });
          await recordEvent(tx, consultationKind, booking.caseId, {
            event: 'rescheduled',
            actor: { type: 'resident' },
            data: { from: booking.startsAt.toISOString(), to: target.startsAt.toISOString() },
          });
          const fresh = await tx.consultationBooking.findUniqueOrThrow({ where: { id: booking.id }, include: bookingForMessageInclude });
          await queueBookingMessage(tx, fresh, 'consultationRescheduled');
          return true;
        }, BOOKING_TX),
      );
      if (moved) return { kind: 'rescheduled' };
    } catch (error) {
      if (error instanceof Conflict) return { kind: 'not_allowed', reason: 'not_active' };
      throw error;
    }
  }
  return { kind: 'full' };
}

export type CancelResult = { kind: 'cancelled' } | { kind: 'not_allowed'; reason: ChangeProblem };

/**
 * Cancels a booking and gives its seat back. Residents are held to the topic's deadline; staff
 * (`byStaff`) may cancel any active booking, e.g. when a counsellor falls ill.
 */
export async function cancelBooking(db: Db, bookingId: string, { now = new Date(), byStaff }: { now?: Date; byStaff?: { staffId: string; reason: string } } = {}): Promise<CancelResult> {
  const booking = await db.consultationBooking.findUniqueOrThrow({ where: { id: bookingId }, include: { topic: true } });
  const denied = byStaff ? (booking.status === 'BOOKED' ? null : 'not_active') : changeProblem(booking.topic, booking, now, 'cancel');
  if (denied) return { kind: 'not_allowed', reason: denied };
  return withRetries(() =>
    db.$transaction(async (tx) => {
      const updated = await tx.consultationBooking.updateMany({
        where: { id: booking.id, status: 'BOOKED' },
        data: { status: 'CANCELLED', cancelledAt: now, activeEmailKey: null, activePhoneKey: null, calendarSequence: { increment: 1 } },
      });
      if (updated.count !== 1) return { kind: 'not_allowed', reason: 'not_active' } as const;
      // The seat to give back is the one the booking holds now, read after the update: a
      // reschedule committed since the first read has moved it (and given the old one back).
      const fresh = await tx.consultationBooking.findUniqueOrThrow({ where: { id: booking.id }, include: bookingForMessageInclude });
      if (fresh.slotId) await tx.consultationSlot.updateMany({ where: { id: fresh.slotId, booked: { gt: 0 } }, data: { booked: { decrement: 1 } } });
      await transition(tx, consultationKind, booking.caseId, {
        to: 'CANCELLED',
        event: 'cancelled',
        actor: byStaff ? { type: 'staff', id: byStaff.staffId } : { type: 'resident' },
        note: byStaff?.reason ?? null,
        data: { by: byStaff ? 'staff' : 'resident' },
        at: now,
      });
      await queueBookingMessage(tx, fresh, 'consultationCancelled', { byStaff: Boolean(byStaff) });
      return { kind: 'cancelled' } as const;
    }, BOOKING_TX),
  );
}
