import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import { caseWhereFor } from '@/lib/cases/access';
import { recordEvent } from '@/lib/cases/write';
import { koreanClassKind } from '@/lib/cases/kinds/korean-class';
import { recordAudit } from '@/lib/audit/record';
import { refused, type DataResult } from '@/lib/forms/result';
import { withRetries } from '@/lib/db/retry';
import { ENROL_TX } from '../enrol';
import { activeKeys } from '../rules';
import { freeSeat } from '../waitlist';

type MoveRefusal = 'notFound' | 'notAllowed' | 'targetFull' | 'otherLevel';

/**
 * Staff move an enrolled student to another section of the same course level: in one
 * transaction the target's seat is taken by the conditional increment (refused when full), the
 * enrolment (and its case, its timeline) follows the student, and the freed seat of the old
 * section is offered to the first person waiting there.
 */
export async function moveStudent(actor: StaffContext, input: { enrolmentId: string; toSectionId: string }, now = new Date()): Promise<DataResult<{ offered: number }, MoveRefusal>> {
  assertCan(actor, 'classes:manage');
  const enrolment = await db.classEnrolment.findFirst({
    where: { id: input.enrolmentId.slice(0, 64), case: caseWhereFor(actor, 'update') },
    select: { id: true, caseId: true, status: true, residentId: true, sectionId: true, section: { select: { code: true, course: { select: { level: true } } } } },
  });
  if (!enrolment) return refused('notFound');
  if (enrolment.status !== 'ENROLLED' || enrolment.sectionId === input.toSectionId) return refused('notAllowed');
  const target = await db.classSection.findUnique({ where: { id: input.toSectionId.slice(0, 64) }, select: { id: true, code: true, cancelled: true, course: { select: { level: true } } } });
  if (!target || target.cancelled) return refused('notFound');
  if (target.course.level !== enrolment.section.course.level) return refused('otherLevel');
  const result = await withRetries(() =>
    db.$transaction(async (tx) => {
      const seat = await tx.classSection.updateMany({ where: { id: target.id, cancelled: false, taken: { lt: tx.classSection.fields.capacity } }, data: { taken: { increment: 1 } } });
      if (seat.count !== 1) return null;
      const keys = activeKeys({ id: target.id, level: target.course.level }, enrolment.residentId);
      const moved = await tx.classEnrolment.updateMany({
        where: { id: enrolment.id, status: 'ENROLLED', sectionId: enrolment.sectionId },
        data: { sectionId: target.id, activeSectionKey: keys.activeSectionKey },
      });
      if (moved.count !== 1) throw Object.assign(new Error('enrolment changed meanwhile'), { code: 'P2034' });
      await recordEvent(tx, koreanClassKind, enrolment.caseId, {
        event: 'moved',
        actor: { type: 'staff', id: actor.id },
        data: { from: enrolment.section.code, to: target.code, section: target.code },
        at: now,
      });
      return freeSeat(tx, enrolment.sectionId, now);
    }, ENROL_TX),
  );
  if (result === null) return refused('targetFull');
  await recordAudit({
    actor: { type: 'staff', id: actor.id },
    action: 'change',
    entity: 'ClassEnrolment',
    entityId: enrolment.id,
    residentId: enrolment.residentId,
    detail: { events: ['moved'], fields: ['sectionId'] },
  });
  return { ok: true, offered: result };
}

/**
 * The sections a student of this section may be moved to: the other sections of the same course
 * level in the same term, not cancelled, with their seats (a full one is listed, the move refuses).
 */
export async function moveTargets(actor: StaffContext, sectionId: string) {
  assertCan(actor, 'classes:manage');
  const from = await db.classSection.findUnique({ where: { id: sectionId.slice(0, 64) }, select: { termId: true, courseId: true } });
  if (!from) return [];
  return db.classSection.findMany({
    where: { termId: from.termId, courseId: from.courseId, cancelled: false, id: { not: sectionId } },
    orderBy: { code: 'asc' },
    select: { id: true, code: true, days: true, startTime: true, endTime: true, capacity: true, taken: true },
  });
}
