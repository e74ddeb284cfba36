import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { NOW, createResidents, createSection, requestKey } from '../support/classes';
import type { Db } from '@/lib/db/client';
import { AccessDenied, can, type StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import { buildStaffUser } from '@/prisma/builders';
import { enrol, type EnrolResult } from '@/lib/classes/enrol';
import { recordLesson } from '@/lib/classes/staff/attendance';
import { attendanceSheet, lessonDays, lessonMinutes, printableRoster } from '@/lib/classes/staff/sheet';
import { moveStudent, moveTargets } from '@/lib/classes/staff/move';

async function actorFor(db: Db, roles: Role[]): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages: ['ko'], locale: 'en', twoFactorEnabled: true };
}
const idOf = (r: EnrolResult) => (r.kind === 'enrolled' || r.kind === 'waitlisted' ? r.enrolmentId : '');

describeEachDatabase('class staff sheets: attendance day, printable roster, move targets', (ctx) => {
  it('lists the lesson days of a term on the section weekdays and the lesson length', () => {
    // 2027-03-01 is a Monday: the Sundays of the first two weeks.
    expect(lessonDays({ startsOn: new Date('2027-02-28T15:00:00Z'), endsOn: new Date('2027-03-14T15:00:00Z') }, [0])).toEqual(['2027-03-07', '2027-03-14']);
    expect(lessonMinutes('14:00', '18:00')).toBe(240);
  });

  it('shows a lesson day with saved minutes and hours so far; the printable roster has phones only with pii:read', async () => {
    const { db } = ctx();
    const coordinator = await actorFor(db, ['class_coordinator']);
    const section = await createSection(db, { capacity: 2 });
    const residents = await createResidents(db, 2, 'km');
    await db.resident.update({ where: { id: residents[0]!.id }, data: { phone: '+821012345678' } });
    const ids: string[] = [];
    for (const r of residents) ids.push(idOf(await enrol(db, { sectionId: section.id, residentId: r.id, locale: 'km', requestKey: requestKey(), now: NOW })));
    const sheet0 = (await attendanceSheet(coordinator, section.id, undefined, 'en', NOW))!;
    const day = sheet0.lessons[0]!;
    expect(sheet0.lessonOn).toBe(day);
    expect(sheet0.fullMinutes).toBe(240);
    expect(sheet0.students.map((s) => s.minutes)).toEqual([null, null]);
    await recordLesson(coordinator, { sectionId: section.id, lessonOn: day, minutes: { [ids[0]!]: '240', [ids[1]!]: '0' } }, NOW);
    const sheet = (await attendanceSheet(coordinator, section.id, day, 'en', NOW))!;
    expect(sheet.students.find((s) => s.id === ids[0])).toMatchObject({ minutes: 240, hours: 4 });
    expect(sheet.students.find((s) => s.id === ids[1])).toMatchObject({ minutes: 0, hours: 0 });

    const roster = (await printableRoster(coordinator, section.id, 'en'))!;
    expect(roster.withPhone).toBe(can(coordinator, 'pii:read'));
    const first = roster.students.find((s) => s.id === ids[0])!;
    expect(first.locale).toBe('km');
    expect(first.attended.get(day)).toBe(240);
    if (roster.withPhone) expect(first.phone).toBe('+821012345678');
    else expect(first.phone).toBeUndefined();
  });

  it('offers as move targets the other sections of the same level in the same term only', async () => {
    const { db } = ctx();
    const coordinator = await actorFor(db, ['class_coordinator']);
    const from = await createSection(db, { capacity: 2 });
    const sameTerm = await db.classSection.create({
      data: {
        code: `${from.code}-B`,
        courseId: from.courseId,
        termId: from.termId,
        centerId: from.centerId,
        days: [6],
        startTime: '10:00',
        endTime: '13:00',
        teacher: 'T',
        capacity: 1,
        opensAt: from.opensAt,
        closesAt: from.closesAt,
      },
    });
    await createSection(db, { capacity: 2 }); // another term
    expect((await moveTargets(coordinator, from.id)).map((s) => s.id)).toEqual([sameTerm.id]);
  });

  it('refuses the sheets, the roster, the move and its targets to staff without classes:manage (the pages call these)', async () => {
    const { db } = ctx();
    const editor = await actorFor(db, ['editor']);
    const section = await createSection(db, { capacity: 2 });
    await expect(attendanceSheet(editor, section.id, undefined, 'en', NOW)).rejects.toBeInstanceOf(AccessDenied);
    await expect(printableRoster(editor, section.id, 'en')).rejects.toBeInstanceOf(AccessDenied);
    await expect(moveTargets(editor, section.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(moveStudent(editor, { enrolmentId: 'x', toSectionId: section.id }, NOW)).rejects.toBeInstanceOf(AccessDenied);
    await expect(recordLesson(editor, { sectionId: section.id, lessonOn: '2027-03-07', minutes: {} }, NOW)).rejects.toBeInstanceOf(AccessDenied);
  });
});
