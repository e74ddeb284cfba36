import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import { caseWhereFor } from '@/lib/cases/access';
import { cancelBooking } from '../changes';
import { auditStaff } from './audit';
import { cancelSchema } from './schema';
import { invalid, refused, type StaffResult } from './result';

/**
 * Staff cancel an appointment (a counsellor is ill, the centre closes): any active booking, with
 * a reason that goes on the case's timeline. The resident gets the cancellation message.
 */
export async function staffCancel(actor: StaffContext, input: { bookingId: string; reason: string }, now = new Date()): Promise<StaffResult> {
  assertCan(actor, 'consultations:manage');
  const parsed = cancelSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const booking = await db.consultationBooking.findFirst({ where: { id: parsed.data.bookingId, case: caseWhereFor(actor, 'update') }, select: { id: true, case: { select: { residentId: true } } } });
  if (!booking) return refused('notFound');
  const result = await cancelBooking(db, booking.id, { now, byStaff: { staffId: actor.id, reason: parsed.data.reason } });
  if (result.kind !== 'cancelled') return refused('notBooked');
  await auditStaff(actor, 'change', 'ConsultationBooking', booking.id, { residentId: booking.case.residentId, detail: { events: ['cancelled'], fields: ['status'] } });
  return { ok: true };
}

/** What the cancel confirmation page shows: enough to be sure it is the right appointment. */
export async function bookingSummary(actor: StaffContext, bookingId: string) {
  assertCan(actor, 'consultations:manage');
  return db.consultationBooking.findFirst({
    where: { id: bookingId, case: caseWhereFor(actor, 'read') },
    select: {
      id: true,
      startsAt: true,
      status: true,
      name: true,
      channel: true,
      counsellor: { select: { name: true } },
      topic: { select: { title: true } },
      case: { select: { id: true, reference: true } },
    },
  });
}
