import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { assertCan, can, type StaffContext } from '@/lib/auth/guards';
import { caseWhereFor } from '@/lib/cases/access';
import { recordAudit } from '@/lib/audit/record';
import { refused, invalid, type DataResult } from '@/lib/forms/result';
import { withRetries } from '@/lib/db/retry';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { parseDays } from '@/lib/time/week-days';
import { ENROL_TX } from '../enrol';
import { leave, promoteWaiting } from '../waitlist';
import { waitlistOrder } from '../waitlist-position';

/** The sections of a term (the next one not over by default) with seats taken and people waiting. */
export async function staffSections(actor: StaffContext, termSlug: string | undefined, locale: Locale, now = new Date()) {
  assertCan(actor, 'classes:manage');
  const terms = await db.classTerm.findMany({ where: { endsOn: { gt: now } }, orderBy: { startsOn: 'asc' }, select: { id: true, slug: true, year: true, number: true } });
  const term = terms.find((t) => t.slug === termSlug) ?? terms[0];
  const sections = term
    ? await db.classSection.findMany({
        where: { termId: term.id },
        orderBy: [{ course: { sortOrder: 'asc' } }, { code: 'asc' }],
        select: {
          id: true,
          code: true,
          days: true,
          startTime: true,
          endTime: true,
          capacity: true,
          taken: true,
          course: { select: { level: true } },
          center: { select: { name: true } },
          _count: { select: { enrolments: { where: { status: 'WAITING' } } } },
        },
      })
    : [];
  return {
    terms,
    term,
    sections: sections.map(({ _count, center, days, ...s }) => ({ ...s, days: parseDays(days), centre: resolveText(center.name, locale).text, waiting: _count.enrolments })),
  };
}

/**
 * A section's roster, offers and waitlist. People are read through the core's access rule; the
 * email only with `pii:read`. The view is in the audit log.
 */
export async function sectionRoster(actor: StaffContext, sectionId: string, locale: Locale) {
  assertCan(actor, 'classes:manage');
  if (typeof sectionId !== 'string' || sectionId.length > 64) return null;
  const section = await db.classSection.findUnique({
    where: { id: sectionId },
    select: {
      id: true,
      code: true,
      days: true,
      startTime: true,
      endTime: true,
      capacity: true,
      taken: true,
      teacher: true,
      opensAt: true,
      course: { select: { level: true } },
      center: { select: { name: true } },
      lottery: { select: { seedHash: true, drawnAt: true } },
    },
  });
  if (!section) return null;
  const withEmail = can(actor, 'pii:read');
  const enrolments = await db.classEnrolment.findMany({
    where: { sectionId, status: { in: ['ENROLLED', 'OFFERED', 'WAITING', 'APPLIED'] }, case: caseWhereFor(actor, 'read') },
    orderBy: waitlistOrder,
    select: { id: true, status: true, joinedAt: true, offerExpiresAt: true, case: { select: { id: true, reference: true, resident: { select: { name: true, email: withEmail } } } } },
  });
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'view', entity: 'ClassSection', entityId: section.id, detail: { fields: withEmail ? ['name', 'email'] : ['name'] } });
  const people = enrolments.map((e) => ({
    id: e.id,
    status: e.status,
    joinedAt: e.joinedAt,
    offerExpiresAt: e.offerExpiresAt,
    caseId: e.case.id,
    reference: e.case.reference,
    name: e.case.resident.name,
    email: withEmail ? (e.case.resident.email ?? null) : undefined,
  }));
  return {
    ...section,
    days: parseDays(section.days),
    centre: resolveText(section.center.name, locale).text,
    enrolled: people.filter((p) => p.status === 'ENROLLED'),
    offered: people.filter((p) => p.status === 'OFFERED'),
    waiting: people.filter((p) => p.status === 'WAITING'),
    applied: people.filter((p) => p.status === 'APPLIED'),
  };
}

const removeSchema = z.object({ enrolmentId: z.string().min(1).max(64), reason: z.string().trim().min(1, 'required').max(500, 'tooLong') });

/** Staff remove a student or a waiting person; a freed seat goes to the next person waiting. */
export async function removeFromSection(actor: StaffContext, input: { enrolmentId: string; reason: string }, now = new Date()): Promise<DataResult<{ sectionId: string }, 'notFound' | 'notAllowed'>> {
  assertCan(actor, 'classes:manage');
  const parsed = removeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const enrolment = await db.classEnrolment.findFirst({ where: { id: parsed.data.enrolmentId, case: caseWhereFor(actor, 'update') }, select: { id: true, sectionId: true, residentId: true } });
  if (!enrolment) return refused('notFound');
  const result = await leave(db, { enrolmentId: enrolment.id, actor: { type: 'staff', id: actor.id }, note: parsed.data.reason, now });
  if (!result.ok) return refused(result.refused === 'notFound' ? 'notFound' : 'notAllowed');
  await recordAudit({
    actor: { type: 'staff', id: actor.id },
    action: 'change',
    entity: 'ClassEnrolment',
    entityId: enrolment.id,
    residentId: enrolment.residentId,
    detail: { events: ['removed'], fields: ['status'] },
  });
  return { ok: true, sectionId: enrolment.sectionId };
}

const capacitySchema = z.object({ sectionId: z.string().min(1).max(64), capacity: z.coerce.number().int('numberRange').min(1, 'numberRange').max(500, 'numberRange') });

/** A new capacity, never below the seats taken; new seats are offered to the people waiting at once. */
export async function setSectionCapacity(
  actor: StaffContext,
  input: { sectionId: string; capacity: string },
  now = new Date(),
): Promise<DataResult<{ sectionId: string }, 'notFound' | 'capacityTooLow'>> {
  assertCan(actor, 'classes:manage');
  const parsed = capacitySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sectionId, capacity } = parsed.data;
  const section = await db.classSection.findUnique({ where: { id: sectionId }, select: { taken: true } });
  if (!section) return refused('notFound');
  const changed = await withRetries(() =>
    db.$transaction(async (tx) => {
      const moved = await tx.classSection.updateMany({ where: { id: sectionId, taken: { lte: capacity } }, data: { capacity } });
      if (moved.count !== 1) return false;
      await promoteWaiting(tx, sectionId, now);
      return true;
    }, ENROL_TX),
  );
  if (!changed) return refused('capacityTooLow', { taken: section.taken });
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'ClassSection', entityId: sectionId, detail: { fields: ['capacity'] } });
  return { ok: true, sectionId };
}
