import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import { BOOKING_TX } from '../booking';
import { withRetries } from '../db-errors';
import { auditStaff } from './audit';
import { outcomeSchema, type OutcomeInput } from './schema';
import { invalid, refused, type StaffResult } from './result';

type BookingStatus = 'BOOKED' | 'CHECKED_IN';

/**
 * Moves a booking from one of `from` to a new status with a conditional update (where status is
 * still what we expect), so two staff clicking at once apply it once: the second update matches
 * no row and is reported as "not in that state any more". The case and its timeline change in
 * the same transaction.
 */
async function transition(
  actor: StaffContext,
  bookingId: string,
  from: BookingStatus[],
  apply: (booking: { id: string; caseId: string; startsAt: Date; residentId: string }, now: Date) => {
    booking: Record<string, unknown>;
    caseStatus?: 'SCHEDULED' | 'COMPLETED' | 'IN_REVIEW' | 'NO_SHOW';
    closed?: boolean;
    events: { type: string; note?: string; data?: Record<string, unknown> }[];
  },
  { now = new Date(), notBefore = false }: { now?: Date; notBefore?: boolean } = {},
): Promise<StaffResult<{ caseId: string }>> {
  assertCan(actor, 'consultations:manage');
  const booking = await db.consultationBooking.findUnique({
    where: { id: bookingId },
    select: { id: true, caseId: true, startsAt: true, status: true, case: { select: { residentId: true } } },
  });
  if (!booking) return refused('notFound');
  if (!(from as string[]).includes(booking.status)) return refused('notActive');
  if (notBefore && now < booking.startsAt) return refused('notYetStarted');
  const change = apply({ ...booking, residentId: booking.case.residentId }, now);

  const applied = await withRetries(() =>
    db.$transaction(async (tx) => {
      const updated = await tx.consultationBooking.updateMany({ where: { id: booking.id, status: { in: from } }, data: change.booking });
      if (updated.count !== 1) return false;
      const current = await tx.case.findUniqueOrThrow({ where: { id: booking.caseId }, select: { status: true } });
      const toStatus = change.caseStatus ?? current.status;
      if (toStatus !== current.status || change.closed !== undefined) {
        await tx.case.update({
          where: { id: booking.caseId },
          data: { status: toStatus, ...(change.closed === undefined ? {} : { closedAt: change.closed ? now : null }) },
        });
      }
      for (const [index, event] of change.events.entries()) {
        await tx.caseEvent.create({
          data: {
            caseId: booking.caseId,
            type: event.type,
            actorId: actor.id,
            // The status change belongs to the first event; a follow-up is recorded beside it.
            fromStatus: index === 0 ? current.status : null,
            toStatus: index === 0 ? toStatus : null,
            note: event.note ?? null,
            data: event.data ? JSON.parse(JSON.stringify(event.data)) : undefined,
            // Same transaction, same clock: a millisecond apart keeps the timeline's order.
            createdAt: new Date(now.getTime() + index),
          },
        });
      }
      return true;
    }, BOOKING_TX),
  );
  if (!applied) return refused('notActive');
  await auditStaff(actor, 'change', 'ConsultationBooking', booking.id, {
    residentId: booking.case.residentId,
    detail: { events: change.events.map((e) => e.type), fields: Object.keys(change.booking) },
  });
  return { ok: true, caseId: booking.caseId };
}

/** The resident is here: the booking is checked in; the case stays scheduled until the outcome. */
export function checkIn(actor: StaffContext, bookingId: string, now = new Date()) {
  return transition(actor, bookingId, ['BOOKED'], (_b, at) => ({ booking: { status: 'CHECKED_IN', checkedInAt: at }, events: [{ type: 'checked_in' }] }), { now });
}

/**
 * The resident did not come. Only once the appointment has started (marking it earlier would be
 * a guess). The seat is not given back: its time has passed. The booking stops counting as the
 * resident's active one, so they can book that topic again.
 */
export function markNoShow(actor: StaffContext, bookingId: string, now = new Date()) {
  return transition(
    actor,
    bookingId,
    ['BOOKED'],
    () => ({ booking: { status: 'NO_SHOW', activeEmailKey: null, activePhoneKey: null }, caseStatus: 'NO_SHOW', closed: true, events: [{ type: 'no_show' }] }),
    { now, notBefore: true },
  );
}

/**
 * The counsellor's note after the consultation. Without a follow-up the case is done; with one it
 * stays open for review (IN_REVIEW) with the day to follow up. A booking nobody checked in (a
 * phone or video consultation) can take an outcome once its time has come.
 */
export async function recordOutcome(actor: StaffContext, bookingId: string, input: OutcomeInput, now = new Date()): Promise<StaffResult<{ caseId: string }>> {
  assertCan(actor, 'consultations:manage');
  const parsed = outcomeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { note, followUp, followUpOn } = parsed.data;
  const current = await db.consultationBooking.findUnique({ where: { id: bookingId }, select: { status: true, startsAt: true } });
  if (current?.status === 'BOOKED' && now < current.startsAt) return refused('notYetStarted');
  return transition(
    actor,
    bookingId,
    ['CHECKED_IN', 'BOOKED'],
    () => ({
      booking: { status: 'COMPLETED', outcome: note, followUpOn: followUp ? (followUpOn ?? null) : null, activeEmailKey: null, activePhoneKey: null },
      caseStatus: followUp ? 'IN_REVIEW' : 'COMPLETED',
      closed: !followUp,
      events: [
        { type: 'outcome', note },
        ...(followUp ? [{ type: 'follow_up', data: followUpOn ? { on: followUpOn } : {} }] : []),
      ],
    }),
    { now },
  );
}
