import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { NOW, createResidents, createSection, requestKey } from '../support/classes';
import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import { buildStaffUser } from '@/prisma/builders';
import { enrol, type EnrolResult } from '@/lib/classes/enrol';
import { attendedHours, completeByHours, recordLesson } from '@/lib/classes/staff/attendance';
import { moveStudent } from '@/lib/classes/staff/move';

async function actorFor(db: Db, roles: Role[]): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages: ['ko'], locale: 'en', twoFactorEnabled: true };
}
const idOf = (r: EnrolResult) => (r.kind === 'enrolled' || r.kind === 'waitlisted' ? r.enrolmentId : '');
const LATER = new Date(NOW.getTime() + 3_600_000);

async function enrolAll(db: Db, sectionId: string, count: number) {
  const residents = await createResidents(db, count, 'en');
  const ids: string[] = [];
  for (const [i, r] of residents.entries()) ids.push(idOf(await enrol(db, { sectionId, residentId: r.id, locale: 'en', requestKey: requestKey(), now: new Date(NOW.getTime() + i * 60_000) })));
  return ids;
}

describeEachDatabase('class attendance, completion and moves', (ctx) => {
  it('records attendance per lesson (a second save of the day replaces it) and completes those with 80% of the KIIP hours', async () => {
    const { db } = ctx();
    const coordinator = await actorFor(db, ['class_coordinator']);
    // KIIP 0 is 15 hours: 12 attended complete it.
    const section = await createSection(db, { capacity: 3, level: 'KIIP_0' });
    const [full, short, absent] = await enrolAll(db, section.id, 3);
    const lessons = ['2027-03-07', '2027-03-14', '2027-03-21'];
    for (const lessonOn of lessons) {
      expect(await recordLesson(coordinator, { sectionId: section.id, lessonOn, minutes: { [full!]: '240', [short!]: '180', [absent!]: '0' } }, LATER)).toEqual({ ok: true, recorded: 3 });
    }
    // A correction of the last lesson replaces its row, it does not add one.
    await recordLesson(coordinator, { sectionId: section.id, lessonOn: '2027-03-21', minutes: { [short!]: '200' } }, LATER);
    expect(await db.classAttendance.count({ where: { enrolmentId: short! } })).toBe(3);
    const hours = (await attendedHours(coordinator, section.id))!;
    expect(hours.needed).toBe(12);
    expect(hours.hours.get(full!)).toBe(12);
    expect(hours.hours.get(short!)).toBeCloseTo(560 / 60);
    expect(await completeByHours(coordinator, section.id, LATER)).toEqual({ ok: true, completed: 1, short: 2 });
    const statuses = await db.classEnrolment.findMany({ where: { id: { in: [full!, short!, absent!] } }, select: { id: true, status: true, activeLevelKey: true } });
    expect(statuses.find((s) => s.id === full)).toMatchObject({ status: 'COMPLETED', activeLevelKey: null });
    expect(statuses.filter((s) => s.status === 'ENROLLED')).toHaveLength(2);
    // Run again: nothing completes twice.
    expect(await completeByHours(coordinator, section.id, LATER)).toEqual({ ok: true, completed: 0, short: 2 });
    // Bad input is refused at the field, not written.
    const bad = await recordLesson(coordinator, { sectionId: section.id, lessonOn: '7 March', minutes: { [short!]: '-5' } }, LATER);
    expect(bad.ok).toBe(false);
  });

  it('refuses attendance and moves to staff who may not update enrolment cases', async () => {
    const { db } = ctx();
    const counsellor = await actorFor(db, ['counsellor']);
    const section = await createSection(db, { capacity: 1 });
    const [student] = await enrolAll(db, section.id, 1);
    await expect(recordLesson(counsellor, { sectionId: section.id, lessonOn: '2027-03-07', minutes: { [student!]: '60' } })).rejects.toThrow();
    await expect(moveStudent(counsellor, { enrolmentId: student!, toSectionId: section.id })).rejects.toThrow();
    expect(await db.classAttendance.count({ where: { enrolmentId: student! } })).toBe(0);
  });

  it('moves a student to another section of the level; the freed seat is offered to the first waiting; a full target or another level is refused', async () => {
    const { db } = ctx();
    const coordinator = await actorFor(db, ['class_coordinator']);
    const from = await createSection(db, { capacity: 1 });
    const to = await createSection(db, { capacity: 1 });
    const otherLevel = await createSection(db, { capacity: 5, level: 'KIIP_3' });
    const [student, waiting] = await enrolAll(db, from.id, 2);
    expect(await moveStudent(coordinator, { enrolmentId: student!, toSectionId: otherLevel.id }, LATER)).toMatchObject({ ok: false, refused: 'otherLevel' });
    expect(await moveStudent(coordinator, { enrolmentId: student!, toSectionId: to.id }, LATER)).toEqual({ ok: true, offered: 1 });
    const moved = await db.classEnrolment.findUniqueOrThrow({ where: { id: student! } });
    expect(moved).toMatchObject({ sectionId: to.id, status: 'ENROLLED', activeSectionKey: `${to.id}:${moved.residentId}` });
    expect(await db.caseEvent.count({ where: { caseId: moved.caseId, type: 'moved' } })).toBe(1);
    expect((await db.classEnrolment.findUniqueOrThrow({ where: { id: waiting! } })).status).toBe('OFFERED');
    expect((await db.classSection.findUniqueOrThrow({ where: { id: from.id } })).taken).toBe(1);
    expect((await db.classSection.findUniqueOrThrow({ where: { id: to.id } })).taken).toBe(1);
    // The target is now full: moving someone else in is refused and changes nothing.
    const [other] = await enrolAll(db, (await createSection(db, { capacity: 1 })).id, 1);
    expect(await moveStudent(coordinator, { enrolmentId: other!, toSectionId: to.id }, LATER)).toMatchObject({ ok: false, refused: 'targetFull' });
    expect((await db.classSection.findUniqueOrThrow({ where: { id: to.id } })).taken).toBe(1);
  });
});
