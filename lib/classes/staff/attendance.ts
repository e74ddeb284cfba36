import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import { caseWhereFor } from '@/lib/cases/access';
import { transition } from '@/lib/cases/write';
import { koreanClassKind } from '@/lib/cases/kinds/korean-class';
import { recordAudit } from '@/lib/audit/record';
import { refused, invalid, type DataResult } from '@/lib/forms/result';
import { withRetries } from '@/lib/db/retry';
import { ENROL_TX } from '../enrol';

/** KIIP completes a course at 80% of its hours attended; the other courses follow the same rule. */
export const COMPLETION_SHARE = 0.8;

const lessonSchema = z.object({
  sectionId: z.string().min(1).max(64),
  lessonOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date'),
  // Minutes attended per enrolment id: 0 (absent) up to a long lesson.
  minutes: z.record(z.string().max(64), z.coerce.number().int('numberRange').min(0, 'numberRange').max(600, 'numberRange')),
});

/**
 * Staff record one lesson's attendance for the enrolled students of a section: one row per student
 * and lesson day (a second save of the same day replaces it). Only enrolments the staff member may
 * update through the core's rule, and only those enrolled in this section, are written.
 */
export async function recordLesson(actor: StaffContext, input: z.input<typeof lessonSchema>, now = new Date()): Promise<DataResult<{ recorded: number }, 'notFound'>> {
  assertCan(actor, 'classes:manage');
  const parsed = lessonSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sectionId, lessonOn, minutes } = parsed.data;
  const students = await db.classEnrolment.findMany({
    where: { sectionId, status: 'ENROLLED', id: { in: Object.keys(minutes) }, case: caseWhereFor(actor, 'update') },
    select: { id: true },
  });
  if (students.length === 0) return refused('notFound');
  await db.$transaction(
    students.map(({ id }) =>
      db.classAttendance.upsert({
        where: { enrolmentId_lessonOn: { enrolmentId: id, lessonOn } },
        create: { enrolmentId: id, lessonOn, minutes: minutes[id]!, recordedBy: actor.id, recordedAt: now },
        update: { minutes: minutes[id]!, recordedBy: actor.id, recordedAt: now },
      }),
    ),
  );
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'ClassSection', entityId: sectionId, detail: { fields: ['attendance'], lessonOn } });
  return { ok: true, recorded: students.length };
}

/** Hours attended per enrolled student of a section, beside the hours the course needs for completion. */
export async function attendedHours(actor: StaffContext, sectionId: string) {
  assertCan(actor, 'classes:manage');
  const section = await db.classSection.findUnique({ where: { id: sectionId }, select: { course: { select: { hours: true } } } });
  if (!section) return null;
  const rows = await db.classAttendance.groupBy({
    by: ['enrolmentId'],
    where: { enrolment: { sectionId, status: 'ENROLLED', case: caseWhereFor(actor, 'read') } },
    _sum: { minutes: true },
  });
  const needed = section.course.hours * COMPLETION_SHARE;
  return { needed, hours: new Map(rows.map((r) => [r.enrolmentId, (r._sum.minutes ?? 0) / 60])) };
}

/**
 * At the end of a term: every enrolled student of the section with at least 80% of the course's
 * hours attended is COMPLETED (their active keys cleared, so they may take the next level); the
 * others stay enrolled for staff to decide. Idempotent: a completed student is not enrolled any more.
 */
export async function completeByHours(actor: StaffContext, sectionId: string, now = new Date()): Promise<DataResult<{ completed: number; short: number }, 'notFound'>> {
  const attended = await attendedHours(actor, sectionId);
  if (!attended) return refused('notFound');
  const enrolled = await db.classEnrolment.findMany({ where: { sectionId, status: 'ENROLLED', case: caseWhereFor(actor, 'update') }, select: { id: true, caseId: true } });
  const done = enrolled.filter((e) => (attended.hours.get(e.id) ?? 0) >= attended.needed);
  for (const e of done) {
    await withRetries(() =>
      db.$transaction(async (tx) => {
        const moved = await tx.classEnrolment.updateMany({ where: { id: e.id, status: 'ENROLLED' }, data: { status: 'COMPLETED', activeSectionKey: null, activeLevelKey: null } });
        if (moved.count !== 1) return;
        const hours = attended.hours.get(e.id) ?? 0;
        await transition(tx, koreanClassKind, e.caseId, { to: 'COMPLETED', event: 'completed', actor: { type: 'staff', id: actor.id }, data: { hours }, at: now });
      }, ENROL_TX),
    );
  }
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'ClassSection', entityId: sectionId, detail: { fields: ['completion'], completed: done.length } });
  return { ok: true, completed: done.length, short: enrolled.length - done.length };
}
