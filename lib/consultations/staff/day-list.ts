import 'server-only';
import { db } from '@/lib/db';
import { assertCan, can, type StaffContext } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText, type ResolvedText } from '@/lib/i18n/localized-text';
import { addDays, cityWallTime } from '@/lib/time/seoul';
import { caseWhereFor } from '@/lib/cases/access';
import { auditStaff } from './audit';

export type DayBooking = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: 'BOOKED' | 'CHECKED_IN' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED';
  channel: 'VISIT' | 'PHONE' | 'VIDEO';
  language: string;
  interpreterNeeded: boolean;
  topic: ResolvedText;
  residentName: string;
  /** Only for staff who may read personal contact data. */
  phone?: string | null;
  email?: string | null;
  caseId: string;
  reference: string;
  walkIn: boolean;
  /** The slot was closed after it was booked (holiday, illness): staff call the resident. */
  slotClosed: boolean;
};

export type FreeSlot = { id: string; startsAt: Date; endsAt: Date; capacity: number; booked: number };

export type CounsellorDay = { counsellorId: string; name: string; bookings: DayBooking[]; freeSlots: FreeSlot[] };

/**
 * One city day of consultations, per counsellor: their appointments in time order and the times
 * still free, so a counsellor sees the gaps and a walk-in can be fitted in. Contact details are
 * included only for staff with `pii:read`; seeing names and contacts is logged once per list.
 */
export async function dayList(
  actor: StaffContext,
  { day, centerId, counsellorId }: { day: string; centerId?: string; counsellorId?: string },
  locale: Locale = actor.locale,
): Promise<CounsellorDay[]> {
  assertCan(actor, 'consultations:manage');
  const withContacts = can(actor, 'pii:read');
  const during = { gte: cityWallTime(day, '00:00'), lt: cityWallTime(addDays(day, 1), '00:00') };
  const scope = { ...(centerId ? { centerId } : {}), ...(counsellorId ? { counsellorId } : {}) };
  const [bookings, slots] = await Promise.all([
    db.consultationBooking.findMany({
      // Only the appointments whose cases the viewer may read: a counsellor sees their own.
      where: { startsAt: during, ...scope, case: caseWhereFor(actor, 'read') },
      orderBy: [{ startsAt: 'asc' }, { createdAt: 'asc' }],
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        status: true,
        channel: true,
        language: true,
        interpreterNeeded: true,
        name: true,
        phone: withContacts,
        email: withContacts,
        walkIn: true,
        counsellorId: true,
        counsellor: { select: { name: true } },
        topic: { select: { title: true } },
        case: { select: { id: true, reference: true, residentId: true } },
        slot: { select: { closed: true } },
      },
    }),
    db.consultationSlot.findMany({
      where: { startsAt: during, closed: false, booked: { lt: db.consultationSlot.fields.capacity }, ...scope },
      orderBy: { startsAt: 'asc' },
      select: { id: true, startsAt: true, endsAt: true, capacity: true, booked: true, counsellorId: true, counsellor: { select: { name: true } } },
    }),
  ]);

  const days = new Map<string, CounsellorDay>();
  const dayOf = (id: string, name: string) => {
    let found = days.get(id);
    if (!found) days.set(id, (found = { counsellorId: id, name, bookings: [], freeSlots: [] }));
    return found;
  };
  for (const b of bookings) {
    dayOf(b.counsellorId, b.counsellor.name).bookings.push({
      id: b.id,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      status: b.status,
      channel: b.channel,
      language: b.language,
      interpreterNeeded: b.interpreterNeeded,
      topic: resolveText(b.topic.title, locale),
      residentName: b.name,
      ...(withContacts ? { phone: b.phone, email: b.email } : {}),
      caseId: b.case.id,
      reference: b.case.reference,
      walkIn: b.walkIn,
      slotClosed: b.slot?.closed ?? false,
    });
  }
  for (const s of slots) {
    dayOf(s.counsellorId, s.counsellor.name).freeSlots.push({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, capacity: s.capacity, booked: s.booked });
  }

  if (bookings.length > 0) {
    await auditStaff(actor, 'view', 'ConsultationBooking', undefined, {
      detail: { list: 'day', day, bookings: bookings.length, fields: withContacts ? ['name', 'phone', 'email'] : ['name'] },
    });
  }
  return [...days.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The choices of the day list's filters and the walk-in form: centres with consultations, and counsellors. */
export async function consultationDirectory(actor: StaffContext, locale: Locale = actor.locale) {
  if (!can(actor, 'consultations:manage')) assertCan(actor, 'consultations:schedule');
  const [counsellors, centers, topics] = await Promise.all([
    db.staffUser.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true, roles: true, languages: true } }),
    db.center.findMany({ orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }], select: { id: true, slug: true, name: true } }),
    db.consultationTopic.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' }, select: { id: true, slug: true, title: true } }),
  ]);
  return {
    counsellors: counsellors
      .filter((c) => Array.isArray(c.roles) && c.roles.includes('counsellor'))
      .map((c) => ({ id: c.id, name: c.name, languages: Array.isArray(c.languages) ? (c.languages as string[]) : [] })),
    centers: centers.map((c) => ({ id: c.id, slug: c.slug, name: resolveText(c.name, locale) })),
    topics: topics.map((t) => ({ id: t.id, slug: t.slug, title: resolveText(t.title, locale) })),
  };
}
