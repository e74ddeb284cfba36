import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import { openCase, recordEvent } from '@/lib/cases/write';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { withRetries } from '@/lib/db/retry';
import { findOrCreateResident } from '@/lib/residents/find-or-create';
import { isLocale } from '@/lib/i18n/locales';
import { parseRoles } from '@/lib/auth/roles';
import { BOOKING_TX } from '../booking';
import { auditStaff } from './audit';
import { walkInSchema, type WalkInInput } from './schema';
import { invalid, refused, type StaffResult } from './result';

const WALK_IN_MINUTES = 60;

/** The centre a counsellor sits in: where their weekly blocks are, else the consultation centre. */
async function centreOf(counsellorId: string): Promise<string | null> {
  const block = await db.counsellorSchedule.findFirst({ where: { counsellorId, active: true }, orderBy: { createdAt: 'asc' }, select: { centerId: true } });
  if (block) return block.centerId;
  return (await db.center.findUnique({ where: { slug: 'consultation-center' }, select: { id: true } }))?.id ?? null;
}

/**
 * Someone at the desk without an appointment: a case and a booking that starts now, already
 * checked in. No slot (walk-ins do not take a bookable seat) and no confirmation message (the
 * resident is here). No active-booking key either: a walk-in must never be refused because the
 * resident also has an appointment on that topic.
 */
export async function registerWalkIn(actor: StaffContext, input: WalkInInput, now = new Date()): Promise<StaffResult<{ caseId: string; bookingId: string }>> {
  assertCan(actor, consultationKind.managePermission);
  const parsed = walkInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const details = parsed.data;
  const [counsellor, topic] = await Promise.all([
    db.staffUser.findUnique({ where: { id: details.counsellorId }, select: { id: true, active: true, roles: true } }),
    db.consultationTopic.findFirst({ where: { id: details.topicId, active: true }, select: { id: true, serviceId: true } }),
  ]);
  if (!counsellor?.active || !parseRoles(counsellor.roles).includes('counsellor')) return refused('notCounsellor');
  // The case goes to the chosen counsellor; someone who may change only their own cases would
  // register a case they could not open afterwards.
  if (counsellor.id !== actor.id && !actor.permissions.has('case:update:any')) return refused('notCounsellor');
  if (!topic) return refused('unknownTopic');
  const centerId = await centreOf(counsellor.id);
  if (!centerId) return refused('unknownCenter');
  const locale = isLocale(details.language) ? details.language : 'ko';

  const made = await withRetries(() =>
    db.$transaction(async (tx) => {
      const resident = await findOrCreateResident(tx, details, locale);
      const created = await openCase(tx, consultationKind, {
        residentId: resident.id,
        locale,
        status: 'SCHEDULED',
        event: 'walk_in',
        actor: { type: 'staff', id: actor.id },
        serviceId: topic.serviceId,
        assigneeId: counsellor.id,
        language: details.language,
        interpreterNeeded: details.interpreterNeeded,
        centerId,
        data: { channel: details.channel, language: details.language },
        at: now,
      });
      const booking = await tx.consultationBooking.create({
        data: {
          caseId: created.id,
          topicId: topic.id,
          slotId: null,
          counsellorId: counsellor.id,
          centerId,
          startsAt: now,
          endsAt: new Date(now.getTime() + WALK_IN_MINUTES * 60_000),
          status: 'CHECKED_IN',
          checkedInAt: now,
          channel: details.channel,
          language: details.language,
          interpreterNeeded: details.interpreterNeeded,
          locale,
          name: details.name,
          email: details.email ?? null,
          phone: details.phone ?? null,
          problem: details.problem,
          walkIn: true,
        },
        select: { id: true },
      });
      await recordEvent(tx, consultationKind, created.id, { event: 'checked_in', actor: { type: 'staff', id: actor.id }, at: new Date(now.getTime() + 1) });
      return { caseId: created.id, bookingId: booking.id, residentId: created.residentId };
    }, BOOKING_TX),
  );
  await auditStaff(actor, 'change', 'ConsultationBooking', made.bookingId, { residentId: made.residentId, detail: { walkIn: true, fields: ['name', 'email', 'phone', 'problem'] } });
  return { ok: true, caseId: made.caseId, bookingId: made.bookingId };
}
