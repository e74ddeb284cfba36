import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { NOW, createResidents, createSection, requestKey } from '../support/classes';
import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import { buildCase, buildStaffUser } from '@/prisma/builders';
import { caseWhereFor } from '@/lib/cases/access';
import { enrol, type EnrolResult } from '@/lib/classes/enrol';
import { removeFromSection, sectionRoster, setSectionCapacity } from '@/lib/classes/staff/roster';

async function actorFor(db: Db, roles: Role[]): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages: ['ko'], locale: 'en', twoFactorEnabled: true };
}
const idOf = (r: EnrolResult) => (r.kind === 'enrolled' || r.kind === 'waitlisted' ? r.enrolmentId : '');
const LATER = new Date(NOW.getTime() + 3_600_000);

describeEachDatabase('class staff work', (ctx) => {
  it('lets a class coordinator read and change every enrolment case, and no consultation; a counsellor sees no enrolment', async () => {
    const { db } = ctx();
    const [coordinator, counsellor] = await Promise.all([actorFor(db, ['class_coordinator']), actorFor(db, ['counsellor'])]);
    const section = await createSection(db, { capacity: 2 });
    const [resident] = await createResidents(db, 1, 'en');
    const enrolmentId = idOf(await enrol(db, { sectionId: section.id, residentId: resident!.id, locale: 'en', requestKey: requestKey(), now: NOW }));
    const { caseId } = await db.classEnrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
    const consultation = await db.case.create({ data: buildCase(resident!.id, { kind: 'CONSULTATION', status: 'SCHEDULED' }), select: { id: true } });
    const sees = async (actor: StaffContext, action: 'read' | 'update', id: string) => (await db.case.count({ where: { AND: [{ id }, caseWhereFor(actor, action)] } })) === 1;
    expect(await sees(coordinator, 'read', caseId)).toBe(true);
    expect(await sees(coordinator, 'update', caseId)).toBe(true);
    expect(await sees(counsellor, 'read', caseId)).toBe(false);
    expect(await sees(coordinator, 'read', consultation.id)).toBe(false);
  });

  it('removes a student with a reason on the timeline, offers the seat to the first waiting, and keeps capacity at or above the seats taken', async () => {
    const { db } = ctx();
    const coordinator = await actorFor(db, ['class_coordinator']);
    const section = await createSection(db, { capacity: 1 });
    const residents = await createResidents(db, 3, 'en');
    const ids: string[] = [];
    for (const [i, r] of residents.entries())
      ids.push(idOf(await enrol(db, { sectionId: section.id, residentId: r.id, locale: 'en', requestKey: requestKey(), now: new Date(NOW.getTime() + i * 1000) })));

    expect(await removeFromSection(coordinator, { enrolmentId: ids[0]!, reason: '' }, LATER)).toMatchObject({ ok: false, invalid: expect.anything() });
    expect(await removeFromSection(coordinator, { enrolmentId: ids[0]!, reason: 'Moved to Suwon' }, LATER)).toEqual({ ok: true, sectionId: section.id });
    const removed = await db.classEnrolment.findUniqueOrThrow({ where: { id: ids[0]! }, include: { case: { include: { events: true } } } });
    expect(removed.status).toBe('WITHDRAWN');
    expect(removed.case.events.find((e) => e.type === 'removed')?.note).toBe('Moved to Suwon');
    expect((await db.classEnrolment.findUniqueOrThrow({ where: { id: ids[1]! } })).status).toBe('OFFERED');

    expect(await setSectionCapacity(coordinator, { sectionId: section.id, capacity: '0' }, LATER)).toMatchObject({ ok: false });
    expect(await setSectionCapacity(coordinator, { sectionId: section.id, capacity: '2' }, LATER)).toEqual({ ok: true, sectionId: section.id });
    expect((await db.classEnrolment.findUniqueOrThrow({ where: { id: ids[2]! } })).status).toBe('OFFERED');

    const roster = await sectionRoster(coordinator, section.id, 'en');
    expect(roster?.offered.map((p) => p.id).sort()).toEqual([ids[1]!, ids[2]!].sort());
    // No pii:read: names, never emails.
    expect(roster?.offered[0]!.email).toBeUndefined();
  });
});
