import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { cityDayKey } from '@/lib/time/seoul';
import { applyClosures } from '../closures';
import { auditStaff } from './audit';
import { closureSchema, type ClosureInput } from './schema';
import { invalid, refused, type StaffResult } from './result';

/** Closures that have not ended yet, soonest first. */
export async function listClosures(actor: StaffContext, locale: Locale = actor.locale, now = new Date()) {
  assertCan(actor, 'consultations:schedule');
  const rows = await db.consultationClosure.findMany({
    where: { endsOn: { gte: cityDayKey(now) } },
    orderBy: [{ startsOn: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, startsOn: true, endsOn: true, reason: true, center: { select: { name: true } }, counsellor: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, center: r.center ? resolveText(r.center.name, locale) : null, counsellor: r.counsellor?.name ?? null }));
}

/**
 * Closes days for everyone, one centre or one counsellor. Their slots close at once so nobody
 * can book them; bookings already in them stay and are flagged in the day list.
 */
export async function addClosure(actor: StaffContext, input: ClosureInput): Promise<StaffResult<{ id: string; bookingsAffected: number }>> {
  assertCan(actor, 'consultations:schedule');
  const parsed = closureSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const closure = parsed.data;
  if (closure.centerId && !(await db.center.findUnique({ where: { id: closure.centerId }, select: { id: true } }))) return refused('unknownCenter');
  if (closure.counsellorId && !(await db.staffUser.findUnique({ where: { id: closure.counsellorId }, select: { id: true } }))) return refused('notCounsellor');
  const created = await db.consultationClosure.create({
    data: {
      startsOn: closure.startsOn,
      endsOn: closure.endsOn,
      centerId: closure.centerId ?? null,
      counsellorId: closure.counsellorId ?? null,
      reason: closure.reason,
      createdById: actor.id,
    },
    select: { id: true },
  });
  await applyClosures(db, closure.startsOn, closure.endsOn);
  const bookingsAffected = await db.consultationBooking.count({ where: { status: 'BOOKED', slot: { closed: true }, startsAt: { gte: new Date() } } });
  await auditStaff(actor, 'change', 'ConsultationClosure', created.id, { detail: { added: true, startsOn: closure.startsOn, endsOn: closure.endsOn } });
  return { ok: true, id: created.id, bookingsAffected };
}

/** Removes a closure; its days open again unless another closure still covers them. */
export async function removeClosure(actor: StaffContext, closureId: string): Promise<StaffResult> {
  assertCan(actor, 'consultations:schedule');
  const closure = await db.consultationClosure.findUnique({ where: { id: closureId }, select: { startsOn: true, endsOn: true } });
  if (!closure) return refused('notFound');
  const { count } = await db.consultationClosure.deleteMany({ where: { id: closureId } });
  if (count === 1) await applyClosures(db, closure.startsOn, closure.endsOn);
  await auditStaff(actor, 'change', 'ConsultationClosure', closureId, { detail: { removed: true, startsOn: closure.startsOn, endsOn: closure.endsOn } });
  return { ok: true };
}
