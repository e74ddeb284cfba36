import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import { caseWhereFor } from '@/lib/cases/access';
import { CaseRuleBroken, recordEvent, setCaseFacets, transition } from '@/lib/cases/write';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { withRetries } from '@/lib/db/retry';
import { cityDayKey, cityWallTime } from '@/lib/time/seoul';
import { BOOKING_TX } from '../booking';
import { auditStaff } from './audit';
import { outcomeSchema, type OutcomeInput } from './schema';
import { invalid, refused, type Refusal, type StaffResult } from './result';

type BookingStatus = 'BOOKED' | 'CHECKED_IN';
type Booking = { id: string; caseId: string; startsAt: Date; status: string; channel: string; case: { residentId: string } };
type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** The booking, when its case is one the actor may change (the core's rule): else "not found". */
function bookingToChange(actor: StaffContext, bookingId: string): Promise<Booking | null> {
  return db.consultationBooking.findFirst({
    where: { id: bookingId, case: caseWhereFor(actor, 'update') },
    select: { id: true, caseId: true, startsAt: true, status: true, channel: true, case: { select: { residentId: true } } },
  });
}

/**
 * Applies one attendance change: the booking moves with a conditional update (where its status is
 * still what we read), so two staff clicking at once apply it once, and the case moves through
 * the core in the same transaction. Either refusal reads as "not in that state any more".
 */
async function applyChange(
  actor: StaffContext,
  booking: Booking,
  from: BookingStatus[],
  bookingData: Record<string, unknown>,
  caseChange: (tx: Tx) => Promise<void>,
  audit: { events: string[] },
): Promise<StaffResult<{ caseId: string }>> {
  try {
    const applied = await withRetries(() =>
      db.$transaction(async (tx) => {
        const updated = await tx.consultationBooking.updateMany({ where: { id: booking.id, status: { in: from } }, data: bookingData });
        if (updated.count !== 1) return false;
        await caseChange(tx);
        return true;
      }, BOOKING_TX),
    );
    if (!applied) return refused('notActive');
  } catch (error) {
    if (error instanceof CaseRuleBroken) return refused('notActive');
    throw error;
  }
  await auditStaff(actor, 'change', 'ConsultationBooking', booking.id, { residentId: booking.case.residentId, detail: { events: audit.events, fields: Object.keys(bookingData) } });
  return { ok: true, caseId: booking.caseId };
}

async function prepare(actor: StaffContext, bookingId: string): Promise<Booking | Refusal> {
  assertCan(actor, consultationKind.managePermission);
  return (await bookingToChange(actor, bookingId)) ?? 'notFound';
}

/**
 * The resident is here: the booking is checked in; the case stays scheduled until the outcome.
 * Only on the appointment's own day in the city: someone who comes on another day without a
 * booking for it is registered as a walk-in.
 */
export async function checkIn(actor: StaffContext, bookingId: string, now = new Date()) {
  const booking = await prepare(actor, bookingId);
  if (typeof booking === 'string') return refused(booking);
  if (booking.status !== 'BOOKED') return refused('notActive');
  if (cityDayKey(now) !== cityDayKey(booking.startsAt)) return refused('notToday');
  const by = { type: 'staff', id: actor.id } as const;
  return applyChange(actor, booking, ['BOOKED'], { status: 'CHECKED_IN', checkedInAt: now }, (tx) => recordEvent(tx, consultationKind, booking.caseId, { event: 'checked_in', actor: by, at: now }), {
    events: ['checked_in'],
  });
}

/**
 * The resident did not come. Only once the appointment has started (marking it earlier would be
 * a guess). The seat is not given back: its time has passed. The booking stops counting as the
 * resident's active one, so they can book that topic again.
 */
export async function markNoShow(actor: StaffContext, bookingId: string, now = new Date()) {
  const booking = await prepare(actor, bookingId);
  if (typeof booking === 'string') return refused(booking);
  if (booking.status !== 'BOOKED') return refused('notActive');
  if (now < booking.startsAt) return refused('notYetStarted');
  return applyChange(
    actor,
    booking,
    ['BOOKED'],
    { status: 'NO_SHOW', activeEmailKey: null, activePhoneKey: null },
    (tx) => transition(tx, consultationKind, booking.caseId, { to: 'NO_SHOW', event: 'no_show', actor: { type: 'staff', id: actor.id }, at: now }),
    { events: ['no_show'] },
  );
}

/**
 * The counsellor's note after the consultation. Without a follow-up the case is done; with one it
 * stays open for review (IN_REVIEW) with the day to follow up. A visit takes an outcome after
 * check-in; a phone or video consultation (nobody checks in) once its time has come.
 */
export async function recordOutcome(actor: StaffContext, bookingId: string, input: OutcomeInput, now = new Date()): Promise<StaffResult<{ caseId: string }>> {
  assertCan(actor, consultationKind.managePermission);
  const parsed = outcomeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const booking = await prepare(actor, bookingId);
  if (typeof booking === 'string') return refused(booking);
  if (booking.status === 'BOOKED') {
    if (now < booking.startsAt) return refused('notYetStarted');
    if (booking.channel === 'VISIT') return refused('notCheckedIn');
  } else if (booking.status !== 'CHECKED_IN') return refused('notActive');
  const { note, followUp, followUpOn } = parsed.data;
  const by = { type: 'staff', id: actor.id } as const;
  return applyChange(
    actor,
    booking,
    ['CHECKED_IN', 'BOOKED'],
    { status: 'COMPLETED', outcome: note, followUpOn: followUp ? (followUpOn ?? null) : null, activeEmailKey: null, activePhoneKey: null },
    async (tx) => {
      await transition(tx, consultationKind, booking.caseId, { to: followUp ? 'IN_REVIEW' : 'COMPLETED', event: 'outcome', actor: by, note, at: now });
      // Same transaction, same clock: a millisecond later keeps the timeline's order.
      if (followUp) await recordEvent(tx, consultationKind, booking.caseId, { event: 'follow_up', actor: by, data: followUpOn ? { on: followUpOn } : {}, at: new Date(now.getTime() + 1) });
      // A follow-up day is the case's next deadline in the queue (the morning of that city day).
      await setCaseFacets(tx, booking.caseId, { dueAt: followUp && followUpOn ? cityWallTime(followUpOn, '09:00') : null });
    },
    { events: followUp ? ['outcome', 'follow_up'] : ['outcome'] },
  );
}
